/**
 * The diagram, on the user's path: drag patterns from the palette onto lanes, mount a
 * volume by dragging from a container to it, move a container between lanes, delete
 * with the keyboard. Every gesture must end up in the YAML text (read through the
 * store's test hook and parsed here), because the text is the source of truth.
 */
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { center, clickAfter, containerNode, dragMouse, expect, lane, loadText, openApp, pointInLane, storeText, template, test } from './fixtures';

const POD = `# A pod to design.
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
  - name: app
    image: nginx:1.27.3
    ports:
    - name: http
      containerPort: 80
  - name: worker
    image: busybox:1.37.0
  volumes:
  - name: data
    emptyDir: {}
`;

interface Container {
  name: string;
  restartPolicy?: string;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}

interface Spec {
  initContainers?: Container[];
  containers?: Container[];
  volumes?: { name: string }[];
}

async function podSpec(page: Page): Promise<Spec> {
  return (parse(await storeText(page)) as { spec: Spec }).spec;
}

const names = (list: Container[] | undefined) => (list ?? []).map((c) => c.name);

test.beforeEach(async ({ page }) => {
  await openApp(page);
  expect(await loadText(page, POD)).toBe(true);
  await expect(containerNode(page, 'worker')).toBeVisible();
});

test('the diagram shows lanes, containers, the volume and localhost with port labels', async ({ page }) => {
  for (const title of ['Init containers', 'Native sidecars', 'Main containers'] as const) await expect(lane(page, title)).toBeVisible();
  await expect(containerNode(page, 'app')).toContainText('nginx:1.27.3');
  await expect(containerNode(page, 'app')).toContainText('80/TCP');
  await expect(page.getByRole('group', { name: /^Volume data, emptyDir/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Shared network namespace/ })).toContainText('localhost');
});

test('a template dragged onto each lane lands in that lane of the YAML', async ({ page }) => {
  await dragMouse(page, await center(template(page, 'Wait for database')), await pointInLane(lane(page, 'Init containers'), 0.3));
  await expect.poll(async () => names((await podSpec(page)).initContainers)).toEqual(['wait-for-db']);

  await dragMouse(page, await center(template(page, 'Log collector')), await pointInLane(lane(page, 'Native sidecars'), 0.3));
  await expect.poll(async () => names((await podSpec(page)).initContainers)).toEqual(['wait-for-db', 'log-collector']);
  const spec = await podSpec(page);
  expect(spec.initContainers?.[1]?.restartPolicy).toBe('Always');
  // The collector brings the volume it mounts.
  expect(spec.volumes?.map((v) => v.name)).toEqual(['data', 'app-logs']);

  // Dropped left of `app`: first in the main lane.
  await dragMouse(page, await center(template(page, 'Web app')), await pointInLane(lane(page, 'Main containers'), 0.02));
  await expect.poll(async () => names((await podSpec(page)).containers)).toEqual(['web', 'app', 'worker']);

  // The comment above the manifest survives every edit.
  expect(await storeText(page)).toMatch(/^# A pod to design\.\n/);
});

test('pressing a template adds it at the end of its own lane', async ({ page }) => {
  await template(page, 'Blank container').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => names((await podSpec(page)).containers)).toEqual(['app', 'worker', 'app-2']);
});

test('a volume template dropped in the pod adds the volume', async ({ page }) => {
  await dragMouse(page, await center(template(page, 'volume: Secret')), await center(page.getByRole('group', { name: /^Volume data/ })));
  await expect.poll(async () => (await podSpec(page)).volumes?.map((v) => v.name)).toEqual(['data', 'credentials']);
});

test('dragging from a container to a volume asks for the path and adds a volumeMount', async ({ page }) => {
  const handle = containerNode(page, 'worker').locator('.react-flow__handle[data-handleid="mount"]');
  await dragMouse(page, await center(handle), await center(page.getByRole('group', { name: /^Volume data/ })));

  const dialog = page.getByRole('dialog', { name: 'Mount data into worker' });
  await expect(dialog).toBeVisible();
  const path = dialog.getByLabel('Mount path');
  await expect(path).toHaveValue('/mnt/data');
  await path.fill('/var/cache/worker');
  await dialog.getByLabel('Read-only').check();
  await path.press('Enter');

  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await podSpec(page)).containers?.[1]?.volumeMounts)
    .toEqual([{ name: 'data', mountPath: '/var/cache/worker', readOnly: true }]);
  await expect(page.getByText('/var/cache/worker · read-only')).toBeVisible();
});

test('Escape in the mount dialog changes nothing', async ({ page }) => {
  const before = await storeText(page);
  const handle = containerNode(page, 'app').locator('.react-flow__handle[data-handleid="mount"]');
  await dragMouse(page, await center(handle), await center(page.getByRole('group', { name: /^Volume data/ })));
  const dialog = page.getByRole('dialog', { name: 'Mount data into app' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await storeText(page)).toBe(before);
});

test('a container dragged to the sidecar lane becomes a native sidecar, and back', async ({ page }) => {
  await dragMouse(page, await center(containerNode(page, 'worker')), await pointInLane(lane(page, 'Native sidecars'), 0.3));
  await expect.poll(async () => names((await podSpec(page)).initContainers)).toEqual(['worker']);
  let spec = await podSpec(page);
  expect(spec.initContainers?.[0]?.restartPolicy).toBe('Always');
  expect(names(spec.containers)).toEqual(['app']);
  await expect(containerNode(page, 'worker')).toHaveAccessibleName(/^Native sidecar worker/);

  // Left of app's centre, clear of the zoom buttons over the canvas's bottom-left corner.
  await dragMouse(page, await center(containerNode(page, 'worker')), await pointInLane(lane(page, 'Main containers'), 0.1));
  await expect.poll(async () => names((await podSpec(page)).containers)).toEqual(['worker', 'app']);
  spec = await podSpec(page);
  expect(spec.containers?.[0]?.restartPolicy).toBeUndefined();
});

test('arrow keys move a focused container: right reorders, up makes it a sidecar', async ({ page }) => {
  await containerNode(page, 'app').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => names((await podSpec(page)).containers)).toEqual(['worker', 'app']);
  await expect(containerNode(page, 'app')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await podSpec(page)).initContainers?.[0]).toMatchObject({ name: 'app', restartPolicy: 'Always' });
});

