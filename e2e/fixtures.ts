/**
 * The shared test fixture. Every spec imports `test` and `expect` from here, so that:
 * - any request to a host other than 127.0.0.1 / localhost is aborted, recorded, and
 *   fails the test (the app must work offline: no CDN, no fonts, no schema downloads);
 * - an uncaught error in the page fails the test;
 * - localStorage starts empty (the autosave of an earlier test never leaks in), while a
 *   reload inside a test keeps it, so autosave can be tested.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

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
  await expect(page.locator('.editor-pane .monaco-editor .view-lines')).toBeVisible();
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

/** The editor line whose text, indentation aside, is exactly `content` (Monaco renders spaces as U+00A0). */
export function editorLine(page: Page, content: string) {
  const escaped = content.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
  return page.locator('.editor-pane .monaco-editor .view-line', { hasText: new RegExp(`^\\s*${escaped}\\s*$`) });
}

/**
 * Scroll the editor with the wheel, as a user does, until the line that reads `content` is
 * in full view (Monaco draws only the lines in view), and return it.
 */
export async function showLine(page: Page, content: string): Promise<Locator> {
  const line = editorLine(page, content);
  const viewport = page.locator('.editor-pane .monaco-editor .overflow-guard');
  const inView = async () => {
    if ((await line.count()) !== 1) return false;
    const [box, view] = await Promise.all([line.boundingBox(), viewport.boundingBox()]);
    return !!box && !!view && box.y >= view.y && box.y + box.height <= view.y + view.height;
  };
  if (await inView()) return line;
  const view = (await viewport.boundingBox())!;
  await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
  await page.mouse.wheel(0, -100_000);
  await expect
    .poll(
      async () => {
        if (await inView()) return true;
        await page.mouse.wheel(0, view.height / 3);
        return false;
      },
      { intervals: [100], timeout: 15_000, message: `no editor line reads ${content}` },
    )
    .toBe(true);
  await moveMouseOffEditor(page);
  return line;
}

/**
 * A mouse left resting on the editor opens Monaco's hover (a field's description) after a
 * moment, and the hover covers the lines above it: a click meant for a line then lands on
 * the hover. Leaving the editor closes it.
 */
async function moveMouseOffEditor(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
}

/** Put the cursor at the end of the line that reads `content`, by clicking it. */
export async function clickAfter(page: Page, content: string): Promise<void> {
  const line = await showLine(page, content);
  // Monaco re-renders its lines (markers, decorations): measure and click in one retried step.
  await expect(async () => {
    await expect(line).toHaveCount(1, { timeout: 1000 });
    const box = await line.boundingBox({ timeout: 1000 });
    const editor = await page.locator('.editor-pane .monaco-editor').boundingBox({ timeout: 1000 });
    const view = await page.locator('.editor-pane .monaco-editor .view-lines').boundingBox({ timeout: 1000 });
    if (!box || !editor || !view) throw new Error(`no editor line reads ${content}`);
    await moveMouseOffEditor(page);
    // Lines are as wide as the longest one: click inside the visible part, then go to the end.
    const x = Math.min(box.x + box.width, editor.x + editor.width - 20);
    await page.mouse.click(Math.max(x - 4, view.x + 1), box.y + box.height / 2);
    // Keys typed next go where the focus is: a click lost to a re-render is clicked again.
    await expect(page.locator('.editor-pane .monaco-editor.focused')).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('End');
}

/** Run a command of a toolbar menu as a user does: open the menu, click the command. */
export async function chooseFromMenu(page: Page, menu: 'File' | 'Share', command: string): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: command, exact: true }).click();
}

/** A file of the repository, by its path from the root (for setInputFiles). */
export function repoPath(path: string): string {
  return fileURLToPath(new URL(`../${path}`, import.meta.url));
}

/** A file of the repository as text (an example, a lint case, a pattern). */
export function repoText(path: string): string {
  return readFileSync(repoPath(path), 'utf8');
}

/** A container node of the diagram, by the name its accessible label starts with, in any lane or in `lane`. */
export function containerNode(page: Page, name: string, lane?: 'Init container' | 'Native sidecar' | 'Container'): Locator {
  return page.getByRole('group', { name: new RegExp(`^${lane ?? '(Init container|Native sidecar|Container)'} ${name},`) });
}

/** The findings list under the diagram. */
export const findingsPanel = (page: Page): Locator => page.getByRole('region', { name: 'Findings' });

/** The timeline under the diagram (its tab must be open). */
export const timelinePanel = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });

/** The timeline's chart. */
export const timelineChart = (page: Page): Locator => timelinePanel(page).getByRole('group', { name: /^Timeline of / });

/** The inspector panel. */
export const inspectorPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });

/** Click the container's node in the diagram (the node shows the container's name); the inspector then shows its form. */
export async function selectContainer(page: Page, name: string): Promise<Locator> {
  await page.locator('.react-flow__node', { has: page.getByText(name, { exact: true }) }).first().click();
  const form = inspectorPanel(page);
  await expect(form.getByRole('heading', { name: `Container ${name}` })).toBeVisible();
  return form;
}

/** A lane of the diagram, by its title. */
export function lane(page: Page, title: 'Init containers' | 'Native sidecars' | 'Main containers'): Locator {
  return page.getByRole('region', { name: title });
}

/** A palette template, by the start of its label. */
export function template(page: Page, label: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^Add ${label}`) });
}

/** The centre of an element on screen. */
export async function center(locator: Locator): Promise<{ x: number; y: number }> {
  // The palette scrolls: a template low in the list is first brought into view.
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point in a lane, `fraction` of the way along it (0 is its left edge). */
export async function pointInLane(laneLocator: Locator, fraction: number): Promise<{ x: number; y: number }> {
  const box = await laneLocator.boundingBox();
  if (!box) throw new Error('lane not on screen');
  return { x: box.x + box.width * fraction, y: box.y + box.height * 0.6 };
}

/** Press, move in steps (React Flow and HTML5 drag both need real moves), release. */
export async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}
