/**
 * The inspector: select a container in the diagram, edit it in the form, and the YAML
 * (autosaved to localStorage on every change) changes only where the edit is about.
 * Invalid input is refused at the field, in the API server's words, and never reaches
 * the YAML.
 */
import type { Page } from '@playwright/test';
import { clickAfter, expect, inspectorPanel as inspector, openApp, selectContainer, storeText, test } from './fixtures';

const SAVED = 'podsmith.manifest.v1';

function savedYaml(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), SAVED);
}

/** The refused value stays out of the text: nothing was dispatched, so nothing was autosaved. */
async function expectUnchanged(page: Page, before: string): Promise<void> {
  expect(await storeText(page)).toBe(before);
  expect((await savedYaml(page)) ?? before).toBe(before);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('changing the image in the inspector rewrites only the image in the YAML', async ({ page }) => {
  const before = await storeText(page);
  expect(before).toContain('image: nginx:1.27.3');
  const form = await selectContainer(page, 'app');

  const image = form.getByLabel('image', { exact: true });
  await expect(image).toHaveValue('nginx:1.27.3');
  await image.fill('nginx:1.28.0');
  // Typing alone dispatches nothing: the draft is committed on Enter (or blur).
  expect(await storeText(page)).toBe(before);
  await image.press('Enter');

  await expect.poll(() => savedYaml(page)).toContain('image: nginx:1.28.0');
  const saved = (await savedYaml(page)) ?? '';
  expect(saved).toBe(before.replace('image: nginx:1.27.3', 'image: nginx:1.28.0'));
  expect(saved).toContain('# The app writes its logs to a shared emptyDir; Fluent Bit tails them and ships them on.');
  await expect(image).toHaveValue('nginx:1.28.0');
});

test('an upper-case or duplicate container name is refused at the field', async ({ page }) => {
  const before = await storeText(page);
  const form = await selectContainer(page, 'app');
  const name = form.getByLabel('name', { exact: true });

  await name.fill('App');
  await name.press('Enter');
  const message = form.getByRole('alert').filter({ hasText: 'a lowercase RFC 1123 label must consist of lower case alphanumeric characters' });
  await expect(message).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/a lowercase RFC 1123 label must consist of/);
  // Leaving the field does not sneak the refused value in either.
  await name.press('Tab');
  await expectUnchanged(page, before);

  await name.fill('log-collector');
  await name.press('Enter');
  await expect(form.getByRole('alert')).toHaveText(/Duplicate value: "log-collector"/);
  await expectUnchanged(page, before);

  // Escape drops the draft and the message.
  await name.press('Escape');
  await expect(name).toHaveValue('app');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveCount(0);
});

test('a container renamed in the inspector, then in the YAML, stays selected', async ({ page }) => {
  const form = await selectContainer(page, 'app');
  const name = form.getByLabel('name', { exact: true });
  await name.fill('web');
  await name.press('Enter');
  await expect(form.getByRole('heading', { name: 'Container web' })).toBeVisible();

  await clickAfter(page, '- name: web');
  await page.keyboard.type('-1');
  await expect(form.getByRole('heading', { name: 'Container web-1' })).toBeVisible();
  await expect(name).toHaveValue('web-1');
  await expect(page.locator('.react-flow__node.selected')).toContainText('web-1');
});

test('a port out of range is refused at the field', async ({ page }) => {
  const before = await storeText(page);
  const form = await selectContainer(page, 'app');
  const port = form.getByLabel('Port 1 containerPort', { exact: true });
  await expect(port).toHaveValue('80');

  await port.fill('70000');
  await port.press('Enter');
  await expect(form.getByRole('alert')).toHaveText(/must be between 1 and 65535, inclusive/);
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(port).toHaveAccessibleDescription(/must be between 1 and 65535, inclusive/);
  await expectUnchanged(page, before);
  expect(await storeText(page)).toContain('containerPort: 80\n');
});

test('the form is disabled while the YAML has errors', async ({ page }) => {
  const form = inspector(page);
  const grace = form.getByLabel('terminationGracePeriodSeconds', { exact: true });
  await expect(grace).toBeEnabled();
  // `name: web: x` is a nested mapping in a compact one: a parse error. The click goes
  // to the line's start (its box can reach past the viewport), then End.
  await page.locator('.monaco-editor .view-line', { hasText: 'name: web' }).first().click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('End');
  await page.keyboard.type(': x');
  await expect(form.getByRole('status')).toContainText('The YAML has errors');
  await expect(grace).toBeDisabled();
});

test('renaming a volume renames the mounts that use it', async ({ page }) => {
  const before = await storeText(page);
  await page.locator('.react-flow__node', { has: page.getByText('app-logs', { exact: true }) }).first().click();
  const form = inspector(page);
  await expect(form.getByRole('heading', { name: 'Volume app-logs' })).toBeVisible();
  await expect(form.getByRole('region', { name: 'Mounted by' }).getByRole('listitem')).toHaveText([
    'log-collector at /var/log/app (read-only)',
    'app at /var/log/nginx',
  ]);

  const name = form.getByLabel('name', { exact: true });
  await name.fill('logs');
  await name.press('Enter');
  await expect(form.getByRole('heading', { name: 'Volume logs' })).toBeVisible();
  await expect.poll(() => savedYaml(page)).toBe(before.replaceAll('- name: app-logs', '- name: logs'));
});

test('ports: add a row from the keyboard, type its port, remove it', async ({ page }) => {
  const before = await storeText(page);
  const form = await selectContainer(page, 'app');

  await form.getByRole('button', { name: 'Add port' }).press('Enter');
  // The new row's port has the focus, its default selected, so typing replaces it.
  const port = form.getByLabel('Port 2 containerPort', { exact: true });
  await expect(port).toBeFocused();
  await page.keyboard.type('9090');
  await page.keyboard.press('Enter');
  await expect.poll(() => savedYaml(page)).toBe(before.replace('      containerPort: 80\n', '      containerPort: 80\n    - containerPort: 9090\n'));

  await form.getByRole('button', { name: 'Remove port 2' }).press('Enter');
  await expect(form.getByRole('button', { name: 'Add port' })).toBeFocused();
  await expect.poll(() => savedYaml(page)).toBe(before);
});
