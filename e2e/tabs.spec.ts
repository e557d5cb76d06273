/**
 * Two tabs on Podsmith, one browser: only one writes the autosave; the second says so
 * and lets its user choose, and nothing is overwritten unasked.
 */
import type { Page } from '@playwright/test';
import { editorText, expect, openApp, test, waitForEditor } from './fixtures';

const saved = (page: Page) => page.evaluate(() => localStorage.getItem('podsmith.manifest.v1'));

/** Open a second tab from the first (window.open keeps the test's session, so the fixture keeps the autosave). */
async function openSecondTab(first: Page): Promise<Page> {
  const [second] = await Promise.all([first.context().waitForEvent('page'), first.evaluate(() => window.open('/', '_blank'))]);
  await waitForEditor(second);
  return second;
}

/** Type a comment line at the end of the manifest, and wait until the editor has it. */
async function typeAtEnd(page: Page, words: string): Promise<string> {
  const before = await editorText(page);
  await page.locator('.editor-pane .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`# ${words}\n`);
  await expect.poll(() => editorText(page)).toBe(`${before}# ${words}\n`);
  return (await editorText(page))!;
}

test('the second tab says so, saves nothing, and can take over with the first tab’s latest work', async ({ page: first }) => {
  await openApp(first);
  const firstWork = await typeAtEnd(first, 'one');
  await expect.poll(() => saved(first)).toBe(firstWork);
  await expect(first.getByTestId('tab-notice')).toHaveCount(0);

  const second = await openSecondTab(first);
  const notice = second.getByTestId('tab-notice');
  await expect(notice).toContainText('Podsmith is open in another tab');
  expect(await editorText(second)).toBe(firstWork);

  // Typing in the second tab does not reach the autosave; the first tab's typing does.
  await typeAtEnd(second, 'two');
  await second.waitForTimeout(800); // past the autosave's pause: a save, if any, would have landed
  expect(await saved(second)).toBe(firstWork);
  const firstLater = await typeAtEnd(first, 'three');
  await expect.poll(() => saved(first)).toBe(firstLater);

  // Take over: the second tab shows the first tab's latest work and saves from now on.
  await notice.getByRole('button', { name: 'Take over here' }).click();
  await expect.poll(() => editorText(second)).toBe(firstLater);
  await expect(second.getByTestId('message')).toContainText('This tab now autosaves');
  await expect(first.getByTestId('tab-notice')).toContainText('Another tab took over');
  const secondWork = await typeAtEnd(second, 'four');
  await expect.poll(() => saved(second)).toBe(secondWork);

  // The first tab now saves nothing.
  await typeAtEnd(first, 'five');
  await first.waitForTimeout(800);
  expect(await saved(first)).toBe(secondWork);
});

test('a copy: the second tab goes on without saving, and says so', async ({ page: first }) => {
  await openApp(first);
  const firstWork = await typeAtEnd(first, 'one');
  await expect.poll(() => saved(first)).toBe(firstWork);

  const second = await openSecondTab(first);
  await second.getByTestId('tab-notice').getByRole('button', { name: 'Work on a copy here (not saved)' }).click();
  await expect(second.getByTestId('tab-notice')).toContainText('An unsaved copy');
  await typeAtEnd(second, 'copy');
  await second.waitForTimeout(800);
  expect(await saved(second)).toBe(firstWork);
});
