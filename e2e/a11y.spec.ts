/**
 * Accessibility, checked by axe-core (its WCAG 2.0, 2.1 and 2.2 A and AA rules) on the
 * states a user passes through: the example pod; a container selected, with the
 * inspector's form; a manifest with findings (the list, the badges, the editor's
 * squiggles); containers injected at admission, one selected; the mount, Paste and New
 * dialogs; broken YAML, with its banner; a narrow window; the pattern gallery's list
 * (searched) and a pattern's page with its findings; the first-visit hint, the help panel,
 * and the offer to repair lost indentation; the lifecycle timeline (stepped, its
 * assumptions open, the diagram's state chips); the Install button and the update notice
 * (e2e/offline.spec.ts, where a service worker runs). Monaco and React Flow are checked
 * with the rest: what they render is what the
 * user gets.
 */
import { violations } from './axe';
import { chooseFromMenu, clickAfter, expect, loadText, openApp, repoText, test } from './fixtures';

const WITH_FINDINGS = repoText('fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml');

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the example pod', async ({ page }) => {
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a container selected: its node and the inspector form', async ({ page }) => {
  await page.locator('.react-flow__node-container').first().click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: /^Container / })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a manifest with findings: the list, the badges on the diagram, the squiggles', async ({ page }) => {
  expect(await loadText(page, WITH_FINDINGS)).toBe(true);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a pod with containers injected at admission, one of them selected', async ({ page }) => {
  const istioJob = WITH_FINDINGS.replace('\n    metadata:\n', '\n    metadata:\n      annotations:\n        sidecar.istio.io/inject: "true"\n');
  expect(istioJob).toContain('sidecar.istio.io/inject');
  expect(await loadText(page, istioJob)).toBe(true);
  await page.locator('.react-flow__node-injected').filter({ hasText: 'istio-proxy' }).click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Injected container istio-proxy' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the mount dialog, opened from the keyboard', async ({ page }) => {
  await page.locator('.react-flow__node-container').first().focus();
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('broken YAML: the banner, the greyed diagram and findings', async ({ page }) => {
  expect(await loadText(page, WITH_FINDINGS)).toBe(true);
  await expect(page.getByRole('region', { name: 'Findings' }).getByRole('listitem').first()).toBeVisible();
  await clickAfter(page, 'name: web');
  await page.keyboard.type(': x');
  await expect(page.getByText('The YAML has errors', { exact: false }).first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the Paste and New dialogs', async ({ page }) => {
  await chooseFromMenu(page, 'File', 'Paste…');
  await expect(page.getByRole('dialog', { name: 'Paste a manifest' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await chooseFromMenu(page, 'File', 'New…');
  await expect(page.getByRole('dialog', { name: 'Start something new?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the File and Share menus, open', async ({ page }) => {
  for (const menu of ['File', 'Share']) {
    await page.getByRole('button', { name: menu, exact: true }).click();
    await expect(page.getByRole('menu', { name: menu })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: menu })).toBeHidden();
  }
});

test('the first-visit hint and the help panel', async ({ page }) => {
  await expect(page.getByTestId('first-visit-hint')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a pasted manifest that lost its indentation: the repair offer', async ({ page }) => {
  const deindented = WITH_FINDINGS.split('\n').map((line) => line.trimStart()).join('\n');
  expect(await loadText(page, deindented)).toBe(true);
  await expect(page.getByTestId('repair-offer')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the timeline of a pod with a problem: stepped, with the diagram’s state chips, its assumptions open', async ({ page }) => {
  expect(await loadText(page, WITH_FINDINGS)).toBe(true);
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('button', { name: /^lost logs/ })).toBeVisible();
  await timeline.getByRole('button', { name: 'Next' }).click();
  await timeline.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.state-chip').first()).toBeVisible();
  await timeline.getByText(/^Assumptions:/).click();
  await expect(timeline.getByRole('spinbutton').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a narrow window (two rows of panes)', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the pattern gallery: the list, searched', async ({ page }) => {
  await page.getByRole('button', { name: 'Patterns', exact: true }).click();
  const search = page.getByRole('dialog', { name: 'Pattern gallery' }).getByRole('searchbox', { name: 'Search patterns' });
  await search.fill('sidecar');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('match');
  expect(await violations(page)).toEqual([]);
});

test('the pattern gallery: a pattern with the findings of both forms', async ({ page }) => {
  await page.evaluate(() => {
    window.location.hash = '#pattern/job-with-sidecar';
  });
  const dialog = page.getByRole('dialog', { name: 'Pattern: Job with a sidecar' });
  await expect(dialog.getByRole('region', { name: 'Findings of the broken form' }).getByRole('listitem').first()).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Findings of the fixed form' })).toContainText('No findings.');
  expect(await violations(page)).toEqual([]);
});
