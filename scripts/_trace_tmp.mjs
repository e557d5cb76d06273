import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const BASE = process.env.BASE ?? 'http://127.0.0.1:4180';
const which = process.argv[2] ?? 'example';
const text = readFileSync(which === 'example' ? 'web/examples/log-collector.yaml' : 'fixtures/stress/stress-60-containers.yaml', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(BASE);
await page.waitForFunction(() => window.__podsmith?.getEditorText() !== undefined);
await page.evaluate((t) => window.__podsmith.setText(t), text);
await page.waitForFunction((t) => window.__podsmith.getEditorText() === t, text);
await page.locator('.react-flow__node').first().waitFor();
await page.waitForTimeout(1500);
const image = await page.evaluate(() => window.__podsmith.view().containers.find((c) => c.lane === 'main').image);
const line = text.split('\n').findIndex((l) => l.trim() === `image: ${image}`) + 1;
await page.locator('.monaco-editor .view-lines').click();
await page.evaluate((l) => window.__podsmith.revealLineEnd(l), line);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8'] });
const N = 20;
for (let i = 0; i < N; i++) { await page.keyboard.press('x'); await page.waitForTimeout(80); }
const buf = await browser.stopTracing();
writeFileSync(`/tmp/prof/${which}.trace.json`, buf);
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const sum = new Map();
for (const e of events) {
  if (e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || !e.dur) continue;
  sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
}
for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / N).toFixed(2).padStart(8), k);
// element counts for style recalc
const upd = events.filter((e) => e.pid === main.pid && e.tid === main.tid && (e.name === 'UpdateLayoutTree' || e.name === 'Layout') && e.dur);
for (const e of upd.slice(0, 12)) console.log(e.name, (e.dur / 1000).toFixed(2), JSON.stringify(e.args).slice(0, 200));
await browser.close();
