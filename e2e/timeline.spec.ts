/**
 * The lifecycle timeline, through the user's path: a log shipper declared as a regular
 * container loses the app's last lines, and its quick fix (a native sidecar) closes the
 * window; a Job whose helper is a regular container never completes, and the native form
 * does; stepping through the events moves the diagram's container states; problems and
 * findings link to each other; the events copy as plain text; the assumptions are edited
 * and reset without touching the YAML.
 */
import type { Locator, Page } from '@playwright/test';
import { containerNode, expect, findingsPanel, loadText, openApp, repoText, storeText, test, timelineChart, timelinePanel } from './fixtures';

const LOG_SHIPPER = repoText('fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml');
const JOB_WITH_HELPER = repoText('fixtures/lint-cases/case01-job-legacy-istio-sidecar.yaml');

const events = (page: Page): Locator => timelinePanel(page).getByRole('region', { name: 'Events' }).getByRole('listitem');

async function openTimeline(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toHaveAttribute('aria-selected', 'true');
  await expect(timelineChart(page)).toBeVisible();
}

/** The position of the first event that reads like `pattern`, in the list of events. */
async function eventIndex(page: Page, pattern: RegExp): Promise<number> {
  const texts = await events(page).allTextContents();
  return texts.findIndex((t) => pattern.test(t));
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('a log shipper as a regular container: the lost-log window in words; its Fix closes it and the shipper stops after the app', async ({ page }) => {
  expect(await loadText(page, LOG_SHIPPER)).toBe(true);
  await openTimeline(page);
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toContainText('1 problem');

  // The window is drawn where it happens, in words, and said in full under the chart.
  await expect(timelineChart(page).getByRole('button', { name: /^lost logs: show the finding log-shipper-not-native/ })).toBeVisible();
  await expect(timelinePanel(page).getByRole('list', { name: 'Problems' })).toContainText(/Lines "app" writes from .* are lost/);
  // Regular containers get SIGTERM together: the shipper does not outlive the app.
  expect(await eventIndex(page, /"fluent-bit" gets SIGTERM/)).toBeLessThan(await eventIndex(page, /"app" exits/));

  // The problem's mark leads to its finding: the Findings tab, the finding focused, the container selected.
  await timelineChart(page).getByRole('button', { name: /^lost logs/ }).click();
  await expect(page.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');
  await expect(findingsPanel(page).getByRole('button', { name: /is a log shipper/ })).toBeFocused();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'container:fluent-bit');

  // The quick fix: fluent-bit becomes a native sidecar.
  await findingsPanel(page).getByRole('button', { name: 'Fix log-shipper-not-native in fluent-bit' }).click();
  await expect(containerNode(page, 'fluent-bit')).toHaveAccessibleName(/^Native sidecar fluent-bit/);

  await openTimeline(page);
  await expect(page.getByRole('tab', { name: /^Timeline/ })).not.toContainText('problem');
  await expect(timelineChart(page).getByText('lost logs')).toHaveCount(0);
  await expect(timelinePanel(page).getByRole('list', { name: 'Problems' })).toHaveCount(0);
  // The sidecar gets SIGTERM only once the app has exited, and exits after it.
  const appExits = await eventIndex(page, /"app" exits/);
  expect(appExits).toBeGreaterThanOrEqual(0);
  expect(await eventIndex(page, /"fluent-bit" gets SIGTERM/)).toBeGreaterThan(appExits);
  expect(await eventIndex(page, /"fluent-bit" exits/)).toBeGreaterThan(appExits);
});

test('a finding offers "Show on timeline": the Timeline tab opens on its problem, focused', async ({ page }) => {
  expect(await loadText(page, LOG_SHIPPER)).toBe(true);
  const item = findingsPanel(page).getByRole('listitem').filter({ hasText: 'log-shipper-not-native' });
  await item.getByRole('button', { name: /^Show on timeline/ }).click();
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toHaveAttribute('aria-selected', 'true');
  await expect(timelineChart(page).getByRole('button', { name: /^lost logs/ })).toBeFocused();
  // The timeline steps to where the problem begins.
  await expect(timelinePanel(page).getByText(/^Step \d+ of \d+/)).toBeVisible();
  // A finding the timeline has nothing about does not offer it.
  await page.getByRole('tab', { name: /^Findings/ }).click();
  await expect(findingsPanel(page).getByRole('button', { name: /^Show on timeline/ })).toHaveCount(1);
});

test('a Job with a regular helper never completes; as a native sidecar, it completes', async ({ page }) => {
  expect(await loadText(page, JOB_WITH_HELPER)).toBe(true);
  await openTimeline(page);
  await expect(timelineChart(page).getByRole('button', { name: /^never completes/ })).toBeVisible();
  await expect(timelinePanel(page).getByText('… and it never ends.')).toBeVisible();

  await page.getByRole('tab', { name: /^Findings/ }).click();
  await findingsPanel(page).getByRole('button', { name: 'Fix job-blocked-by-sidecar in istio-proxy' }).click();
  await expect(containerNode(page, 'istio-proxy')).toHaveAccessibleName(/^Native sidecar istio-proxy/);

  await openTimeline(page);
  await expect(timelineChart(page).getByText('never completes')).toHaveCount(0);
  await expect(timelinePanel(page).getByText('… and it never ends.')).toHaveCount(0);
  const completes = await eventIndex(page, /complete/i);
  expect(completes).toBeGreaterThanOrEqual(0);
  expect(await eventIndex(page, /"istio-proxy" exits|"istio-proxy" .*SIGTERM/)).toBeGreaterThan(await eventIndex(page, /"migrate" exits/));
});

test('stepping through the events moves the container states on the diagram, from the buttons and the keyboard', async ({ page }) => {
  expect(await loadText(page, LOG_SHIPPER)).toBe(true);
  await openTimeline(page);
  const app = containerNode(page, 'app');
  await expect(app.locator('.state-chip')).toHaveCount(0);

  await timelinePanel(page).getByRole('button', { name: 'Next' }).click();
  await expect(timelinePanel(page).getByText(/^Step 1 of \d+/)).toBeVisible();
  await expect(app.locator('.state-chip')).toHaveText(/starting/);
  await expect(events(page).first()).toHaveAttribute('aria-current', 'step');

  // The keyboard on the chart: End goes to the last event, where the app has exited.
  await timelineChart(page).focus();
  await page.keyboard.press('End');
  const count = await events(page).count();
  await expect(timelinePanel(page).getByText(`Step ${count} of ${count}`)).toBeVisible();
  await expect(app.locator('.state-chip')).toHaveText(/exited/);
  await expect(containerNode(page, 'fluent-bit').locator('.state-chip')).toHaveText(/exited|terminating/);

  // Back to where termination begins: the app is still up.
  const begins = await eventIndex(page, /termination begins/);
  for (let i = count - 1; i > begins; i--) await page.keyboard.press('ArrowLeft');
  await expect(timelinePanel(page).getByText(`Step ${begins + 1} of ${count}`)).toBeVisible();
  await expect(app.locator('.state-chip')).not.toHaveText(/exited/);

  // Stop: no step, no chips.
  await timelinePanel(page).getByRole('button', { name: 'Stop' }).click();
  await expect(app.locator('.state-chip')).toHaveCount(0);

  // Play runs through the events on its own.
  await timelinePanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(timelinePanel(page).getByText(/^Step 2 of \d+/)).toBeVisible({ timeout: 5000 });
  await timelinePanel(page).getByRole('button', { name: 'Pause' }).click();
});

test('Copy events puts the numbered events on the clipboard as plain text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  expect(await loadText(page, LOG_SHIPPER)).toBe(true);
  await openTimeline(page);
  await timelinePanel(page).getByRole('button', { name: 'Copy events' }).click();
  await expect(timelinePanel(page).getByRole('status').filter({ hasText: 'Copied the events' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toBe('Deployment web, Kubernetes 1.36');
  const first = (await events(page).first().textContent())!.trim();
  expect(lines).toContain(`1. ${first.replace(/^(\S+( s)?) /, '$1: ')}`);
  expect(text).toContain('Problems\n- Lines "app" writes');
  expect(text).toContain('(log-shipper-not-native)');
});

test('the assumptions: shown with why, edited as app state (never the YAML), and reset', async ({ page }) => {
  expect(await loadText(page, LOG_SHIPPER)).toBe(true);
  await openTimeline(page);
  const before = await storeText(page);
  await timelinePanel(page).getByText(/^Assumptions:/).click();
  const grace = timelinePanel(page).getByRole('spinbutton', { name: 'Grace period (terminationGracePeriodSeconds)' });
  await expect(grace).toHaveValue('30');
  await expect(grace).toHaveAccessibleDescription(/from the pod · terminationGracePeriodSeconds: 30/);

  // fluent-bit needs 5 s to flush: a grace period of 1 s kills it.
  await grace.fill('1');
  await expect(timelinePanel(page).getByText(/grace deadline T\+1 s/)).toBeAttached();
  await expect(timelinePanel(page).getByRole('list', { name: 'Problems' })).toContainText('killed');
  await expect(timelinePanel(page).getByText(/some changed by you/)).toBeVisible();
  expect(await storeText(page)).toBe(before);

  await timelinePanel(page).getByRole('button', { name: 'Reset the assumptions' }).click();
  await expect(grace).toHaveValue('30');
  await expect(timelinePanel(page).getByRole('list', { name: 'Problems' })).not.toContainText('killed');
  await expect(timelinePanel(page).getByRole('button', { name: 'Reset the assumptions' })).toBeDisabled();
});

test('the tabs follow the WAI-ARIA pattern: arrow keys move between them', async ({ page }) => {
  const findingsTab = page.getByRole('tab', { name: /^Findings/ });
  await findingsTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Timeline/ })).toHaveAttribute('aria-selected', 'true');
  await expect(timelineChart(page)).toBeVisible();
  await expect(findingsPanel(page)).toBeHidden();
  await page.keyboard.press('Home');
  await expect(findingsTab).toBeFocused();
  await expect(findingsPanel(page)).toBeVisible();
});
