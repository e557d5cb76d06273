/**
 * Podsmith as an installable app that opens with no server. Each test serves a build from
 * its own plain static host (e2e/staticHost.ts) so that it can stop it: the build at the
 * root, and a build for a sub-path (PODSMITH_BASE=/podsmith/, the README's command) served
 * under /podsmith/ only. The fixture's rule holds throughout: no request leaves 127.0.0.1.
 *
 * - The manifest and the icons are served and valid, and Chromium finds the app installable.
 * - After one visit, with the host stopped and the browser offline, a reload is answered
 *   by the service worker: the example pod is drawn, Monaco loads with its workers and the
 *   Kubernetes schema, typing changes the diagram and the findings update. A control test
 *   shows that without the service worker the same reload gets nothing.
 * - A new build deployed: the app says so and waits; only the user's "Reload" switches.
 * - The Install button, when the browser offers installation.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { violations } from './axe';
import { clickAfter, containerNode, expect, storeText, test, waitForEditor } from './fixtures';
import { startStaticHost, type StaticHost } from './staticHost';

const outDir = process.env.PODSMITH_E2E_DIST ?? 'dist';
const SUB_PATH = '/podsmith/';

/** `PODSMITH_BASE=/podsmith/ vite build` into a folder beside the main build. */
function buildForSubPath(): string {
  const folder = `${outDir}-podsmith`;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', folder, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, PODSMITH_BASE: SUB_PATH },
    stdio: 'pipe',
  });
  return folder;
}

const notice = (page: Page) => page.getByTestId('update-notice');

/** Monaco (4 MB) loads while the service worker stores the whole build: allow for a slow, shared machine. */
async function editorLoaded(page: Page): Promise<void> {
  await expect(page.locator('.editor-pane .monaco-editor .view-lines')).toBeVisible({ timeout: 60_000 });
  await waitForEditor(page);
}

/** Open the app from the host and wait until the service worker has stored all of it (the app says so). */
async function firstVisit(page: Page, host: StaticHost): Promise<void> {
  await page.goto(host.url);
  await editorLoaded(page);
  await expect(notice(page)).toContainText('Podsmith is stored in this browser: it now opens without a network.', { timeout: 30_000 });
}

async function cutTheNetwork(context: BrowserContext, host: StaticHost): Promise<void> {
  await host.close();
  await context.setOffline(true);
}

test.use({ serviceWorkers: 'allow' });
// Each test loads the app at least twice, and the first load stores all of it.
test.describe.configure({ timeout: 300_000 });

