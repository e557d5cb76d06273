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
await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline.invalidationTracking', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8'] });
const N = 60;
const mode = process.argv[3] ?? 'key';
for (let i = 0; i < N; i++) {
  if (mode === 'key') await page.keyboard.press('x');
  else await page.evaluate((i) => window.__podsmith.dispatch((pod) => ({ kind: 'setContainerField', pod: pod.ref, container: pod.containers.find((c) => c.lane === 'main').ref, field: ['image'], value: `r/b:1.0.${i}` })), i);
  await page.waitForTimeout(30);
}
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
const inv = new Map();
for (const e of events) {
  if (e.name !== 'LayoutInvalidationTracking' && e.name !== 'StyleRecalcInvalidationTracking' && e.name !== 'ScheduleStyleInvalidationTracking') continue;
  const d = e.args?.data ?? {};
  const k = `${e.name} ${d.nodeName ?? ''} ${d.reason ?? d.changedAttribute ?? d.changedClass ?? ''} ${(d.stackTrace?.[0]?.functionName) ?? ''}`;
  inv.set(k, (inv.get(k) ?? 0) + 1);
}
for (const [k, v] of [].concat([...inv]).slice(0,0).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log('INV', v, k);
const mainEv = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const keydowns = mainEv.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
for (const kd of keydowns.slice(5, 10)) {
  const t0 = kd.ts;
  const top = mainEv.filter((e) => e.name === 'RunTask' && e.ts >= t0 - 2000 && e.ts < t0 + 60000);
  console.log('--- keydown');
  for (const t of top) {
    if (t.ts === kd.ts || (t.ts <= kd.ts && t.ts + t.dur >= kd.ts)) {
      const all = mainEv.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur > 300);
      for (const e of all) console.log('      ', ((e.ts - t0) / 1000).toFixed(1), (e.dur / 1000).toFixed(1), e.name, e.args?.data?.type ?? '', e.args?.data?.functionName ?? '', JSON.stringify(e.args?.beginData ?? '').slice(0, 80));
    }
    const kids = mainEv.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && ['EventDispatch', 'FireAnimationFrame', 'ProxyMain::BeginMainFrame', 'TimerFire', 'HandlePostMessage', 'FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'FireIdleCallback', 'XHRReadyStateChange', 'v8.run'].includes(e.name));
    console.log(((t.ts - t0) / 1000).toFixed(1).padStart(6), (t.dur / 1000).toFixed(1).padStart(5), kids.slice(0, 6).map((k) => `${k.name}${k.args?.data?.type ? '[' + k.args.data.type + ']' : ''}${k.args?.data?.functionName ? '(' + k.args.data.functionName + ' ' + (k.args.data.url ?? '').split('/').pop() + ':' + k.args.data.lineNumber + ')' : ''}:${(k.dur / 1000).toFixed(1)}`).join(' | '));
  }
}
const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.dur > 15000);
for (const t of tasks) {
  const inside = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 2000 && e.name !== 'RunTask');
  console.log('LONG', (t.dur / 1000).toFixed(1), inside.slice(0, 8).map((e) => `${e.name}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}${e.args?.data?.type ? '[' + e.args.data.type + ']' : ''}:${(e.dur / 1000).toFixed(1)}`).join(' | '));
}
await browser.close();
