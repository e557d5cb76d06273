/**
 * The shared test fixture. Every spec imports `test` and `expect` from here, so that:
 * - any request to a host other than 127.0.0.1 / localhost is aborted, recorded, and
 *   fails the test (the app must work offline: no CDN, no fonts, no schema downloads);
 * - an uncaught error in the page fails the test;
 * - localStorage starts empty (the autosave of an earlier test never leaks in), while a
 *   reload inside a test keeps it, so autosave can be tested.
 */
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Fixtures {
  /** Requests that tried to leave 127.0.0.1 (the fixture asserts it is empty at the end). */
  offRequests: string[];
  /** Errors thrown in the page (the fixture asserts it is empty at the end). */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  offRequests: [
    async ({ context }, use) => {
      const leaked: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL_HOSTS.has(url.hostname)) {
          leaked.push(url.href);
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      await context.addInitScript(() => {
        // Once per tab: a reload keeps sessionStorage, so it keeps the autosave too.
        if (!sessionStorage.getItem('podsmith.e2e.started')) {
          localStorage.clear();
          sessionStorage.setItem('podsmith.e2e.started', '1');
        }
      });
      await use(leaked);
      expect(leaked, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/* ---- helpers shared by the specs ---- */

/** Open the app and wait until Monaco shows the manifest. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await waitForEditor(page);
}

export async function waitForEditor(page: Page): Promise<void> {
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.waitForFunction(() => window.__podsmith?.getEditorText() !== undefined);
}

/** The store's text (what Download saves). */
export function storeText(page: Page): Promise<string> {
  return page.evaluate(() => window.__podsmith!.getText());
}

/** Monaco's model text. */
export function editorText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.__podsmith!.getEditorText());
}

/** Replace the manifest through the import path (the test hook). */
export async function loadText(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => window.__podsmith!.setText(t), text);
}

/** Put the cursor at the end of the first line that contains `needle`, by clicking the text. */
export async function clickAfter(page: Page, needle: string): Promise<void> {
  const line = page.locator('.monaco-editor .view-line', { hasText: needle }).first();
  await line.scrollIntoViewIfNeeded();
  const box = await line.boundingBox();
  if (!box) throw new Error(`no editor line shows ${needle}`);
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await page.keyboard.press('End');
}
