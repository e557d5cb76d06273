/**
 * The inspector's full field set, through the user's path: open a section, pick or type
 * a value, and the YAML (Monaco's text, what the user sees) changes only there. Invalid
 * values show the linter's message and are not written; clearing removes the key.
 */
import type { Locator } from '@playwright/test';
import { editorText, expect, inspectorPanel as inspector, loadText, openApp, selectContainer, storeText, test } from './fixtures';
import { violations } from './axe';

/** Open a collapsible section of the form by its summary (a click; Enter works as well). */
async function openSection(form: Locator, title: string): Promise<void> {
  const summary = form.locator('summary', { hasText: new RegExp(`^${title}$`) });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

/** A container with no probes, resources or hooks yet (the example sets its resources). */
const BARE_APP = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: app', '    image: nginx:1.27.3', '    ports:', '    - name: http', '      containerPort: 80', ''].join('\n');

test('set a probe, a memory limit and a preStop hook in the inspector and see them in the YAML', async ({ page }) => {
  expect(await loadText(page, BARE_APP)).toBe(true);
  const before = await storeText(page);
  const form = await selectContainer(page, 'app');

  await openSection(form, 'livenessProbe');
  await form.getByLabel('livenessProbe handler', { exact: true }).selectOption('httpGet');
  // The new probe's fields appear, filled with a valid probe on the container's first port.
  await expect(form.getByLabel('livenessProbe.httpGet.port', { exact: true })).toHaveValue('http');
  const period = form.getByLabel('livenessProbe.periodSeconds', { exact: true });
  await period.fill('5');
  await period.press('Enter');

  await openSection(form, 'Resources');
  const memory = form.getByLabel('resources.limits.memory', { exact: true });
  await memory.fill('512Mi');
  await expect(form.getByText('= 512Mi (536,870,912 bytes)')).toBeVisible();
  await memory.press('Enter');

  await openSection(form, 'Lifecycle hooks');
  await form.getByLabel('lifecycle.preStop handler', { exact: true }).selectOption('sleep');
  const seconds = form.getByLabel('lifecycle.preStop.sleep.seconds', { exact: true });
  await seconds.fill('10');
  await seconds.press('Enter');

  await expect.poll(() => editorText(page)).toContain('    livenessProbe:\n      httpGet:\n        path: /healthz\n        port: http\n      periodSeconds: 5\n');
  const text = (await editorText(page)) ?? '';
  expect(text).toContain('    resources:\n      limits:\n        memory: 512Mi\n');
  expect(text).toContain('    lifecycle:\n      preStop:\n        sleep:\n          seconds: 10\n');
  // Nothing else changed: remove the three blocks and the original comes back.
  const stripped = text
    .replace(/ {4}livenessProbe:\n(?: {6}.*\n)+/, '')
    .replace(/ {4}resources:\n(?: {6}.*\n)+/, '')
    .replace(/ {4}lifecycle:\n(?: {6}.*\n)+/, '');
  expect(stripped).toBe(before);
  expect(await storeText(page)).toBe(text);
});

test('an invalid value shows the linter’s message as it is typed and is not written', async ({ page }) => {
  const before = await storeText(page);
  const form = await selectContainer(page, 'app');
  await openSection(form, 'Resources');
  const memory = form.getByLabel('resources.limits.memory', { exact: true });

  await memory.fill('-1Gi');
  const message = 'spec.containers[0].resources.limits[memory]: Invalid value: "-1Gi": must be greater than or equal to 0';
  // Before Enter: the check runs on each keystroke.
  await expect(form.getByRole('alert')).toHaveText(message);
  await expect(memory).toHaveAttribute('aria-invalid', 'true');
  await expect(memory).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await memory.press('Enter');
  await memory.press('Tab');
  expect(await storeText(page)).toBe(before);

  // The same words as the linter's invalid-value-type finding for `memory: 1Gb` in the YAML.
  await memory.fill('1Gb');
  await expect(form.getByRole('alert')).toHaveText(
    `spec.containers[0].resources.limits.memory: Invalid value: "1Gb": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
  );
  await memory.fill('1Gi');
  await expect(form.getByRole('alert')).toHaveCount(0);
});

test('clearing a field removes its key, and the maps it empties', async ({ page }) => {
  expect(await loadText(page, BARE_APP)).toBe(true);
  const before = await storeText(page);
  const form = await selectContainer(page, 'app');
  await openSection(form, 'Resources');
  const memory = form.getByLabel('resources.limits.memory', { exact: true });
  await memory.fill('256Mi');
  await memory.press('Enter');
  await expect.poll(() => editorText(page)).toContain('memory: 256Mi');

  await memory.fill('');
  await memory.press('Enter');
  await expect.poll(() => editorText(page)).toBe(before);
});

test('a comment next to a field survives its edit, and fields the form does not model stay', async ({ page }) => {
  const yaml = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
    '    stdin: true # kept for debugging',
    '    resources:',
    '      # sized for the staging load test',
    '      limits:',
    '        memory: 512Mi # the OOM line',
    '        cpu: 500m',
    '',
  ].join('\n');
  expect(await loadText(page, yaml)).toBe(true);
  const form = await selectContainer(page, 'app');

  // The form says what it does not model, and jumps there.
  await expect(form.getByText('More fields in YAML:')).toContainText('stdin');
  await form.getByRole('button', { name: 'Show in YAML' }).click();
  await expect(page.locator('.editor-pane .monaco-editor .view-line', { hasText: 'stdin: true' })).toBeVisible();

  await openSection(form, 'Resources');
  const memory = form.getByLabel('resources.limits.memory', { exact: true });
  await memory.fill('1Gi');
  await memory.press('Enter');
  await expect.poll(() => editorText(page)).toBe(yaml.replace('memory: 512Mi # the OOM line', 'memory: 1Gi # the OOM line'));

  const cpu = form.getByLabel('resources.limits.cpu', { exact: true });
  await cpu.fill('');
  await cpu.press('Enter');
  await expect.poll(() => editorText(page)).toBe(yaml.replace('memory: 512Mi # the OOM line', 'memory: 1Gi # the OOM line').replace('        cpu: 500m\n', ''));
});

test('the inspector with every section open passes axe', async ({ page }) => {
  // Nothing selected: the pod's form.
  const form = inspector(page);
  await expect(form.getByRole('heading', { name: 'Pod' })).toBeVisible();
  for (const title of ['Lifecycle', 'Identity and network', 'Scheduling']) await openSection(form, title);
  await form.getByRole('button', { name: 'Add toleration' }).click();
  await expect(form.getByLabel('tolerations[0].key', { exact: true })).toBeFocused();
  expect(await violations(page)).toEqual([]);

  await selectContainer(page, 'app');
  for (const title of ['Environment', 'Resources', 'startupProbe', 'readinessProbe', 'livenessProbe', 'Lifecycle hooks', 'Security context']) await openSection(form, title);
  await form.getByLabel('livenessProbe handler', { exact: true }).selectOption('httpGet');
  await form.getByRole('button', { name: 'Add env var' }).click();
  await expect(form.getByLabel('env[0].name', { exact: true })).toBeFocused();
  expect(await violations(page)).toEqual([]);
});
