/**
 * The learner's path of issue 8, end to end: a pattern opened from its link, loaded into
 * the designer, its lifecycle seen on the timeline, and the finding's Fix seen to change
 * what the timeline shows. Everything goes through what a user clicks.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, findingsPanel, openApp, test, timelineChart, timelinePanel } from './fixtures';

const gallery = (page: Page): Locator => page.getByRole('dialog');

/** `form`: the broken (or legacy) form, or the fixed one. */
async function openPatternForm(page: Page, id: string, form: 'broken' | 'fixed'): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#pattern/${id}`);
  await expect(gallery(page)).toHaveAccessibleName(/^Pattern: /);
  const name = form === 'fixed' ? 'Open in designer: the fixed form' : /^Open in designer: the (broken|legacy) form$/;
  await gallery(page).getByRole('button', { name }).click();
  await expect(gallery(page)).toHaveCount(0);
}

async function showTimeline(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  await expect(timelineChart(page)).toBeVisible();
}

test('the legacy log collector loses the last lines on the timeline; its Fix makes the shipper outlive the app', async ({ page }) => {
  await openApp(page);
  await openPatternForm(page, 'log-collector', 'broken');

  await showTimeline(page);
  await expect(timelineChart(page).getByRole('button', { name: /^lost logs/ })).toBeVisible();
  await expect(timelinePanel(page).getByRole('list', { name: 'Problems' })).toContainText(/are lost/);

  await page.getByRole('tab', { name: /^Findings/ }).click();
  await findingsPanel(page).getByRole('button', { name: 'Fix log-shipper-not-native in log-collector' }).click();
  await expect(page.getByRole('group', { name: /^Native sidecar log-collector,/ })).toBeVisible();

  await showTimeline(page);
  await expect(timelineChart(page).getByText('lost logs')).toHaveCount(0);
  const texts = await timelinePanel(page).getByRole('region', { name: 'Events' }).getByRole('listitem').allTextContents();
  const appExits = texts.findIndex((t) => /"app" exits/.test(t));
  expect(appExits).toBeGreaterThanOrEqual(0);
  expect(texts.findIndex((t) => /"log-collector" gets SIGTERM/.test(t))).toBeGreaterThan(appExits);
});

test('the Job with a regular helper never completes; the native form completes', async ({ page }) => {
  await openApp(page);
  await openPatternForm(page, 'job-with-sidecar', 'broken');
  await showTimeline(page);
  await expect(timelineChart(page).getByRole('button', { name: /^never completes/ })).toBeVisible();

  await openPatternForm(page, 'job-with-sidecar', 'fixed');
  await showTimeline(page);
  await expect(timelineChart(page).getByText('never completes')).toHaveCount(0);
  await expect(timelinePanel(page).getByRole('region', { name: 'Events' })).toContainText(/complete/i);
});
