/**
 * The first load stays small: Monaco (about 1 MB gzip) must live in the lazily loaded
 * editor chunk, so the diagram paints first. Reads the build; needs no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const outDir = process.env.PODSMITH_E2E_DIST ?? 'dist';
/** First-load JavaScript budget, gzip. About 130 KB today (React, React Flow, yaml, the app). */
const FIRST_LOAD_BUDGET = 250 * 1024;

test('the first load carries no Monaco and stays within its budget', () => {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  let gzip = 0;
  for (const file of scripts) {
    const code = readFileSync(join(outDir, file));
    gzip += gzipSync(code).byteLength;
    expect(code.toString('utf8'), `${file} must not contain Monaco`).not.toContain('MonacoEnvironment');
  }
  console.log(`first-load JS: ${scripts.join(', ')}: ${(gzip / 1024).toFixed(1)} KB gzip`);
  expect(gzip).toBeLessThan(FIRST_LOAD_BUDGET);
});
