import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built app, served by `vite preview` on 127.0.0.1.
 * Chromium is Debian's (/usr/bin/chromium, see scripts/ensure-chromium.mjs); never
 * `npx playwright install`. `npm test` builds first; run alone, `npx playwright test`
 * rebuilds when a source file is newer than the build.
 *
 * PODSMITH_E2E_PORT (default 4173) and PODSMITH_E2E_DIST (default dist) let two runs
 * share a machine and a checkout without serving each other's half-written build.
 */
const port = Number(process.env.PODSMITH_E2E_PORT ?? 4173);
const outDir = process.env.PODSMITH_E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;
const vite = 'node_modules/.bin/vite';
const build = `${vite} build --outDir ${JSON.stringify(outDir)} --emptyOutDir`;
const preview = `${vite} preview --outDir ${JSON.stringify(outDir)} --host 127.0.0.1 --port ${port} --strictPort --bypass-lock`;

/** Newest modification time under the given files and folders (0 when none exist). */
function newest(paths: readonly string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.endsWith('.test.ts')) visit(join(path, entry));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return latest;
}

const SOURCES = ['index.html', 'vite.config.ts', 'package-lock.json', 'web', 'packages', 'public', 'data'];
const builtIndex = join(outDir, 'index.html');
const built = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const fresh = built > 0 && newest(SOURCES) <= built;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    // The service worker is tested where it is the subject (e2e/offline.spec.ts allows it);
    // elsewhere each test's page would store the whole build (6.5 MB) in its fresh context.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  webServer: {
    command: fresh ? preview : `${build} && ${preview}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
