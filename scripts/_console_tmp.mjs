import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)));
await page.goto(process.env.BASE ?? 'http://127.0.0.1:4181');
await page.waitForTimeout(5000);
console.log(JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('.editor-pane .monaco-editor .view-line')].slice(0, 12).map((e) => e.textContent))));
await page.screenshot({ path: '/tmp/prof/shot.png' });
await browser.close();
