/**
 * Build the log-collector pod from a blank pod without typing YAML: once with the mouse
 * and the inspector, once with only the keyboard, the focus visible at every step. Both
 * end with the same pod: a native Fluent Bit sidecar that reads the app's logs from a
 * shared emptyDir, no log-shipper-not-native finding, and a download of exactly that text.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import {
  center,
  chooseFromMenu,
  containerNode,
  dragMouse,
  editorText,
  expect,
  findingsPanel,
  inspectorPanel,
  lane,
  openApp,
  pointInLane,
  repoText,
  storeText,
  template,
  test,
} from './fixtures';

const BLANK = repoText('web/examples/blank-pod.yaml');

/** The pod both paths build, as data. */
const BUILT = {
  initContainers: [
    expect.objectContaining({
      name: 'log-collector',
      restartPolicy: 'Always',
      volumeMounts: [{ name: 'app-logs', mountPath: '/var/log/app', readOnly: true }],
    }),
  ],
  containers: [
    {
      name: 'app',
      image: 'nginx:1.27.3',
      ports: [{ containerPort: 80 }],
      volumeMounts: [{ name: 'app-logs', mountPath: '/var/log/nginx' }],
    },
  ],
  volumes: [{ name: 'app-logs', emptyDir: {} }],
};

async function podSpec(page: Page): Promise<unknown> {
  return (parse(await storeText(page)) as { spec: unknown }).spec;
}

/** The pod is built, the collector is not flagged, and the download is the text, byte for byte. */
async function expectBuilt(page: Page, save: () => Promise<unknown>): Promise<void> {
  await expect.poll(() => podSpec(page)).toEqual(BUILT);
  await expect(findingsPanel(page)).not.toContainText('log-shipper-not-native');
  const [file] = await Promise.all([page.waitForEvent('download'), save()]);
  expect(file.suggestedFilename()).toBe('my-pod.yaml');
  expect((await readFile(await file.path())).toString('utf8')).toBe(await storeText(page));
}

/**
 * Whether the focused element shows that it has the focus: :focus-visible, with an outline
 * or a ring of its own, or an outline drawn by the card around it (a palette template).
 */
function focusShown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing has the focus';
    const outlined = (e: Element) => {
      const style = getComputedStyle(e);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    };
    const own = outlined(el) || getComputedStyle(el).boxShadow !== 'none';
    const card = el.parentElement !== null && outlined(el.parentElement);
    return el.matches(':focus-visible') && (own || card) ? 'shown' : `no focus ring on <${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
  });
}

/** Press Tab (or Shift+Tab) until `target` has the focus, checking the focus shows at each stop. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
    expect(await focusShown(page)).toBe('shown');
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test('with the mouse and the inspector', async ({ page }) => {
  await openApp(page);
  await chooseFromMenu(page, 'File', 'New…');
  await page.getByRole('dialog', { name: 'Start something new?' }).getByRole('button', { name: 'Blank pod' }).click();
  await expect.poll(() => editorText(page)).toBe(BLANK);

  // The collector, dragged onto the sidecar lane, brings the volume it reads.
  await dragMouse(page, await center(template(page, 'Log collector')), await pointInLane(lane(page, 'Native sidecars'), 0.3));
  const volume = page.getByRole('group', { name: /^Volume app-logs/ });
  await expect(volume).toBeVisible();

  // The app writes its logs there: a drag from its mount handle to the volume.
  await dragMouse(page, await center(containerNode(page, 'app').locator('.react-flow__handle[data-handleid="mount"]')), await center(volume));
  const dialog = page.getByRole('dialog', { name: 'Mount app-logs into app' });
  await dialog.getByLabel('Mount path').fill('/var/log/nginx');
  await dialog.getByRole('button', { name: 'Mount' }).click();
  await expect(dialog).toBeHidden();

  // Its port, in the inspector.
  await containerNode(page, 'app').click();
  const form = inspectorPanel(page);
  await expect(form.getByRole('heading', { name: 'Container app' })).toBeVisible();
  await form.locator('summary', { hasText: /^Ports$/ }).click();
  await form.getByRole('button', { name: 'Add port' }).click();
  const port = form.getByLabel('Port 1 containerPort', { exact: true });
  await port.fill('80');
  await port.press('Enter');

  await expectBuilt(page, () => page.getByRole('button', { name: 'Download YAML' }).click());
});

test('with only the keyboard, the focus visible at every step', async ({ page }) => {
  await openApp(page);
  const fileButton = page.getByRole('button', { name: 'File', exact: true });
  await tabTo(page, fileButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'New…' })).toBeFocused();
  expect(await focusShown(page)).toBe('shown');
  await page.keyboard.press('Enter');
  const newDialog = page.getByRole('dialog', { name: 'Start something new?' });
  await tabTo(page, newDialog.getByRole('button', { name: 'Blank pod' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toBe(BLANK);
  await expect(fileButton).toBeFocused();

  // The collector: Enter on its template adds it at the end of its lane, with its volume.
  await tabTo(page, template(page, 'Log collector'));
  await page.keyboard.press('Enter');
  await expect(containerNode(page, 'log-collector', 'Native sidecar')).toBeVisible();

  // M on the app mounts a volume: the pod's only one is named in the question; the path is typed.
  await tabTo(page, containerNode(page, 'app'));
  await page.keyboard.press('m');
  const mount = page.getByRole('dialog', { name: 'Mount app-logs into app' });
  await expect(mount.getByLabel('Mount path')).toBeFocused();
  expect(await focusShown(page)).toBe('shown');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('/var/log/nginx');
  await page.keyboard.press('Enter');
  await expect(mount).toBeHidden();
  await expect(containerNode(page, 'app')).toBeFocused();
  expect(await focusShown(page)).toBe('shown');

  // Enter selects the app; its port is added in the inspector.
  await page.keyboard.press('Enter');
  const form = inspectorPanel(page);
  await expect(form.getByRole('heading', { name: 'Container app' })).toBeVisible();
  await tabTo(page, form.locator('summary', { hasText: /^Ports$/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, form.getByRole('button', { name: 'Add port' }));
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Port 1 containerPort', { exact: true })).toBeFocused();
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');

  await expectBuilt(page, () => page.keyboard.press('Control+s'));
});
