/**
 * Containers injected at admission: a pod that asks Istio for its sidecar shows the
 * proxy (and istio-init) in the diagram as "injected by Istio", read-only, and nothing is
 * ever written into the YAML for them; the linter sees them (the classic Istio Job
 * problem) and its fix is the annotation, not the container.
 */
import type { Locator, Page } from '@playwright/test';
import { ISTIO_JOB } from '../test-support/istioJob';
import { editorText, expect, findingsPanel, loadText, openApp, storeText, test } from './fixtures';

const JOB = ISTIO_JOB;

function injectedNode(page: Page, name: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^(Init container|Native sidecar|Container) ${name},.*injected by Istio at admission, not in the YAML$`) });
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  expect(await loadText(page, JOB)).toBe(true);
  await expect.poll(() => editorText(page)).toBe(JOB);
});

test('the injected proxy shows in its lane with its words, and the YAML gets nothing', async ({ page }) => {
  const proxy = injectedNode(page, 'istio-proxy');
  await expect(proxy).toBeVisible();
  await expect(proxy).toContainText('injected by Istio');
  // Kubernetes 1.36 (the default target): Istio injects a native sidecar.
  await expect(proxy).toHaveAccessibleName(/^Native sidecar istio-proxy/);
  await expect(injectedNode(page, 'istio-init')).toContainText('injected by Istio');

  // Selecting it: a read-only account, no field to edit.
  await proxy.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Injected container istio-proxy' })).toBeVisible();
  await expect(inspector).toContainText('sidecar.istio.io/inject: "false"');
  await expect(inspector.getByRole('textbox')).toHaveCount(0);

  // Delete and the arrow keys on it change nothing; Delete says why.
  await proxy.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('message')).toContainText('"istio-proxy" is injected by Istio at admission: it is not in the YAML');
  for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowDown', 'Backspace']) await page.keyboard.press(key);
  // A drag does not move it either.
  const box = (await proxy.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 2.5, { steps: 8 });
  await page.mouse.up();

  expect(await storeText(page)).toBe(JOB);
  await expect.poll(() => editorText(page)).toBe(JOB);
  await expect(injectedNode(page, 'istio-proxy')).toHaveAccessibleName(/^Native sidecar istio-proxy/);
});

test('before Istio injects native sidecars, the proxy blocks the Job: the finding is on it, and the fix is the annotation', async ({ page }) => {
  await page.getByLabel('Kubernetes version').selectOption('1.32');
  const proxy = injectedNode(page, 'istio-proxy');
  await expect(proxy).toHaveAccessibleName(/^Container istio-proxy/);
  await expect(proxy.getByRole('img', { name: /worst: error/ })).toBeVisible();

  const item = findingsPanel(page).getByRole('listitem').filter({ hasText: 'job-blocked-by-sidecar' });
  await expect(item).toContainText('injected by Istio at admission');
  await findingsPanel(page).getByRole('button', { name: 'Fix job-blocked-by-sidecar in istio-proxy' }).click();

  const text = await storeText(page);
  expect(text).toBe(JOB.replace('        sidecar.istio.io/inject: "true"\n', '        sidecar.istio.io/inject: "true"\n        sidecar.istio.io/nativeSidecar: "true"\n'));
  await expect.poll(() => editorText(page)).toBe(text);
  await expect(injectedNode(page, 'istio-proxy')).toHaveAccessibleName(/^Native sidecar istio-proxy/);
  await expect(findingsPanel(page)).not.toContainText('job-blocked-by-sidecar');
});
