/**
 * The linter wherever the user looks: a finding shows in the findings panel, as a marker
 * in the editor and as a badge in the diagram; its quick fix is one edit of the text; the
 * target Kubernetes version changes what is found and survives a reload.
 */
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { clickAfter, containerNode, editorText, expect, findingsPanel, loadText, openApp, repoPath, repoText, showLine, storeText, test, waitForEditor } from './fixtures';

const CASE02 = 'fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml';

interface Container {
  name: string;
  restartPolicy?: string;
}

async function podSpec(page: Page): Promise<{ initContainers?: Container[]; containers?: Container[] }> {
  return (parse(await storeText(page)) as { spec: { template: { spec: { initContainers?: Container[]; containers?: Container[] } } } }).spec.template.spec;
}

test('a log shipper declared as a regular container: panel, editor marker, diagram badge, and the quick fix', async ({ page }) => {
  await openApp(page);
  const original = repoText(CASE02);
  await page.getByTestId('open-file').setInputFiles(repoPath(CASE02));
  await expect.poll(() => editorText(page)).toBe(original);

  // The panel: the warning, with its rule id, its reasons and its source. (The two others, and
  // the infos, are the case's best-practice and security findings: no resources, no securityContext.)
  const findings = findingsPanel(page);
  await expect(findings.getByRole('heading', { name: '3 warnings' })).toBeVisible();
  const item = findings.getByRole('listitem').filter({ hasText: 'log-shipper-not-native' });
  await expect(item).toContainText('"fluent-bit" is a log shipper');
  await item.locator('summary').click();
  await expect(item).toContainText('Why:');
  const source = item.getByRole('link');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');

  // The editor: a warning squiggle whose hover names the rule.
  await expect(page.locator('.editor-pane .squiggly-warning').first()).toBeVisible();
  await (await showLine(page, 'image: cr.fluentbit.io/fluent/fluent-bit:3.1.4')).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'log-shipper-not-native' })).toBeVisible({ timeout: 15_000 });

  // The diagram: a badge on the fluent-bit node.
  await expect(containerNode(page, 'fluent-bit').getByRole('img', { name: '3 findings, worst: warning' })).toBeVisible();

  // Clicking the finding selects the container it is about, and its range in the editor.
  await item.getByRole('button', { name: /is a log shipper/ }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'container:fluent-bit');
  await expect(page.locator('.editor-pane .monaco-editor .selected-text').first()).toBeAttached();

  // Fix: one edit, and the container is a native sidecar.
  await findings.getByRole('button', { name: 'Fix log-shipper-not-native in fluent-bit' }).click();
  await expect(containerNode(page, 'fluent-bit')).toHaveAccessibleName(/^Native sidecar fluent-bit/);
  const spec = await podSpec(page);
  expect(spec.initContainers).toEqual([expect.objectContaining({ name: 'fluent-bit', restartPolicy: 'Always' })]);
  expect(spec.containers?.map((c) => c.name)).toEqual(['app']);
  await expect(findings).not.toContainText('log-shipper-not-native');
  await expect(containerNode(page, 'fluent-bit').getByRole('img', { name: '2 findings, worst: warning' })).toBeVisible();
  await expect(findings.getByRole('heading', { name: 'Findings' })).toBeFocused();

  // Every comment of the case is still there, and the editor holds what the store holds.
  const text = await storeText(page);
  for (const line of original.split('\n').filter((l) => l.trimStart().startsWith('#'))) expect(text).toContain(line);
  await expect.poll(() => editorText(page)).toBe(text);
});

test('the target version: 1.28 cannot run the example native sidecar, and the choice survives a reload', async ({ page }) => {
  await openApp(page);
  const findings = findingsPanel(page);
  await expect(findings).toContainText('No findings');
  const picker = page.getByLabel('Kubernetes version');
  await expect(picker).toHaveValue('1.36');

  await picker.selectOption('1.28');
  await expect(findings).toContainText('for Kubernetes 1.28');
  await expect(findings.getByRole('listitem').filter({ hasText: 'native-sidecar-unsupported-version' })).toBeVisible();
  await expect(containerNode(page, 'log-collector').getByRole('img', { name: '1 finding, worst: error' })).toBeVisible();
  await expect(page.locator('.editor-pane .squiggly-error').first()).toBeVisible();

  await page.reload();
  await waitForEditor(page);
  await expect(page.getByLabel('Kubernetes version')).toHaveValue('1.28');
  await expect(findingsPanel(page).getByRole('listitem').filter({ hasText: 'native-sidecar-unsupported-version' })).toBeVisible();
});

test('suppressed findings are counted and listed with their reason; broken YAML keeps the findings, greyed', async ({ page }) => {
  await openApp(page);
  const original = repoText(CASE02);
  const suppressed = original.replace('  name: web\n', '  name: web\n  annotations:\n    podsmith.dev/ignore-log-shipper-not-native: "fluent-bit only ships node logs here"\n');
  expect(await loadText(page, suppressed)).toBe(true);
  const findings = findingsPanel(page);
  await expect(findings.getByRole('button', { name: 'Fix log-shipper-not-native in fluent-bit' })).toHaveCount(0);
  await findings.getByText('1 suppressed').click();
  await expect(findings).toContainText('“fluent-bit only ships node logs here”');

  expect(await loadText(page, original)).toBe(true);
  await expect(findings.getByRole('button', { name: 'Fix log-shipper-not-native in fluent-bit' })).toBeEnabled();
  await clickAfter(page, 'kind: Deployment');
  await page.keyboard.type(': x');
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  await expect(findings).toContainText('these are the findings of its last valid version');
  await expect(findings.getByRole('listitem').filter({ hasText: 'log-shipper-not-native' })).toBeVisible();
  await expect(findings.getByRole('button', { name: 'Fix log-shipper-not-native in fluent-bit' })).toBeDisabled();
});

test('a port collision offers a suggestion per container, and only the one picked changes', async ({ page }) => {
  await openApp(page);
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '  - name: nginx',
    '    image: nginx:1.27',
    '    ports:',
    '    - containerPort: 80',
    '  - name: exporter',
    '    image: registry.example.com/exporter:1.0',
    '    ports:',
    '    - containerPort: 80',
    '',
  ].join('\n');
  expect(await loadText(page, text)).toBe(true);
  const findings = findingsPanel(page);
  const item = findings.getByRole('listitem').filter({ hasText: 'both declare 80/TCP' });
  await expect(item).toContainText('port-collision');
  // Renumbering changes what a program listens on: no Fix (which applies unasked), the user picks the container.
  await expect(findings.getByRole('button', { name: /^Fix port-collision/ })).toHaveCount(0);
  const suggestions = findings.getByRole('list', { name: 'Suggestions for port-collision in exporter' });
  await expect(suggestions.getByRole('button')).toHaveText(['Change "nginx"\'s containerPort 80 to 81', 'Change "exporter"\'s containerPort 80 to 81']);

  await suggestions.getByRole('button', { name: 'Change "exporter"\'s containerPort 80 to 81' }).click();
  const after = parse(await storeText(page)) as { spec: { containers: { name: string; ports: { containerPort: number }[] }[] } };
  expect(after.spec.containers.map((c) => [c.name, c.ports[0]?.containerPort])).toEqual([
    ['nginx', 80],
    ['exporter', 81],
  ]);
  await expect(findings).not.toContainText('port-collision');
  await expect.poll(() => editorText(page)).toBe(await storeText(page));
});
