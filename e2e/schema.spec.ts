/**
 * The Kubernetes schema in the app: the linter decodes the manifest strictly, offline
 * (a typo is an error marker and a finding whose Fix renames the key), and Monaco's
 * completion offers the values of a field from the bundled schema.
 */
import { clickAfter, expect, openApp, showLine, storeText, test } from './fixtures';

test('a typo in a container field is an unknown-field error with a "did you mean" Fix that renames the key', async ({ page }) => {
  await openApp(page);
  await clickAfter(page, 'image: nginx:1.27.3');
  await page.keyboard.press('Enter');
  await page.keyboard.type('imagePullPolicyy: Always');
  await expect.poll(() => storeText(page)).toContain('    imagePullPolicyy: Always\n');

  // The linter's marker: an error squiggle whose hover names the rule.
  await expect(page.locator('.editor-pane .squiggly-error').first()).toBeVisible({ timeout: 15_000 });
  await (await showLine(page, 'imagePullPolicyy: Always')).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'unknown-field' })).toBeVisible({ timeout: 15_000 });

  const findings = page.getByRole('region', { name: 'Findings' });
  const item = findings.getByRole('listitem').filter({ hasText: 'unknown field "spec.containers[0].imagePullPolicyy" (did you mean "imagePullPolicy"?)' });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: 'Fix unknown-field in app' }).click();

  await expect.poll(() => storeText(page)).toContain('    image: nginx:1.27.3\n    imagePullPolicy: Always\n');
  expect(await storeText(page)).not.toContain('imagePullPolicyy');
  await expect(findings).not.toContainText('unknown-field');

  // One step of the editor's history: undo brings the typo back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => storeText(page)).toContain('    imagePullPolicyy: Always\n');
});

test("completion offers imagePullPolicy's three values", async ({ page }) => {
  await openApp(page);
  await clickAfter(page, 'image: nginx:1.27.3');
  await page.keyboard.press('Enter');
  await page.keyboard.type('imagePullPolicy: ');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.editor-pane .suggest-widget .monaco-list-row');
  await expect(suggestions.filter({ hasText: /^Always/ })).toHaveCount(1, { timeout: 15_000 });
  await expect(suggestions.filter({ hasText: /^IfNotPresent/ })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: /^Never/ })).toHaveCount(1);

  // Choosing one writes it.
  await suggestions.filter({ hasText: /^IfNotPresent/ }).click();
  await expect.poll(() => storeText(page)).toContain('    imagePullPolicy: IfNotPresent\n');
});
