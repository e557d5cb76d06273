import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { chooseFromMenu, clickAfter, editorText, expect, loadText, openApp, storeText, test, waitForEditor } from './fixtures';

const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const EXAMPLE = readFileSync(repo('web/examples/log-collector.yaml'), 'utf8');
const HELLOWORLD = 'fixtures/corpus/real/istio/helloworld__helloworld.yaml';
const CRLF_FILE = 'fixtures/corpus/real/kube-score/pod-probes-on-different-containers.yaml';

async function openFixture(page: Page, path: string): Promise<Buffer> {
  const bytes = readFileSync(repo(path));
  await page.getByTestId('open-file').setInputFiles(repo(path));
  return bytes;
}

/** The element's width once it has stopped changing (a zoom animates) for a few frames. */
async function settledWidth(page: Page, locator: Locator): Promise<number> {
  let last = -1;
  for (;;) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    const now = (await locator.boundingBox())!.width;
    if (now === last) return now;
    last = now;
  }
}

async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download YAML' }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test.describe('toolbar and files', () => {
  test('Open a corpus file, then Download: the same bytes, named after the workload', async ({ page }) => {
    await openApp(page);
    const original = await openFixture(page, 'fixtures/corpus/real/kubernetes-website/application__deployment-sidecar.yaml');
    await expect(page.getByTestId('message')).toContainText('Opened “application__deployment-sidecar.yaml”');
    await expect.poll(() => editorText(page)).toBe(original.toString('utf8'));
    const saved = await download(page);
    expect(saved.name).toBe('myapp.yaml');
    expect(saved.bytes.equals(original)).toBe(true);
  });

  test('a CRLF file keeps its line endings, in the editor and in the download', async ({ page }) => {
    await openApp(page);
    const original = await openFixture(page, CRLF_FILE);
    await expect.poll(() => storeText(page)).toBe(original.toString('utf8'));
    expect(await editorText(page)).toBe(original.toString('utf8'));
    expect((await download(page)).bytes.equals(original)).toBe(true);
  });

  test('the text survives a reload (autosave)', async ({ page }) => {
    await openApp(page);
    const original = await openFixture(page, HELLOWORLD);
    await expect.poll(() => storeText(page)).toBe(original.toString('utf8'));
    await page.reload();
    await waitForEditor(page);
    expect(await storeText(page)).toBe(original.toString('utf8'));
    expect(await editorText(page)).toBe(original.toString('utf8'));
  });

  test('New asks first; Cancel keeps the text, confirming brings the example back', async ({ page }) => {
    await openApp(page);
    const original = await openFixture(page, HELLOWORLD);
    await expect.poll(() => storeText(page)).toBe(original.toString('utf8'));

    await chooseFromMenu(page, 'File', 'New…');
    const dialog = page.getByRole('dialog', { name: 'Start something new?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await storeText(page)).toBe(original.toString('utf8'));

    await chooseFromMenu(page, 'File', 'New…');
    await dialog.getByRole('button', { name: 'The example' }).click();
    await expect.poll(() => storeText(page)).toBe(EXAMPLE);
    await expect.poll(() => editorText(page)).toBe(EXAMPLE);
    const saved = await download(page);
    expect(saved.name).toBe('web.yaml');
    expect(saved.bytes.toString('utf8')).toBe(EXAMPLE);
  });

  test('a multi-document file: the picker lists the workloads, and the Service as kept, not drawn', async ({ page }) => {
    await openApp(page);
    await openFixture(page, HELLOWORLD);
    const picker = page.getByLabel('Workload');
    await expect(picker).toBeVisible();
    await expect(picker.locator('option:not([disabled])')).toHaveText(['Deployment helloworld-v1', 'Deployment helloworld-v2']);
    await expect(picker.locator('option[disabled]')).toHaveText(['Service helloworld (kept, not drawn)']);
    await expect(page.getByTestId('message')).toContainText('Service helloworld is kept, not drawn');

    await picker.selectOption({ label: 'Deployment helloworld-v2' });
    await expect(page.getByRole('region', { name: /diagram/i })).toContainText('helloworld');
    expect((await download(page)).name).toBe('helloworld-v2.yaml');
  });

  test('a binary file is refused with a message, and the text is kept', async ({ page }) => {
    await openApp(page);
    const before = await storeText(page);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await page.getByTestId('open-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect(page.getByTestId('message')).toContainText('“logo.png” looks like a binary file');
    await expect(page.getByTestId('message')).toContainText('your text is unchanged');
    expect(await storeText(page)).toBe(before);
    expect(await editorText(page)).toBe(before);
  });

  test('a file over 5 MB is refused, and the text is kept', async ({ page }) => {
    await openApp(page);
    const before = await storeText(page);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    await page.getByTestId('open-file').setInputFiles({ name: 'big.yaml', mimeType: 'application/yaml', buffer: big });
    await expect(page.getByTestId('message')).toContainText('“big.yaml” is larger than 5 MB (5,242,881 bytes)');
    expect(await storeText(page)).toBe(before);
  });

  test('a file with nothing to draw is loaded, with a clear message', async ({ page }) => {
    await openApp(page);
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';
    await page.getByTestId('open-file').setInputFiles({ name: 'settings.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await expect(page.getByTestId('message')).toContainText('it holds ConfigMap settings, which Podsmith keeps but does not draw');
    expect(await storeText(page)).toBe(text);
    await expect(page.getByLabel('Workload').locator('option[disabled]')).toContainText(['ConfigMap settings (kept, not drawn)']);
  });

  test('a YAML bomb is loaded and flagged, not expanded', async ({ page }) => {
    await openApp(page);
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, next] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) {
      rows.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const bomb = rows.join('\n') + '\n';
    expect(await loadText(page, bomb)).toBe(true);
    await expect(page.getByTestId('stale-banner')).toContainText('The YAML has errors');
    await expect(page.getByTestId('stale-banner')).toContainText('aliases');
    expect(await storeText(page)).toBe(bomb);
    await expect.poll(() => editorText(page)).toBe(bomb);
  });

  test('Paste replaces the manifest', async ({ page }) => {
    await openApp(page);
    const text = readFileSync(repo(HELLOWORLD), 'utf8');
    await chooseFromMenu(page, 'File', 'Paste…');
    const dialog = page.getByRole('dialog', { name: 'Paste a manifest' });
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => editorText(page)).toBe(text);
    expect(await storeText(page)).toBe(text);
  });

  test('Copy puts exactly the text on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await chooseFromMenu(page, 'File', 'Copy YAML');
    await expect(page.getByTestId('message')).toContainText('Copied the YAML to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE);
  });

  test('drop a file anywhere on the window to open it', async ({ page }) => {
    await openApp(page);
    const text = readFileSync(repo(HELLOWORLD), 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.yaml', { type: 'application/yaml' }));
      return data;
    }, text);
    const target = page.locator('.editor-pane');
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByTestId('message')).toContainText('Opened “dropped.yaml”');
    await expect.poll(() => editorText(page)).toBe(text);
  });

  test('the toolbar works from the keyboard', async ({ page }) => {
    await openApp(page);
    await loadText(page, readFileSync(repo(HELLOWORLD), 'utf8'));
    const fileButton = page.getByRole('button', { name: 'File', exact: true });
    const fileMenu = page.getByRole('menu', { name: 'File' });
    await fileButton.focus();
    await page.keyboard.press('Enter');
    await expect(fileMenu.getByRole('menuitem', { name: 'New…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Start something new?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(fileButton).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'The example' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => storeText(page)).toBe(EXAMPLE);

    // In a menu, arrows, Home and End move; Escape closes it and gives the focus back.
    await fileButton.focus();
    await page.keyboard.press('ArrowUp');
    await expect(fileMenu.getByRole('menuitem', { name: 'Delete workload' })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(fileMenu.getByRole('menuitem', { name: 'Open file…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(fileMenu).toBeHidden();
    await expect(fileButton).toBeFocused();

    // Arrows move along the toolbar.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Patterns' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('button', { name: 'Download YAML' })).toBeFocused();

    // Ctrl+S downloads, even from inside Monaco.
    await clickAfter(page, 'kind: Pod');
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(file.suggestedFilename()).toBe('web.yaml');
  });

  test('the Content-Security-Policy blocks requests to other hosts', async ({ page }) => {
    await openApp(page);
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
          fetch('https://example.com/schema.json').catch(() => undefined);
        }),
    );
    expect(blocked).toBe('connect-src');
  });
  test('the dividers resize the panes, by drag and by keyboard, and the widths survive a reload', async ({ page }) => {
    await openApp(page);
    const editorPane = page.getByRole('region', { name: 'YAML editor' });
    const diagram = page.getByRole('region', { name: 'Pod diagram' });
    const width = async (locator: typeof editorPane) => (await locator.boundingBox())!.width;
    const editorBefore = await width(editorPane);
    const diagramBefore = await width(diagram);
    const podFrame = page.locator('.react-flow__node-pod');
    const frameBefore = await width(podFrame);

    // Drag the editor's divider 120 px to the left: the editor grows, the diagram shrinks.
    const divider = page.getByRole('separator', { name: 'Resize the editor' });
    const box = (await divider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2);
    await page.mouse.up();
    expect(await width(editorPane)).toBeCloseTo(editorBefore + 120, 0);
    expect(await width(diagram)).toBeCloseTo(diagramBefore - 120, 0);
    // The pod, fitted in view, shrinks with its pane; once the user has zoomed, their zoom stays.
    await expect.poll(() => width(podFrame)).toBeLessThan(frameBefore - 30);
    const fitted = await width(podFrame);
    await page.getByRole('button', { name: 'Zoom In' }).click();
    const zoomed = await settledWidth(page, podFrame);
    expect(zoomed).toBeGreaterThan(fitted + 20);
    await divider.focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(await settledWidth(page, podFrame)).toBeCloseTo(zoomed, 0);

    // The palette's divider from the keyboard: two steps of 16 px to the right, then Home.
    const paletteDivider = page.getByRole('separator', { name: 'Resize the palette' });
    const palette = page.getByRole('region', { name: 'Palette' });
    const paletteBefore = await width(palette);
    await paletteDivider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await width(palette)).toBeCloseTo(paletteBefore + 32, 0);
    await expect(paletteDivider).toHaveAttribute('aria-valuenow', String(Math.round(paletteBefore + 32)));
    await page.keyboard.press('Home');
    await expect(paletteDivider).toHaveAttribute('aria-valuenow', '120');

    // The findings strip under the diagram: Shift+ArrowUp makes it 64 px taller, the diagram shorter.
    const findings = page.getByRole('region', { name: 'Findings' });
    const height = async (locator: typeof findings) => (await locator.boundingBox())!.height;
    const findingsBefore = await height(findings);
    const diagramHeight = await height(diagram);
    await page.getByRole('separator', { name: 'Resize the findings' }).focus();
    await page.keyboard.press('Shift+ArrowUp');
    expect(await height(findings)).toBeCloseTo(findingsBefore + 64, 0);
    expect(await height(diagram)).toBeCloseTo(diagramHeight - 64, 0);

    await page.reload();
    await waitForEditor(page);
    expect(await width(editorPane)).toBeCloseTo(editorBefore + 120 - 64, 0);
    expect(await width(palette)).toBeCloseTo(120, 0);
    expect(await height(findings)).toBeCloseTo(findingsBefore + 64, 0);
  });

  test('README screenshot: the app on the example pod (docs/screenshot.png)', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await openApp(page);
    expect(await storeText(page)).toBe(EXAMPLE);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: repo('docs/screenshot.png') });
  });
});

test.describe('the offline guard', () => {
  // Without the CSP, so that the probe reaches the network layer the guard watches.
  test.use({ bypassCSP: true });

  test('records and aborts a request that tries to leave 127.0.0.1', async ({ page, offRequests }) => {
    await openApp(page);
    const failed = await page.evaluate(() => fetch('https://example.com/schema.json').then(() => false, () => true));
    expect(failed).toBe(true);
    expect(offRequests).toEqual(['https://example.com/schema.json']);
    // That was this test's own probe; every other test ends with the list empty.
    offRequests.length = 0;
  });
});
