/**
 * Installable outside this repository: `npm pack` in packages/cli gives a tarball that
 * installs into an empty folder without the workspace and without the network (the
 * bundle carries everything it needs), and `npx podsmith lint` runs from there.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { tempDir } from './tempDir';

const CLI = fileURLToPath(new URL('..', import.meta.url));

function npm(args: readonly string[], cwd: string) {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('packs into a tarball that installs offline into an empty folder and lints there', { timeout: 300_000 }, () => {
  const packs = tempDir('podsmith-pack-');
  const packed = npm(['pack', '--pack-destination', packs], CLI);
  expect(packed.status, packed.stderr).toBe(0);
  const [tarball] = readdirSync(packs).filter((f) => f.endsWith('.tgz'));
  expect(tarball).toBeDefined();

  const project = tempDir('podsmith-install-');
  const installed = npm(['install', join(packs, tarball!), '--offline'], project);
  expect(installed.status, installed.stderr).toBe(0);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@podsmith/cli/package.json'), 'utf8')) as Record<string, unknown>;
  // Nothing to fetch: the workspace packages and yaml are inside the bundle.
  expect(manifest.dependencies).toBeUndefined();
  expect(readdirSync(join(project, 'node_modules'))).toEqual(['.bin', '.package-lock.json', '@podsmith']);

  writeFileSync(join(project, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n    imagePullPolicyy: Always\n');
  const lint = spawnSync('npx', ['--offline', 'podsmith', 'lint', '--format', 'json', 'pod.yaml'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  expect(lint.status, lint.stderr).toBe(1);
  // The schema finding; the pod's best-practice and security findings (no resources, no securityContext) come with it.
  const schema = (JSON.parse(lint.stdout) as { category: string }[]).filter((p) => p.category === 'schema');
  expect(schema).toMatchObject([{ file: 'pod.yaml', ruleId: 'unknown-field', line: 8, column: 5, message: 'unknown field "spec.containers[0].imagePullPolicyy" (did you mean "imagePullPolicy"?)' }]);
});
