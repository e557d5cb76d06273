#!/usr/bin/env node
/**
 * Build the linter's schema data: data/k8s-openapi/schemas.json → the JSON Schema of
 * packages/lint/src/schema/openapi.ts (the same derivation the editor's
 * `virtual:podsmith/k8s-schema` uses) → compacted to field names and types
 * (compact.ts) → packages/lint/src/schema/k8s-fields.json.
 *
 * Runs before every build (`npm run build`, and the CLI's build from `prepare`); the
 * output is committed, and packages/lint/test/schema/compact.test.ts fails when it no
 * longer matches the OpenAPI data, so a fresh checkout lints without building first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OPENAPI = join(ROOT, 'data', 'k8s-openapi', 'schemas.json');
export const K8S_FIELDS = join(ROOT, 'packages', 'lint', 'src', 'schema', 'k8s-fields.json');

/** Write k8s-fields.json when it differs; resolves to whether it changed. */
export async function buildK8sFields() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(ROOT, 'packages', 'lint', 'src', 'schema', 'compact.ts'), { configFile: false, root: ROOT, logLevel: 'warn' });
  const { module: openapi } = await runnerImport(join(ROOT, 'packages', 'lint', 'src', 'schema', 'openapi.ts'), { configFile: false, root: ROOT, logLevel: 'warn' });
  const text = module.serializeCompact(module.compactSchema(openapi.buildK8sSchema(JSON.parse(readFileSync(OPENAPI, 'utf8')))));
  let current = '';
  try {
    current = readFileSync(K8S_FIELDS, 'utf8');
  } catch {
    // first build
  }
  if (current === text) return false;
  writeFileSync(K8S_FIELDS, text);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await import('vite');
  } catch {
    console.warn('build-k8s-schema: Vite is not installed; the committed k8s-fields.json is used as it is.');
    process.exit(0);
  }
  const changed = await buildK8sFields();
  console.log(`build-k8s-schema: ${K8S_FIELDS.slice(ROOT.length + 1)} ${changed ? 'written' : 'up to date'}`);
}
