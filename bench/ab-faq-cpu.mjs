// A/B of two builds' <immuno-faq> against native <details> in main-thread CPU time, in one browser, interleaved
// run by run (the load of a shared machine falls on both alike): node bench/ab-faq-cpu.mjs <dirA> <dirB> [runs] [sizes]
// Each dir holds dist/ (built) and bench/pages/. Each build renders in its own tab of the same browser; each run
// measures native, A's FAQ, native, B's FAQ (order alternating) with cpuTime() from bench/speed.mjs.
// Prints per size each build's median CPU ms, its ratio to native (same tab, median of per-run ratios) and B ÷ A.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { cpuTime, stats } from './speed.mjs';
import { openLabPages } from './trace-kinds.mjs';

const [dirA, dirB, runsArg, sizesArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 9);
const sizes = (sizesArg ?? '500,50').split(',').map(Number);
const servers = [await serve({ root: dirA }), await serve({ root: dirB })];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const pages = await openLabPages(browser, servers);
const render = ([kind, n]) => (kind === 'native' ? window.lab.renderNative(n) : window.lab.renderWidget('faq', n));
for (const page of pages) for (const kind of ['native', 'immuno']) await cpuTime(browser, page, render, [kind, 10]);
for (const n of sizes) {
  const t = [0, 1].map(() => ({ native: [], immuno: [] }));
  // Two unrecorded runs at this size first: the first renders of a size cost more (JIT, GC heap growth).
  for (let w = 0; w < 2; w++) for (const p of [0, 1]) for (const kind of ['native', 'immuno']) await cpuTime(browser, pages[p], render, [kind, n]);
  for (let i = 0; i < runs; i++) {
    for (const p of i % 2 ? [1, 0] : [0, 1]) {
      await pages[p].bringToFront();
      for (const kind of i % 2 ? ['immuno', 'native'] : ['native', 'immuno']) t[p][kind].push(await cpuTime(browser, pages[p], render, [kind, n]));
    }
  }
  if (process.env.AB_RAW) console.log(JSON.stringify(t.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v.map((y) => +y.toFixed(1))])))));
  const ratio = (p) => stats(t[p].immuno.map((x, i) => x / t[p].native[i])).median;
  const med = (p, k) => stats(t[p][k]).median;
  console.log(
    `${n} questions, ${runs} runs: A native ${med(0, 'native').toFixed(1)} / FAQ ${med(0, 'immuno').toFixed(1)} ms = ${ratio(0).toFixed(2)}×;  ` +
      `B native ${med(1, 'native').toFixed(1)} / FAQ ${med(1, 'immuno').toFixed(1)} ms = ${ratio(1).toFixed(2)}×;  ` +
      `B÷A FAQ (paired) ${stats(t[1].immuno.map((x, i) => x / t[0].immuno[i])).median.toFixed(2)}`,
  );
}
await browser.close();
for (const s of servers) s.server.close();
