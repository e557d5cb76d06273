/**
 * Accessibility, checked by axe-core (its WCAG 2.0, 2.1 and 2.2 A and AA rules) on the
 * states a user passes through: the example pod; a container selected, with the
 * inspector's form; a manifest with findings (the list, the badges, the editor's
 * squiggles); the mount, Paste and New dialogs; broken YAML, with its banner; a narrow
 * window; the lifecycle timeline (stepped, its assumptions open, the diagram's state chips). Monaco and React Flow are checked with the rest: what they render is what the
 * user gets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickAfter, expect, loadText, openApp, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WITH_FINDINGS = readFileSync(fileURLToPath(new URL('../fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml', import.meta.url)), 'utf8');

/** Each violation as rule, impact and the first few elements, so a failure says what to fix. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, elements: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`) }));
}

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
  await page.getByRole('button', { name: 'Paste…' }).click();
  await expect(page.getByRole('dialog', { name: 'Paste a manifest' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New' }).click();
  await expect(page.getByRole('dialog', { name: 'Start again from the example?' })).toBeVisible();
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
