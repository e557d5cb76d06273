/**
 * Keyboard and focus: a dialog gives the focus back to what opened it, and the YAML
 * editor does not trap Tab (Escape then Tab leaves; Ctrl+M's mode is shown and can be
 * switched under the editor). All through the keyboard, as a keyboard user goes.
 */
import type { Page } from '@playwright/test';
import { containerNode, editorText, expect, openApp, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

/** Whether the focus is inside Monaco (its hidden textarea or edit context). */
const focusInEditor = (page: Page) => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);

test.describe('dialogs give the focus back to their opener', () => {
  test('Paste…, from the File menu, closed with its Cancel button', async ({ page }) => {
    const file = page.getByRole('button', { name: 'File', exact: true });
    await file.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Paste…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Paste a manifest' });
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(file).toBeFocused();
  });

  test('the help, opened with ? on a diagram node and closed with Escape', async ({ page }) => {
    const node = containerNode(page, 'app');
    await node.focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(node).toBeFocused();
  });

  test('the mount dialog, opened with M on a container and closed with Escape', async ({ page }) => {
    const node = containerNode(page, 'app');
    await node.focus();
    await page.keyboard.press('m');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(node).toBeFocused();
  });
});

test.describe('the editor does not trap Tab', () => {
  test('Tab indents; Escape then Tab leaves to the next control, Escape then Shift+Tab to the previous', async ({ page }) => {
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    const before = await editorText(page);
    await page.keyboard.press('Tab');
    await expect.poll(() => editorText(page)).toBe(`  ${before}`);
    expect(await focusInEditor(page)).toBe(true);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => editorText(page)).toBe(before);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tab-mode')).toHaveText('Tab leaves the editor');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Tab moves focus' })).toBeFocused();
    expect(await editorText(page)).toBe(before);
    // Leaving disarms it: the indicator says Tab indents again.
    await expect(page.getByTestId('tab-mode')).toHaveText(/^Tab indents/);

    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('separator', { name: 'Resize the editor' })).toBeFocused();
    expect(await editorText(page)).toBe(before);
  });

  test('a key after Escape disarms it: Tab indents again', async ({ page }) => {
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    const before = await editorText(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    await expect.poll(() => editorText(page)).toBe(`  ${before}`);
    expect(await focusInEditor(page)).toBe(true);
  });

  test('Ctrl+M makes Tab move the focus, shown under the editor, and its switch turns it off', async ({ page }) => {
    const toggle = page.getByRole('button', { name: 'Tab moves focus' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    const before = await editorText(page);
    await page.keyboard.press('Control+m');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('tab-mode')).toHaveText('Tab leaves the editor');
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    expect(await editorText(page)).toBe(before);

    // The switch itself, from the keyboard: Tab indents again.
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    await expect.poll(() => editorText(page)).toBe(`  ${before}`);
  });
});
