import { chromium } from 'playwright-core';
import CHROMIUM from './scripts/chromium.json' with { type: 'json' };
const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.goto(process.argv[2]); await page.waitForSelector('[data-map-status="ready"]'); await page.waitForTimeout(1500);
console.log(await page.evaluate(() => ({ markers: document.querySelectorAll('.map-marker').length, towns: document.querySelectorAll('.map-town').length, zoom: document.querySelector('.leaflet-container')?.className, tiles: document.querySelectorAll('.leaflet-tile').length, marks: performance.getEntriesByType('measure').map(m => m.name + ':' + m.duration.toFixed(1)) })));
await browser.close();
