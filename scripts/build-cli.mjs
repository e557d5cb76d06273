#!/usr/bin/env node
/**
 * Build the `podsmith` command: bundle packages/cli/src/main.ts, the workspace packages it
 * imports (TypeScript sources) and `yaml` into one ES module for Node 20,
 * packages/cli/dist/podsmith.mjs, with Vite's SSR build. Node built-ins stay imports.
 *
 * Run from the root's `prepare` script, so `npm install` builds it; tests call buildCli().
 * The bundle is written to a temporary folder and renamed into place, so a build running
 * beside another (two test files, an install) never leaves a half-written file.
 */
import { mkdtempSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'packages', 'cli');
export const CLI_BUNDLE = join(CLI, 'dist', 'podsmith.mjs');

/** Build the bundle; resolves to its path. */
export async function buildCli({ logLevel = 'warn' } = {}) {
  const { build } = await import('vite');
  mkdirSync(join(CLI, 'dist'), { recursive: true });
  const outDir = mkdtempSync(join(CLI, 'dist', '.build-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel,
      ssr: { noExternal: true, target: 'node' },
      build: {
        ssr: join(CLI, 'src', 'main.ts'),
        outDir,
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        sourcemap: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: { output: { format: 'es', entryFileNames: 'podsmith.mjs', codeSplitting: false } },
      },
    });
    renameSync(join(outDir, 'podsmith.mjs'), CLI_BUNDLE);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return CLI_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await import('vite');
  } catch {
    // An install without devDependencies (--omit=dev) has no Vite: nothing to build with.
    console.warn('build-cli: Vite is not installed, so the podsmith CLI was not built.');
    process.exit(0);
  }
  const start = performance.now();
  try {
    await buildCli();
    console.log(`build-cli: built ${CLI_BUNDLE.slice(ROOT.length + 1)} in ${Math.round(performance.now() - start)} ms`);
  } catch (error) {
    console.error('build-cli: the podsmith CLI did not build:', error);
    process.exit(1);
  }
}
