// Each widget kind's start-up task on the CMS-like page (bench/cms-page.mjs), two builds interleaved run by run, by CPU
// (thread time of a CDP trace with Lighthouse's stack category): node bench/ab-cms-tasks.mjs <dirA> <dirB> [pairs].
// Each dir is a checkout (or a folder with bench/, test/ and dist/) with dist/ built. A kind's task is the one holding
// its customElements.define (upgrading in turn: one kind per task, in page order); '+frame' is the next task of 3 ms
// or more of wall time. Prints medians, ranges and paired differences (B − A).
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { cmsPage } from './cms-page.mjs';
const [dirA, dirB, pairsArg] = process.argv.slice(2);
const pairs = Number(pairsArg ?? 4);
const html = cmsPage();
const mk = (root) => serve({ root, compress: true, routes: { '/bench/cms/': (req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }); res.end(html); } } });
const servers = [await mk(dirA), await mk(dirB)];
const CATEGORIES = ['devtools.timeline','disabled-by-default-devtools.timeline','disabled-by-default-devtools.timeline.stack','v8','v8.execute','blink','blink.user_timing','loading','toplevel'];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
async function once(i) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: CATEGORIES });
  const u = `${servers[i].url}/bench/cms/`;
  await page.goto(u, { waitUntil: 'load' });
  await page.evaluate(async () => { const els = [...document.querySelectorAll('immuno-therapy-explorer, immuno-how-it-works, immuno-side-effect-checklist, immuno-faq')]; await Promise.all(els.map((e) => customElements.whenDefined(e.localName))); await Promise.all(els.map((e) => e.updateComplete)); });
  await page.waitForTimeout(1500);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const p0 = ev.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(u));
  const main = ev.filter((e) => e.pid === p0.pid && e.tid === p0.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const mark = ev.find((e) => e.name === 'immuno-widgets:start');
  const after = tasks.filter((t) => t.ts + t.dur >= (mark?.ts ?? 0));
  const defs = main.filter((e) => e.name === 'CustomElementRegistry::define');
  const out = {};
  let k = 0; const names = ['explorer', 'how', 'checklist', 'faq'];
  for (let j = 0; j < after.length; j++) {
    const t = after[j];
    if (defs.some((d) => d.ts >= t.ts && d.ts <= t.ts + t.dur)) {
      const n = names[k++];
      out[n] = t.tdur / 1000;
      // the next task of 5 ms or more: the frame after
      const f = after.slice(j + 1).find((x) => x.dur >= 3000 && !defs.some((d) => d.ts >= x.ts && d.ts <= x.ts + x.dur));
      if (f) out[`${n}+frame`] = f.tdur / 1000;
    }
  }
  const big = after.filter((t) => t.dur >= 5000);
  out.longest = Math.max(...big.map((t) => t.tdur / 1000));
  out.sum5 = big.reduce((a, t) => a + t.tdur / 1000, 0);
  out.tbt34 = big.reduce((a, t) => a + Math.max(0, (t.tdur / 1000) * 3.4 - 50), 0);
  return out;
}
const res = [[], []];
for (let k = 0; k < pairs; k++) for (const i of k % 2 ? [1, 0] : [0, 1]) res[i].push(await once(i));
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const keys = Object.keys(res[0][0]);
for (const key of keys) {
  const a = res[0].map((r) => r[key] ?? NaN), b = res[1].map((r) => r[key] ?? NaN);
  const d = a.map((x, j) => b[j] - x);
  console.log(`${key.padEnd(16)} A ${med(a).toFixed(1)} (${Math.min(...a).toFixed(1)}–${Math.max(...a).toFixed(1)})  B ${med(b).toFixed(1)} (${Math.min(...b).toFixed(1)}–${Math.max(...b).toFixed(1)})  paired ${med(d).toFixed(1)} (${Math.min(...d).toFixed(1)} to ${Math.max(...d).toFixed(1)}), B lower in ${d.filter((x) => x < 0).length}/${d.length}`);
}
await browser.close(); for (const s of servers) s.server.close();
