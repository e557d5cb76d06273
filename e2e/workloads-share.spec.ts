import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chooseFromMenu, editorText, expect, openApp, repoText, storeText, test } from './fixtures';
import { violations } from './axe';

const EXAMPLE = repoText('web/examples/log-collector.yaml');

async function downloadOf(page: Page, command: 'Export SVG' | 'Export PNG'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), chooseFromMenu(page, 'Share', command)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.describe('workloads', () => {
  test('wrap the example as a Job and back: the pod spec and its comments stay, Undo returns each step', async ({ page }) => {
    await openApp(page);
    expect(await violations(page)).toEqual([]); // the toolbar with Wrap as and the File and Share menus
    await page.getByLabel('Wrap as').selectOption('Job');
    await expect.poll(() => editorText(page)).toContain('kind: Job');
    const job = await storeText(page);
    expect(job).toContain('apiVersion: batch/v1');
    expect(job).toContain('      restartPolicy: Never');
    expect(job).toContain('# Fluent Bit is a native sidecar');
    await expect(page.getByTestId('message')).toContainText('The Pod is now a Job');
    await expect.poll(() => page.evaluate(() => window.__podsmith!.view()?.workload.kind)).toBe('Job');

    await page.getByLabel('Wrap as').selectOption('Pod');
    await expect.poll(() => editorText(page)).toContain('kind: Pod');
    // The pod spec comes back as it was; the Job's restartPolicy stays (a Pod may have it).
    expect(await storeText(page)).toBe(`${EXAMPLE}  restartPolicy: Never\n`);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => storeText(page)).toBe(job);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => storeText(page)).toBe(EXAMPLE);
  });

  test('add a second workload, switch between the two, delete one', async ({ page }) => {
    await openApp(page);
    await chooseFromMenu(page, 'File', 'Add workload');
    await expect.poll(() => storeText(page)).toBe(`${EXAMPLE}---\n${repoText('web/examples/blank-pod.yaml').replace('my-pod', 'my-pod-2')}`);
    const picker = page.getByLabel('Workload', { exact: true });
    await expect(picker.locator('option:checked')).toHaveText(/my-pod-2/);
    await picker.selectOption({ label: (await picker.locator('option').first().textContent())! });
    await expect.poll(() => page.evaluate(() => window.__podsmith!.view()?.workload.name)).toBe('web');

    await chooseFromMenu(page, 'File', 'Delete workload');
    await expect.poll(() => storeText(page)).toBe(`---\n${repoText('web/examples/blank-pod.yaml').replace('my-pod', 'my-pod-2')}`);
    await expect.poll(() => page.evaluate(() => window.__podsmith!.view()?.workload.name)).toBe('my-pod-2');
    await expect(page.getByTestId('message')).toContainText('Deleted the Pod web');
  });
});

test.describe('share links', () => {
  test('a link opens in a new page; over saved work it asks first, and Keep my work keeps it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await page.getByLabel('Wrap as').selectOption('Deployment');
    await expect.poll(() => storeText(page)).toContain('kind: Deployment');
    const shared = await storeText(page);
    await chooseFromMenu(page, 'Share', 'Copy share link');
    await expect(page.getByTestId('message')).toContainText('Copied a share link');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9_-]+$/);

    // A new page (nothing saved in it yet) opens the link at once.
    const other = await context.newPage();
    await other.goto(link);
    await expect.poll(() => editorText(other)).toBe(shared);
    await expect(other.getByTestId('message')).toContainText('Opened the manifest from the share link');
    expect(new URL(other.url()).hash).toBe('');
    await other.close();

    // Here the user's work is saved and differs: the link asks before replacing it.
    await page.getByLabel('Wrap as').selectOption('Pod');
    await expect.poll(() => page.evaluate(() => localStorage.length > 0 && Object.values(localStorage).some((v) => v.includes('kind: Pod')))).toBe(true);
    const mine = await storeText(page);
    await page.goto(link);
    const dialog = page.getByRole('dialog', { name: 'Open the shared manifest?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep my work' })).toBeFocused();
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep my work' }).click();
    await expect(dialog).toBeHidden();
    expect(await storeText(page)).toBe(mine);

    await page.goto(link);
    await dialog.getByRole('button', { name: 'Open the link' }).click();
    await expect.poll(() => editorText(page)).toBe(shared);
  });

  test('a damaged link opens nothing and says so', async ({ page }) => {
    await page.goto('/#share=AAAA-not-deflate');
    await expect(page.getByTestId('message')).toContainText('This share link is damaged');
    await expect.poll(() => editorText(page)).toBe(EXAMPLE);
  });
});

test.describe('export', () => {
  test('Export SVG: a standalone SVG that parses, names the containers and refers to nothing outside', async ({ page }) => {
    await openApp(page);
    const { name, bytes } = await downloadOf(page, 'Export SVG');
    expect(name).toBe('web.svg');
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`));
      return { root: doc.documentElement.nodeName, errors: doc.querySelectorAll('parsererror').length, text: doc.documentElement.textContent, attributes };
    }, svg);
    expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
    for (const container of ['app', 'log-collector', 'app-logs']) expect(parsed.text).toContain(container);
    expect(parsed.attributes.filter((a) => /href|url\(|^src=/i.test(a))).toEqual([]);
  });

  test('Export PNG: a PNG twice the SVG size', async ({ page }) => {
    await openApp(page);
    const svg = (await downloadOf(page, 'Export SVG')).bytes.toString('utf8');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const { name, bytes } = await downloadOf(page, 'Export PNG');
    expect(name).toBe('web.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBe(2 * width!);
    expect(bytes.readUInt32BE(20)).toBe(2 * height!);
    expect(bytes.length).toBeGreaterThan(5_000);
  });
});