for (const served of [
  { where: 'at the root', base: '/', build: () => outDir },
  { where: `under ${SUB_PATH}`, base: SUB_PATH, build: buildForSubPath },
]) {
  test.describe(`served ${served.where}`, () => {
    // One worker builds and serves this build for the tests below.
    test.describe.configure({ mode: 'serial' });
    let folder = '';
    test.beforeAll(() => {
      test.setTimeout(180_000);
      folder = served.build();
    });

    let host: StaticHost;
    test.beforeEach(async () => {
      host = await startStaticHost(folder, served.base);
    });
    test.afterEach(async () => {
      await host?.close().catch(() => {}); // already closed by the offline tests
    });

    test('the manifest and the icons are served and valid; Chromium finds the app installable', async ({ page, context }) => {
      await page.goto(host.url);
      await editorLoaded(page);
      const href = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
      expect(href).toBe(`${host.url}manifest.webmanifest`);
      const response = await page.request.get(href);
      expect(response.headers()['content-type']).toBe('application/manifest+json');
      const manifest = (await response.json()) as {
        name: string;
        short_name: string;
        display: string;
        start_url: string;
        scope: string;
        theme_color: string;
        background_color: string;
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(manifest.name).toContain('Podsmith');
      expect(manifest.short_name).toBe('Podsmith');
      expect(manifest.display).toBe('standalone');
      // Relative to the manifest: the app's own address, whatever the base path.
      expect(new URL(manifest.start_url, href).href).toBe(host.url);
      expect(new URL(manifest.scope, href).href).toBe(host.url);

      // The colours are the app's: the toolbar's (the browser's title bar) and the page's.
      const colours = await page.evaluate(() => ({
        toolbar: getComputedStyle(document.querySelector('.toolbar')!).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
        meta: document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')!.content,
      }));
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      expect(rgb(manifest.theme_color)).toBe(colours.toolbar);
      expect(manifest.theme_color).toBe(colours.meta);
      expect(rgb(manifest.background_color)).toBe(colours.page);

      // Every icon is there, of its declared type and size; the sizes home screens ask for are all given.
      for (const icon of manifest.icons) {
        const url = new URL(icon.src, href).href;
        expect(url.startsWith(host.url), url).toBe(true);
        const file = await page.request.get(url);
        expect(file.status(), url).toBe(200);
        expect(file.headers()['content-type']).toBe(icon.type);
        const body = await file.body();
        if (icon.type === 'image/png') {
          expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
          const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
          expect(`${width}x${height}`).toBe(icon.sizes);
        } else {
          expect(body.toString('utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
        }
      }
      const offered = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
      expect(offered).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable', 'any any']));
      for (const rel of ['icon', 'apple-touch-icon']) {
        const icon = await page.locator(`link[rel="${rel}"]`).evaluate((link: HTMLLinkElement) => link.href);
        expect(icon.startsWith(host.url)).toBe(true);
        expect((await page.request.get(icon)).status()).toBe(200);
      }

      // Chromium's own reading: the manifest parses without errors, and once the service
      // worker runs, nothing stands in the way of installing the app but the test browser
      // itself: Playwright's contexts are incognito, where Chromium installs nothing.
      await expect(notice(page)).toBeVisible({ timeout: 30_000 });
      const cdp = await context.newCDPSession(page);
      const parsed = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
      expect(parsed.url).toBe(href);
      expect(parsed.errors).toEqual([]);
      const installability = async () => {
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
        return installabilityErrors.map((error) => error.errorId);
      };
      await expect.poll(installability).toEqual(['in-incognito']);
    });

    test('after one visit, the app opens, draws, edits and lints with the host stopped and the browser offline', async ({ page, context }) => {
      await firstVisit(page, host);
      // Everything the app asked for was under its base path: workers, schema, manifest, icons.
      expect(host.requests.filter((path) => !path.startsWith(served.base))).toEqual([]);
      expect(host.requests).toContain(`${served.base}sw.js`);

      await cutTheNetwork(context, host);
      const navigation = await page.reload();
      expect(navigation?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.url}sw.js`);

      // The example pod is drawn and Monaco loads, with the schema (its hover text comes from the YAML worker).
      await expect(containerNode(page, 'log-collector', 'Native sidecar')).toBeVisible();
      await expect(containerNode(page, 'app', 'Container')).toBeVisible();
      await editorLoaded(page);
      await page.locator('.monaco-editor .view-line span', { hasText: /^restartPolicy$/ }).first().hover();
      await expect(page.locator('.monaco-hover').filter({ hasText: 'RestartPolicy defines the restart behavior' })).toBeVisible({ timeout: 15_000 });

      // Typing changes the diagram and the findings: the sidecar loses its restartPolicy and never exits.
      const findings = page.getByRole('region', { name: 'Findings' });
      await expect(findings).toContainText('No findings');
      await clickAfter(page, 'restartPolicy: Always');
      await page.keyboard.type('x');
      await expect.poll(() => storeText(page)).toContain('restartPolicy: Alwaysx\n');
      await expect(containerNode(page, 'log-collector', 'Init container')).toBeVisible();
      await expect(findings.getByRole('listitem').filter({ hasText: 'init-never-exits' })).toBeVisible();
    });

    test.describe('without the service worker', () => {
      test.use({ serviceWorkers: 'block' });
      test('the same reload gets nothing (the offline test above is real)', async ({ page, context, pageErrors }) => {
        await page.goto(host.url);
        await editorLoaded(page);
        const beforeTheCut = pageErrors.length;
        await cutTheNetwork(context, host);
        await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
        // Without its service worker the old page can still be fetching a worker's script
        // when the network goes (Monaco then throws the worker's error event): that failure
        // is what this test shows, not a fault of the app.
        pageErrors.splice(beforeTheCut);
      });
    });
  });
}

test.describe('a new build deployed', () => {
  let folder = '';
  test.beforeAll(() => {
    // A copy of the build whose service worker is a byte different: to the browser, a new version.
    folder = mkdtempSync(join(tmpdir(), 'podsmith-next-'));
    cpSync(outDir, folder, { recursive: true });
    appendFileSync(join(folder, 'sw.js'), '\n// the next build\n');
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('the app says a new version is ready, keeps the user’s work until they reload, and then runs the new one', async ({ page }) => {
    const host = await startStaticHost(outDir);
    await firstVisit(page, host);
    // The next time the user opens the app, the worker serves it; the note is not repeated.
    await page.reload();
    await editorLoaded(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await expect(notice(page)).toBeHidden();

    // The user works; meanwhile a new build is deployed, and the browser finds it when it next checks.
    await clickAfter(page, '- name: app');
    await page.keyboard.type('-v2');
    await expect(containerNode(page, 'app-v2', 'Container')).toBeVisible();
    host.deploy(folder);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));

    await expect(notice(page)).toContainText('A new version of Podsmith is ready.', { timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    // Nothing reloads by itself: the page keeps its state (a mark set on this page, the editor's undo history).
    await page.evaluate(() => ((window as { stillThisPage?: boolean }).stillThisPage = true));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state))).toBe('installed');

    // "Reload": the new version takes over, the page reloads once, and the work is still there (autosaved).
    await Promise.all([page.waitForEvent('load'), notice(page).getByRole('button', { name: 'Reload' }).click()]);
    await editorLoaded(page);
    expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ waiting: r?.waiting ?? null, active: r?.active?.state })))).toEqual({
      waiting: null,
      active: 'activated',
    });
    await expect(containerNode(page, 'app-v2', 'Container')).toBeVisible();
    await expect(notice(page)).toBeHidden();
    await host.close();
  });
});

test('where the browser offers installation, the toolbar has an Install button that asks the browser', async ({ page }) => {
  const host = await startStaticHost(outDir);
  await page.goto(host.url);
  await editorLoaded(page);
  const install = page.getByRole('button', { name: 'Install app' });
  await expect(install).toBeHidden();

  // The browser's offer, as Chromium makes it once the app is installable (headless Chromium never shows the dialog).
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(offer, {
      prompt: async () => ((window as { prompted?: number }).prompted = ((window as { prompted?: number }).prompted ?? 0) + 1),
      userChoice: Promise.resolve({ outcome: 'accepted', platform: 'web' }),
    });
    window.dispatchEvent(offer);
  });
  await expect(page.getByRole('banner').getByRole('button', { name: 'Install app' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await install.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as { prompted?: number }).prompted)).toBe(1);
  await expect(install).toBeHidden();
  await host.close();
});
