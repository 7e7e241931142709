import { chromium } from 'playwright-core';
import CHROMIUM from './scripts/chromium.json' with { type: 'json' };
const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
for (const u of process.argv.slice(2)) {
await page.goto(u); await page.waitForSelector('html[data-ready="true"]');
console.log(u, await page.evaluate(() => ({ els: document.querySelectorAll('*').length, text: document.body.innerText.length, height: document.body.scrollHeight, words: document.body.innerText.split(/\s+/).length })));
}
await browser.close();
