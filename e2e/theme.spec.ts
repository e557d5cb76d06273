/**
 * Dark mode: the app follows the system until the user picks a theme in the toolbar;
 * the pick survives a reload; Monaco, React Flow and the theme-color metas follow; and
 * axe's WCAG A and AA rules (colour contrast among them) pass in the dark theme too.
 */
import { violations } from './axe';
import type { Page } from '@playwright/test';
import { chooseFromMenu, containerNode, expect, loadText, openApp, repoText, test } from './fixtures';

const WITH_FINDINGS = repoText('fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml');
const LIGHT_TOOLBAR = 'rgb(249, 250, 251)';

/** What the page shows: its theme attribute, the toolbar's colour, Monaco's theme class, React Flow's mode. */
async function shown(page: Page) {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    toolbar: getComputedStyle(document.querySelector('.toolbar')!).backgroundColor,
    monacoDark: document.querySelector('.editor-pane .monaco-editor')!.classList.contains('vs-dark'),
    flowDark: document.querySelector('.react-flow')!.classList.contains('dark'),
    metas: Array.from(document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]'), (m) => `${m.media} ${m.content}`),
  }));
}

test('follows a dark system: the page, Monaco, React Flow and the theme-color metas', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await expect.poll(async () => (await shown(page)).monacoDark).toBe(true);
  const dark = await shown(page);
  expect(dark).toMatchObject({ theme: 'dark', monacoDark: true, flowDark: true });
  expect(dark.toolbar).not.toBe(LIGHT_TOOLBAR);
  // Each scheme's meta gives its own theme's toolbar colour.
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const darkMeta = dark.metas.find((m) => m.startsWith('(prefers-color-scheme: dark)'))!.split(' ').at(-1)!;
  expect(rgb(darkMeta)).toBe(dark.toolbar);
  expect(dark.metas).toContain('(prefers-color-scheme: light) #f9fafb');

  // The system turns light: so does the app.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await shown(page)).monacoDark).toBe(false);
  expect(await shown(page)).toMatchObject({ theme: 'light', toolbar: LIGHT_TOOLBAR, flowDark: false });
});

test('Dark picked from the keyboard wins over a light system, survives a reload, and System gives it back', async ({ page }) => {
  await openApp(page);
  const picker = page.getByLabel('Theme');
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('dark');
  await expect.poll(async () => (await shown(page)).monacoDark).toBe(true);
  expect(await shown(page)).toMatchObject({ theme: 'dark', flowDark: true });
  // Picked by hand: both metas give the dark toolbar, whatever the system says.
  const { metas, toolbar } = await shown(page);
  expect(new Set(metas.map((m) => m.split(' ').at(-1))).size).toBe(1);
  expect(toolbar).not.toBe(LIGHT_TOOLBAR);

  await page.reload();
  await expect(page.locator('.editor-pane .monaco-editor')).toHaveClass(/vs-dark/);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await shown(page)).toMatchObject({ theme: 'dark', flowDark: true });

  await page.getByLabel('Theme').selectOption('system');
  await expect.poll(async () => (await shown(page)).monacoDark).toBe(false);
  expect(await shown(page)).toMatchObject({ theme: 'light', toolbar: LIGHT_TOOLBAR, flowDark: false });
});

test.describe('axe in the dark theme', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await expect(page.locator('.editor-pane .monaco-editor')).toHaveClass(/vs-dark/);
  });

  test('the example pod, a container selected with the inspector', async ({ page }) => {
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await containerNode(page, 'app').click();
    await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: /^Container / })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('findings, their badges and squiggles; then the timeline, stepped', async ({ page }) => {
    expect(await loadText(page, WITH_FINDINGS)).toBe(true);
    await expect(page.getByRole('region', { name: 'Findings' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: /^Timeline/ }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.state-chip').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('broken YAML, the help panel, the Paste dialog', async ({ page }) => {
    expect(await loadText(page, 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n')).toBe(true);
    await expect(page.getByTestId('stale-banner')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await chooseFromMenu(page, 'File', 'Paste…');
    await expect(page.getByRole('dialog', { name: 'Paste a manifest' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
