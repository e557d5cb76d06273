/**
 * The pattern gallery, through the user's path: the toolbar's Patterns button, the
 * search box, a pattern's page with its two forms, their findings and timelines, "Open in
 * designer" (one step of the editor's undo history), links to a pattern, Back and
 * Forward, Escape.
 */
import type { Page } from '@playwright/test';
import { editorText, expect, openApp, repoText, storeText, test, waitForEditor } from './fixtures';

const patternYaml = (id: string, form: 'broken' | 'fixed') => repoText(`packages/patterns/src/pods/${id}/${form}.yaml`);

const gallery = (page: Page) => page.getByRole('dialog');
const patternsButton = (page: Page) => page.getByRole('toolbar', { name: 'Manifest' }).getByRole('button', { name: 'Patterns', exact: true });
const findingsOf = (page: Page, form: string) => gallery(page).getByRole('region', { name: `Findings of the ${form} form` });
const hash = (page: Page) => page.evaluate(() => window.location.hash);

test('open Patterns, search, compare the forms, open the fixed one in the designer, and undo it', async ({ page }) => {
  await openApp(page);
  const before = await storeText(page);

  await patternsButton(page).click();
  await expect(gallery(page)).toHaveAccessibleName('Pattern gallery');
  expect(await hash(page)).toBe('#gallery');
  const search = gallery(page).getByRole('searchbox', { name: 'Search patterns' });
  await expect(search).toBeFocused();
  await expect(gallery(page).getByRole('link')).toHaveCount(8);

  await search.fill('one-time clone');
  await expect(gallery(page).getByRole('status')).toHaveText('1 pattern matches “one-time clone”');
  await expect(gallery(page).getByRole('link')).toHaveText(['git-sync']);
  await gallery(page).getByRole('link', { name: 'git-sync' }).click();

  await expect(gallery(page)).toHaveAccessibleName('Pattern: git-sync');
  expect(await hash(page)).toBe('#pattern/git-sync');
  await expect(gallery(page).getByRole('heading', { name: 'Pattern: git-sync' })).toBeFocused();
  // The broken form raises what the pattern is about; the fixed form raises nothing.
  await expect(findingsOf(page, 'broken').getByRole('listitem')).toHaveCount(1);
  await expect(findingsOf(page, 'broken')).toContainText('1 error');
  await expect(findingsOf(page, 'broken').getByRole('listitem')).toContainText('init-never-exits');
  await expect(findingsOf(page, 'fixed')).toContainText('No findings.');
  await expect(gallery(page).getByLabel('YAML of the fixed form')).toContainText('--one-time');

  await gallery(page).getByRole('button', { name: 'Open in designer: the fixed form' }).click();
  await expect(gallery(page)).toHaveCount(0);
  const fixed = patternYaml('git-sync', 'fixed');
  await expect.poll(() => storeText(page)).toBe(fixed);
  await expect.poll(() => editorText(page)).toBe(fixed);
  await expect(page.getByRole('group', { name: /^Init container git-clone,/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Native sidecar git-sync,/ })).toBeVisible();
  await expect(page.getByTestId('message')).toContainText('Opened the fixed form of the “git-sync” pattern');
  expect(await hash(page)).toBe('');
  await expect(patternsButton(page)).toBeFocused();

  // One step of the editor's history: Undo brings the previous text back, Redo the pattern again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => storeText(page)).toBe(before);
  await expect.poll(() => editorText(page)).toBe(before);
  await expect(page.getByRole('group', { name: /^Init container git-clone,/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => storeText(page)).toBe(fixed);
});

test('the broken form opens in the designer too, with its finding in the findings panel', async ({ page }) => {
  await openApp(page);
  await patternsButton(page).click();
  await gallery(page).getByRole('link', { name: 'Job with a sidecar' }).click();
  await expect(findingsOf(page, 'broken')).toContainText('job-blocked-by-sidecar');
  // Each form has its lifecycle timeline: the broken Job's never completes.
  await expect(gallery(page).getByRole('region', { name: 'Timeline of the broken form' })).toContainText('job-blocked-by-sidecar');
  await expect(gallery(page).getByRole('region', { name: 'Timeline of the fixed form' }).getByRole('list', { name: 'Problems' })).toHaveCount(0);
  await gallery(page).getByRole('button', { name: 'Open in designer: the broken form' }).click();
  await expect.poll(() => storeText(page)).toBe(patternYaml('job-with-sidecar', 'broken'));
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('job-blocked-by-sidecar');
});

test('a link to a pattern opens the app on it; the list, Back, Forward and Escape move through the gallery', async ({ page }) => {
  await page.goto('/#pattern/log-collector');
  await expect(gallery(page)).toHaveAccessibleName('Pattern: Log collector');
  await expect(findingsOf(page, 'legacy').getByRole('listitem')).toContainText('log-shipper-not-native');
  await expect(findingsOf(page, 'fixed')).toContainText('No findings.');
  await waitForEditor(page);

  await gallery(page).getByRole('link', { name: '← All patterns' }).click();
  await expect(gallery(page)).toHaveAccessibleName('Pattern gallery');
  await page.goBack();
  await expect(gallery(page)).toHaveAccessibleName('Pattern: Log collector');
  await page.goForward();
  await expect(gallery(page)).toHaveAccessibleName('Pattern gallery');

  // Escape closes the gallery and clears the fragment; the designer is there as it was.
  await page.keyboard.press('Escape');
  await expect(gallery(page)).toHaveCount(0);
  expect(await hash(page)).toBe('');
  expect(await page.evaluate(() => window.location.href.endsWith('/'))).toBe(true);
  // Opened by a link, the gallery hands the focus to the Patterns button that reopens it.
  await expect(patternsButton(page)).toBeFocused();
  await page.goBack();
  await expect(gallery(page)).toHaveAccessibleName('Pattern gallery');
});

test('Back closes the gallery opened from the toolbar, and gives the focus back', async ({ page }) => {
  await openApp(page);
  await patternsButton(page).click();
  await expect(gallery(page)).toBeVisible();
  await page.goBack();
  await expect(gallery(page)).toHaveCount(0);
  await expect(patternsButton(page)).toBeFocused();
  await page.goForward();
  await expect(gallery(page)).toHaveAccessibleName('Pattern gallery');
  // The Close button does what Escape does.
  await gallery(page).getByRole('button', { name: 'Close' }).click();
  await expect(gallery(page)).toHaveCount(0);
});

test('setting the fragment to #gallery opens the list (how other dialogs open it)', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    window.location.hash = '#gallery';
  });
  await expect(gallery(page)).toHaveAccessibleName('Pattern gallery');
});

test('a link to no pattern shows the list and says so, as text', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    window.location.hash = '#pattern/%3Cimg%20src%3Dx%3E__proto__';
  });
  await expect(gallery(page).getByRole('alert')).toHaveText('There is no pattern “<img src=x>__proto__”. Here are the ones there are.');
  await expect(gallery(page).getByRole('link')).toHaveCount(8);
  await expect(gallery(page).locator('img')).toHaveCount(0);
});
