// CPU profile split into bursts of busy samples (≈ tasks); for each burst over MINMS, its top functions by total time.
import { chromium } from 'playwright-core';
import CHROMIUM from './scripts/chromium.json' with { type: 'json' };
const url = process.argv[2];
const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => { const f = n.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop().replace(/-[\w-]{8}\.js/, '.js')}:${f.lineNumber}`; };
let t = profile.startTime; const samples = profile.samples.map((id, i) => { t += profile.timeDeltas[i]; return { id, t, d: profile.timeDeltas[i + 1] ?? 0 }; });
const idle = (s) => /\(idle\)/.test(byId.get(s.id).callFrame.functionName);
const bursts = []; let cur = null;
for (const s of samples) {
  if (idle(s)) { if (cur && s.t - cur.end > 1000) { bursts.push(cur); cur = null; } continue; }
  if (!cur) cur = { start: s.t, end: s.t, samples: [] };
  cur.end = s.t + s.d; cur.samples.push(s);
}
if (cur) bursts.push(cur);
const min = Number(process.env.MINMS ?? 40);
for (const b of bursts) {
  const dur = (b.end - b.start) / 1000; if (dur < min) continue;
  const tot = new Map();
  for (const s of b.samples) { const seen = new Set(); let c = s.id; while (c !== undefined) { const k = key(byId.get(c)); if (!seen.has(k)) { seen.add(k); tot.set(k, (tot.get(k) ?? 0) + s.d); } c = parent.get(c); } }
  const top = [...tot].filter(([k]) => !/\(root\)|\(program\)|^\(anon\) :/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 8));
  console.log(`@${((b.start - profile.startTime) / 1000).toFixed(0)} ${dur.toFixed(0)}ms: ` + top.map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' | '));
}
await browser.close();
