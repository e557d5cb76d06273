/**
 * A start for newcomers: New (a blank pod, the example, the pattern gallery), the help
 * panel and its `?` key, the first-visit hint, and the repair of YAML that lost its
 * indentation on the way from a web page.
 */
import type { Page } from '@playwright/test';
import { chooseFromMenu, clickAfter, containerNode, editorText, expect, openApp, repoText, storeText, test, waitForEditor } from './fixtures';

const EXAMPLE = repoText('web/examples/log-collector.yaml');
const BLANK = repoText('web/examples/blank-pod.yaml');

/** What a web page does to YAML: every line starts at the left edge (a `- ` stays with its line). */
const deindent = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimStart())
    .join('\n');

async function paste(page: Page, text: string): Promise<void> {
  await chooseFromMenu(page, 'File', 'Paste…');
  const dialog = page.getByRole('dialog', { name: 'Paste a manifest' });
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(dialog).toBeHidden();
}

test('a pasted pod that lost its indentation: the repair is offered, puts the containers and the volume back, and Undo brings the pasted text back', async ({ page }) => {
  await openApp(page);
  const pasted = deindent(EXAMPLE);
  await paste(page, pasted);
  await expect.poll(() => editorText(page)).toBe(pasted);

  const offer = page.getByTestId('repair-offer');
  await expect(offer).toContainText('lost its indentation');
  // Nothing changes before the click.
  expect(await storeText(page)).toBe(pasted);
  await offer.getByRole('button', { name: 'Repair indentation' }).click();

  await expect(containerNode(page, 'log-collector')).toBeVisible();
  await expect(containerNode(page, 'app')).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="volume:app-logs"]')).toBeVisible();
  const repaired = await storeText(page);
  expect(repaired).toContain('\n  containers:\n    - name: app\n      image: nginx:1.27.3\n');
  expect(await editorText(page)).toBe(repaired);
  await expect(offer).toBeHidden();
  await expect(page.getByTestId('message')).toContainText('Repaired the indentation');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => storeText(page)).toBe(pasted);
  expect(await editorText(page)).toBe(pasted);
  // The pasted text is offered the repair again.
  await expect(offer.getByRole('button', { name: 'Repair indentation' })).toBeVisible();
});

test('a de-indented text the repair cannot be sure of: it says which line and why, and changes nothing', async ({ page }) => {
  await openApp(page);
  const pasted = 'apiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n- name: app\nimage: busybox:1.36\ncommand:\n- sh\n- -c\nsecurityContext:\nrunAsUser: 1000\n';
  await paste(page, pasted);
  const offer = page.getByTestId('repair-offer');
  await expect(offer).toContainText('line 12: “securityContext:” fits in two places: under spec.containers[] or under spec');
  await expect(offer.getByRole('button')).toHaveCount(0);
  expect(await storeText(page)).toBe(pasted);
});

test('New → Blank pod: the editor holds the blank pod, without a comment; Undo brings the text back', async ({ page }) => {
  await openApp(page);
  await chooseFromMenu(page, 'File', 'New…');
  const dialog = page.getByRole('dialog', { name: 'Start something new?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Blank pod' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => editorText(page)).toBe(BLANK);
  expect(BLANK).not.toContain('#');
  await expect(containerNode(page, 'app')).toBeVisible();
  await expect(containerNode(page, 'log-collector')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => storeText(page)).toBe(EXAMPLE);
});

test('New → Browse patterns opens the gallery’s address and keeps the text', async ({ page }) => {
  await openApp(page);
  await chooseFromMenu(page, 'File', 'New…');
  await page.getByRole('dialog', { name: 'Start something new?' }).getByRole('button', { name: 'Browse patterns' }).click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#gallery');
  expect(await storeText(page)).toBe(EXAMPLE);
});

test('? opens the help from the diagram; Escape closes it and the focus goes back; in the editor ? is typed', async ({ page }) => {
  await openApp(page);
  const node = containerNode(page, 'app');
  await node.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Help' });
  await expect(help).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await expect(help.getByRole('heading', { name: 'The lanes of the diagram' })).toBeVisible();
  await expect(help.getByRole('table', { name: /^Diagram/ })).toContainText('Mount a volume into the container');
  await expect(help).toContainText('podsmith.dev/ignore-<rule-id>');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(node).toBeFocused();

  // The toolbar's button, and the panel's own Close button.
  const button = page.getByRole('button', { name: 'Help', exact: true });
  await button.click();
  await help.getByRole('button', { name: 'Close help' }).click();
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();

  await clickAfter(page, 'kind: Pod');
  await page.keyboard.type(' #?');
  await expect.poll(() => storeText(page)).toContain('kind: Pod #?\n');
  await expect(help).toBeHidden();
});

test('the first-visit hint shows on a fresh profile, again after a reload, and never after it is dismissed', async ({ page }) => {
  await openApp(page);
  const hint = page.getByTestId('first-visit-hint');
  await expect(hint).toContainText('New here?');
  await page.reload();
  await waitForEditor(page);
  await expect(hint).toBeVisible();

  await hint.getByRole('button', { name: 'Open help' }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await page.keyboard.press('Escape');

  await hint.getByRole('button', { name: 'Dismiss the getting-started hint' }).click();
  await expect(hint).toBeHidden();
  await page.reload();
  await waitForEditor(page);
  await expect(page.getByRole('button', { name: 'Help', exact: true })).toBeVisible();
  await expect(hint).toHaveCount(0);
});
