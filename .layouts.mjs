// Layout / style events over MIN ms during load, with the JS frame that forced them (if any).
import { chromium } from 'playwright-core';
import CHROMIUM from './scripts/chromium.json' with { type: 'json' };
const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 1) });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
await page.goto(process.argv[2], { waitUntil: 'load' });
await page.waitForTimeout(3000);
const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const nav = ev.find((e) => e.name === 'navigationStart');
const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'Layout'));
const on = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const tasks = on.filter((e) => e.name === 'RunTask' && e.dur > Number(process.env.MIN ?? 8) * 1000);
for (const t of tasks) {
  const kids = on.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur > 2000 && /Layout|UpdateLayoutTree|FunctionCall|EvaluateScript|TimerFire|RunMicrotasks|Paint|evaluateModule|FireAnimationFrame|FireIdleCallback/.test(e.name));
  console.log(`task @${((t.ts - nav.ts) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(1)}ms: ` + kids.map((k) => `${k.name} ${(k.dur / 1000).toFixed(1)}${k.args?.beginData?.stackTrace?.[0] ? ' <' + k.args.beginData.stackTrace.slice(0, 3).map((f) => f.functionName).join('<') + '>' : ''}${k.args?.data?.functionName ? ' [' + k.args.data.functionName + ']' : ''}`).join(', '));
}
const marks = ev.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('bsf'));
console.log(marks.map((m) => `${m.name}@${((m.ts - nav.ts) / 1000).toFixed(0)}`).join(' '));
await browser.close();
