// Profile keystrokes in Monaco → diagram on the built app (dist served at PORT).
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const BASE = process.env.BASE ?? 'http://127.0.0.1:4179';
const which = process.argv[2] ?? 'example';
const mode = process.argv[3] ?? 'key';
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
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const N = 40;
for (let i = 0; i < N; i++) {
  if (mode === 'key') await page.keyboard.press('x');
  else await page.evaluate((i) => window.__podsmith.dispatch((pod) => ({ kind: 'setContainerField', pod: pod.ref, container: pod.containers.find((c) => c.lane === 'main').ref, field: ['image'], value: `r/b:1.0.${i}` })), i);
  await page.waitForTimeout(60);
}
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(`/tmp/prof/${which}-${mode}.cpuprofile`, JSON.stringify(profile));
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = self.get('(idle) :-1') ?? 0;
console.log(`total ${total.toFixed(0)} ms, idle ${idle.toFixed(0)}, per keystroke busy ${((total - idle) / N).toFixed(1)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(v / N).toFixed(2).padStart(7)} ms  ${k}`);
await browser.close();
