import { clickAfter, editorLine, editorText, expect, loadText, openApp, showLine, storeText, test } from './fixtures';

test.describe('the YAML editor', () => {
  test('loads Monaco offline with the example, the same text as the store', async ({ page }) => {
    await openApp(page);
    const text = await storeText(page);
    expect(text).toContain('kind: Pod');
    expect(await editorText(page)).toBe(text);
    await expect(editorLine(page, '- name: log-collector')).toBeVisible();
  });

  test('typing, spaces included, reaches the store and the diagram', async ({ page }) => {
    await openApp(page);
    await clickAfter(page, '- name: app');
    // A space is what React Flow would swallow without the `nokey` wrapper.
    await page.keyboard.type('-v2 # the web server');
    await expect.poll(() => storeText(page)).toContain('  - name: app-v2 # the web server\n');
    expect(await editorText(page)).toBe(await storeText(page));
    await expect(page.getByRole('region', { name: /diagram/i })).toContainText('app-v2');
  });

  test('broken YAML: the banner shows the first error, a marker sits at it, and the text is untouched', async ({ page }) => {
    await openApp(page);
    const before = await storeText(page);
    await clickAfter(page, 'kind: Pod');
    await page.keyboard.type(': x');
    const expected = before.replace('kind: Pod\n', 'kind: Pod: x\n');
    await expect.poll(() => storeText(page)).toBe(expected);
    expect(await editorText(page)).toBe(expected);

    const banner = page.getByTestId('stale-banner');
    await expect(banner).toContainText('The YAML has errors — the diagram shows the last valid version; fix the text to edit the diagram');
    const line = expected.split('\n').findIndex((l) => l.startsWith('kind: Pod: x')) + 1;
    await expect(banner).toContainText(`First error on line ${line}`);
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();

    // Fixing the text clears the banner.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => storeText(page)).toBe(before);
    await expect(banner).toBeHidden();
  });

  test('a change from outside the editor is a minimal edit: the cursor and the undo history survive', async ({ page }) => {
    await openApp(page);
    const before = await storeText(page);
    await clickAfter(page, 'image: nginx:1.27.3');

    // Change the first line (as a diagram edit would change some other place of the text).
    const changed = before.replace('# Podsmith example: the log-collector pattern.', '# Podsmith example, edited from outside.');
    await loadText(page, changed);
    await expect.poll(() => editorText(page)).toBe(changed);

    // The cursor is still at the end of the image line: typing lands there.
    await page.keyboard.type('-alpine');
    const typed = changed.replace('image: nginx:1.27.3', 'image: nginx:1.27.3-alpine');
    await expect.poll(() => storeText(page)).toBe(typed);

    // Undo: first the typing, then the outside change; the store follows the editor.
    await page.keyboard.press('Control+z');
    await expect.poll(() => storeText(page)).toBe(changed);
    await page.keyboard.press('Control+z');
    await expect.poll(() => storeText(page)).toBe(before);
  });

  test('hover shows the Kubernetes field description, from the bundled schema', async ({ page }) => {
    await openApp(page);
    const word = page.locator('.monaco-editor .view-line span', { hasText: /^restartPolicy$/ }).first();
    await word.hover();
    await expect(page.locator('.monaco-hover').filter({ hasText: 'RestartPolicy defines the restart behavior of individual containers' })).toBeVisible({
      timeout: 15_000,
    });
  });

  test('a typo in a field name is flagged by the schema', async ({ page }) => {
    await openApp(page);
    await clickAfter(page, 'image: nginx:1.27.3');
    await page.keyboard.press('Enter');
    await page.keyboard.type('imagePulPolicy: Always');
    await expect.poll(() => storeText(page)).toContain('    imagePulPolicy: Always\n');
    await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible({ timeout: 15_000 });
  });

  test('a click in the text selects that container', async ({ page }) => {
    await openApp(page);
    await clickAfter(page, 'image: cr.fluentbit.io/fluent/fluent-bit:3.1.4');
    // Monaco draws only the lines in view: scroll until the container's last line shows.
    await showLine(page, 'readOnly: true');
    const highlighted = () => page.locator('.podsmith-selected-line').count();
    // The log-collector container: from "- name: log-collector" to its last mount's readOnly.
    await expect.poll(highlighted).toBe(9);

    // Typing inside it keeps the highlight on its lines; a new line of it is highlighted too.
    await page.keyboard.type('x');
    await expect.poll(() => storeText(page)).toContain('fluent-bit:3.1.4x\n');
    expect(await highlighted()).toBe(9);
    await page.keyboard.press('Enter');
    await page.keyboard.type('tty: true');
    await expect.poll(() => storeText(page)).toContain('fluent-bit:3.1.4x\n    tty: true\n');
    await expect.poll(highlighted).toBe(10);
  });
});
