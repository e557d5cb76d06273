/**
 * The first load stays small: Monaco (about 1 MB gzip), React Flow and the linter live
 * in lazily loaded chunks, asked for once the shell has rendered. Reads the build;
 * needs no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const outDir = process.env.PODSMITH_E2E_DIST ?? 'dist';
/** First-load JavaScript budget, gzip (the budget). About 138 KB today: React, yaml, the manifest package, the part of the lifecycle model the store needs, the app shell. */
const FIRST_LOAD_BUDGET = 150 * 1024;

test('the first load carries no Monaco and stays within its budget', () => {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  let gzip = 0;
  for (const file of scripts) {
    const code = readFileSync(join(outDir, file));
    gzip += gzipSync(code).byteLength;
    expect(code.toString('utf8'), `${file} must not contain Monaco`).not.toContain('MonacoEnvironment');
    expect(code.toString('utf8'), `${file} must not contain the linter's rules`).not.toContain('log-shipper-not-native');
  }
  console.log(`first-load JS: ${scripts.join(', ')}: ${(gzip / 1024).toFixed(1)} KB gzip`);
  expect(gzip).toBeLessThan(FIRST_LOAD_BUDGET);
});
