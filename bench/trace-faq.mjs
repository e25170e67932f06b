// Where <immuno-faq>'s render time goes next to native <details> (issue 20): a Chrome DevTools Protocol trace of
// window.lab.renderWidget('faq', n) and window.lab.renderNative(n) on the bench lab page.
//   node bench/trace-faq.mjs [n] [runs] [--dir=<root with dist/ and bench/pages/>] [--js] [--by-name]
// Prints, per contender, the median over the runs of the main-thread CPU time (thread time) between the two marks
// around the render, split by what it was spent on (script, style, layout, paint, gc, other; self time, as in
// bench/trace-startup.mjs), and with --by-name the trace events with the most self time. --js adds a JavaScript
// sampling profile of the FAQ renders (build unminified to read the names).
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { stats } from './speed.mjs';
import { TRACE_CATEGORIES, traceKind } from './trace-kinds.mjs';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const n = Number(positional[0] ?? 500);
const runs = Number(positional[1] ?? 5);
const root = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? '.';
const byName = args.includes('--by-name');
const withJs = args.includes('--js');


const { server, url } = await serve({ root });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const page = await browser.newPage();
await page.goto(`${url}/bench/pages/lab.html`);
await page.waitForFunction(() => window.lab && window.lab.ready);
const cdp = await page.context().newCDPSession(page);

async function traced(which) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate(async ([which, n]) => {
    performance.mark('t-0');
    await (which === 'native' ? window.lab.renderNative(n) : window.lab.renderWidget('faq', n));
    performance.mark('t-1');
  }, [which, n]);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const [a, b] = ['t-0', 't-1'].map((m) => ev.findLast((e) => e.name === m));
  // Every event of the tasks that overlap the two marks (the render ends in the task that sets the second mark).
  const thread = ev.filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts < b.ts && e.ts + e.dur > a.ts);
  const inTask = (e) => tasks.some((t) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
  const own = thread.filter(inTask).sort((x, y) => x.ts - y.ts || y.dur - x.dur);
  const self = {};
  const stack = [];
  let total = 0;
  for (const e of own) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const td = e.tdur ?? e.dur;
    const k = e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask' ? 'task' : byName ? e.name : traceKind(e.name);
    if (!stack.length) total += td;
    self[k] = (self[k] ?? 0) + td;
    if (stack.length) self[stack[stack.length - 1].k] -= td;
    stack.push({ end: e.ts + e.dur, k });
  }
  return { total: total / 1000, self: Object.fromEntries(Object.entries(self).map(([k, v]) => [k, v / 1000])) };
}

for (const which of ['native', 'immuno']) await traced(which); // warm-up
const out = { native: [], immuno: [] };
if (withJs) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
}
const profiles = [];
for (let i = 0; i < runs; i++)
  for (const which of i % 2 ? ['immuno', 'native'] : ['native', 'immuno']) {
    if (withJs && which === 'immuno') await cdp.send('Profiler.start');
    out[which].push(await traced(which));
    if (withJs && which === 'immuno') profiles.push((await cdp.send('Profiler.stop')).profile);
  }
await browser.close();
server.close();

for (const which of ['native', 'immuno']) {
  const rows = out[which];
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.self)))];
  const med = Object.fromEntries(keys.map((k) => [k, stats(rows.map((r) => r.self[k] ?? 0)).median]).filter(([, v]) => v >= 0.1).sort((x, y) => y[1] - x[1]));
  console.log(`${which}, ${n} items, ${runs} runs: CPU ${stats(rows.map((r) => r.total)).median.toFixed(1)} ms (median); self time by ${byName ? 'event' : 'kind'}:`);
  console.log(Object.entries(med).slice(0, byName ? 25 : 10).map(([k, v]) => `    ${k.padEnd(44)} ${v.toFixed(1)} ms`).join('\n'));
}
if (withJs) {
  // Self time per function over all FAQ renders' samples.
  const self = new Map();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((node) => [node.id, node]));
    p.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(url, '')}:${f.lineNumber + 1}` : ''}`;
      self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000 / profiles.length);
    });
  }
  console.log('JS self time per FAQ render (sampled, ms):');
  console.log([...self].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([k, v]) => `    ${v.toFixed(2).padStart(7)} ${k}`).join('\n'));
}