test('Delete on a focused container removes it; the delete button does too', async ({ page }) => {
  await containerNode(page, 'worker').focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => names((await podSpec(page)).containers)).toEqual(['app']);
  await expect(containerNode(page, 'worker')).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete volume data' }).click();
  await expect.poll(async () => (await podSpec(page)).volumes).toBeUndefined();
});

test('Backspace on a focused mount edge unmounts it; the unmount button in the volume’s row does too', async ({ page }) => {
  const mounted = POD.replace('    image: busybox:1.37.0\n', '    image: busybox:1.37.0\n    volumeMounts:\n    - name: data\n      mountPath: /data\n    - name: data\n      mountPath: /cache\n      readOnly: true\n');
  expect(await loadText(page, mounted)).toBe(true);
  const edge = page.getByRole('group', { name: 'worker mounts data at /data' });
  await expect(edge).toBeAttached();
  await edge.focus();
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await podSpec(page)).containers?.[1]?.volumeMounts).toEqual([{ name: 'data', mountPath: '/cache', readOnly: true }]);

  await page.getByRole('button', { name: 'Unmount data from worker at /cache' }).click();
  await expect.poll(async () => (await podSpec(page)).containers?.[1]?.volumeMounts).toBeUndefined();
});

test('M on a focused container asks which volume to mount and where, all from the keyboard', async ({ page }) => {
  const twoVolumes = POD.replace('  volumes:\n', '  volumes:\n  - name: cache\n    emptyDir: {}\n');
  expect(await loadText(page, twoVolumes)).toBe(true);
  await containerNode(page, 'worker').focus();
  await page.keyboard.press('m');

  const dialog = page.getByRole('dialog', { name: 'Mount a volume into worker' });
  await expect(dialog).toBeVisible();
  const volume = dialog.getByLabel('Volume');
  await expect(volume).toBeFocused();
  await expect(volume).toHaveValue('cache');
  // Choosing another volume proposes its path, until a path is typed.
  await volume.selectOption('data');
  const path = dialog.getByLabel('Mount path');
  await expect(path).toHaveValue('/mnt/data');
  await page.keyboard.press('Tab');
  await expect(path).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('/srv/data');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await podSpec(page)).containers?.[1]?.volumeMounts).toEqual([{ name: 'data', mountPath: '/srv/data' }]);
  await expect(page.getByRole('group', { name: 'worker mounts data at /srv/data' })).toBeAttached();
});

test('M on a container of a pod without volumes says so, and changes nothing', async ({ page }) => {
  const noVolumes = POD.slice(0, POD.indexOf('  volumes:\n'));
  expect(await loadText(page, noVolumes)).toBe(true);
  await containerNode(page, 'worker').focus();
  await page.keyboard.press('m');
  await expect(page.getByTestId('message')).toHaveText(/The pod has no volume to mount/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await storeText(page)).toBe(noVolumes);
});

test('Ctrl+Z in the diagram undoes a diagram edit, Ctrl+Shift+Z redoes it; so do the toolbar buttons', async ({ page }) => {
  const before = await storeText(page);
  const undoButton = page.getByRole('button', { name: 'Undo' });
  const redoButton = page.getByRole('button', { name: 'Redo' });
  await expect(redoButton).toBeDisabled();

  await containerNode(page, 'worker').focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => names((await podSpec(page)).containers)).toEqual(['app']);
  const removed = await storeText(page);

  // The focus is in the diagram, not in the editor: the app's shortcut undoes through Monaco's history.
  expect(await page.evaluate(() => document.activeElement?.closest('.diagram') !== null)).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(() => storeText(page)).toBe(before);
  await expect(containerNode(page, 'worker')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storeText(page)).toBe(removed);

  await undoButton.click();
  await expect.poll(() => storeText(page)).toBe(before);
  await expect(redoButton).toBeEnabled();
  await redoButton.click();
  await expect.poll(() => storeText(page)).toBe(removed);
  await expect(redoButton).toBeDisabled();
});

test('Enter on a focused container selects it', async ({ page }) => {
  await containerNode(page, 'worker').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'container:worker');
});

test('while the YAML has errors the diagram shows the last valid pod and refuses edits', async ({ page }) => {
  // `name: shop: x` is not YAML: a mapping value cannot follow a plain scalar on one line.
  await clickAfter(page, 'name: shop');
  await page.keyboard.type(': x');
  // The banner is the app shell's (StatusArea); the diagram greys and locks itself.
  await expect(page.getByText(/^The YAML has errors — the diagram shows the last valid version/)).toBeVisible();
  await expect(page.locator('section.diagram--stale')).toBeVisible();
  await expect(containerNode(page, 'app')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete container app' })).toBeDisabled();
  await expect(template(page, 'Blank container')).toBeDisabled();

  await containerNode(page, 'app').focus();
  await page.keyboard.press('Delete');
  await expect(containerNode(page, 'app')).toBeVisible();
  expect(await storeText(page)).toContain('name: shop: x');
  expect(await storeText(page)).toContain('- name: app');
});
