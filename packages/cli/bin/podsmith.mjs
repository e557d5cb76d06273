#!/usr/bin/env node
/**
 * The `podsmith` command. Node cannot run the TypeScript sources, so this wrapper runs
 * the bundle that `npm install` builds (scripts/build-cli.mjs, from the root's `prepare`).
 */
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/podsmith.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('podsmith: the CLI is not built (packages/cli/dist/podsmith.mjs is missing): run npm install at the repository root.');
  process.exit(2);
}
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2));
