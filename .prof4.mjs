// self-time and total-time per function in the window between navigation and data-ready (+ extra ms)
import { chromium } from 'playwright-core';
import CHROMIUM from './scripts/chromium.json' with { type: 'json' };
const url = process.argv[2];
const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const agg = new Map(); const aggT = new Map();
const runs = Number(process.env.RUNS ?? 5);
for (let r = 0; r < runs; r++) {
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
const { profile } = await cdp.send('Profiler.stop');
await page.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => { const f = n.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop().replace(/-[\w-]{8}\.js/, '.js')}:${f.lineNumber}`; };
profile.samples.forEach((id, i) => {
  const d = profile.timeDeltas[i + 1] ?? 0;
  const k = key(byId.get(id)); agg.set(k, (agg.get(k) ?? 0) + d);
  const seen = new Set(); let cur = id; while (cur !== undefined) { const kk = key(byId.get(cur)); if (!seen.has(kk)) { seen.add(kk); aggT.set(kk, (aggT.get(kk) ?? 0) + d); } cur = parent.get(cur); }
});
}
const skip = /\(root\)|\(program\)|\(idle\)|InjectedScript|:\d+$/;
console.log('--- self (ms at 4x, per run)');
for (const [k, t] of [...agg].filter(([k]) => !/\(root\)|\(idle\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 30))) console.log((t / 1000 / runs).toFixed(1).padStart(7), k);
console.log('--- total');
for (const [k, t] of [...aggT].filter(([k]) => !/\(root\)|\(idle\)|\(program\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[4] ?? 60))) console.log((t / 1000 / runs).toFixed(1).padStart(7), k);
await browser.close();
