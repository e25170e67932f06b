// The CMS-like page's start-up tasks by main-thread CPU (issue 20, point 7): what Lighthouse's TBT is made of, in a
// figure the load of a shared machine moves far less than Lighthouse's own (which simulates from wall times).
// Used by `npm run bench` (`measureCmsCpu`, printed for information beside Lighthouse's TBT) and by
// `bench/ab-cms-tasks.mjs` (two builds interleaved).
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { cmsPage } from './cms-page.mjs';

/** Lighthouse's trace categories, with JavaScript stacks (which Lighthouse records and which cost CPU themselves). */
export const CMS_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'toplevel'];

/** Lighthouse's default CPU slowdown for mobile, used for the estimate below. */
export const TBT_SLOWDOWN = 4;

/** Σ max(0, CPU × `slowdown` − 50) ms over `tasks` (each `{ tdur }` in µs): blocking time as Lighthouse counts it. */
export const blockingTime = (tasks, slowdown) => tasks.reduce((a, t) => a + Math.max(0, (t.tdur / 1000) * slowdown - 50), 0);

/**
 * One load of the CMS-like page at `pageUrl` in a fresh context of `browser` (412 × 823, mobile), traced; returns the
 * CPU ms (thread time) from the task where the bundle starts: each kind's task (the one holding its
 * `customElements.define`; upgrading in turn, one kind per task in page order) and the frame after it (`<kind>+frame`),
 * the longest task, the sum of tasks of 5 ms or more of wall time (`sum5`) and the blocking time estimated from them
 * at 3.4× and 4× (`tbt34`, `tbt4`).
 */
export async function cmsTaskCpu(browser, pageUrl) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: CMS_TRACE_CATEGORIES });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('immuno-therapy-explorer, immuno-how-it-works, immuno-side-effect-checklist, immuno-faq')];
    await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(els.map((e) => e.updateComplete));
  });
  await page.waitForTimeout(1500);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const p0 = ev.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(pageUrl));
  const main = ev.filter((e) => e.pid === p0.pid && e.tid === p0.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const mark = ev.find((e) => e.name === 'immuno-widgets:start');
  const after = tasks.filter((t) => t.ts + t.dur >= (mark?.ts ?? 0));
  const defs = main.filter((e) => e.name === 'CustomElementRegistry::define');
  const out = {};
  let k = 0;
  const names = ['explorer', 'how', 'checklist', 'faq'];
  for (let j = 0; j < after.length; j++) {
    const t = after[j];
    if (defs.some((d) => d.ts >= t.ts && d.ts <= t.ts + t.dur)) {
      const n = names[k++];
      out[n] = t.tdur / 1000;
      // the next task of 3 ms or more of wall time: the frame after
      const f = after.slice(j + 1).find((x) => x.dur >= 3000 && !defs.some((d) => d.ts >= x.ts && d.ts <= x.ts + x.dur));
      if (f) out[`${n}+frame`] = f.tdur / 1000;
    }
  }
  const big = after.filter((t) => t.dur >= 5000);
  out.longest = Math.max(...big.map((t) => t.tdur / 1000));
  out.sum5 = big.reduce((a, t) => a + t.tdur / 1000, 0);
  out.tbt34 = blockingTime(big, 3.4);
  out.tbt4 = blockingTime(big, TBT_SLOWDOWN);
  return out;
}

/**
 * `runs` loads of the CMS-like page (built `dist/` of the current directory, served compressed) in headless Chromium;
 * returns `{ longest, sum5, tbt4 }`, each `{ median, min, max, runs }` in CPU ms.
 */
export async function measureCmsCpu({ runs = 5 } = {}) {
  const html = cmsPage();
  const { server, url } = await serve({
    compress: true,
    routes: { '/bench/cms/': (req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }); res.end(html); } },
  });
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  const all = [];
  try {
    for (let i = 0; i < runs; i++) all.push(await cmsTaskCpu(browser, `${url}/bench/cms/`));
  } finally {
    await browser.close();
    server.close();
  }
  const summary = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return { median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
  };
  return Object.fromEntries(['longest', 'sum5', 'tbt4'].map((k) => [k, summary(all.map((r) => r[k]))]));
}
