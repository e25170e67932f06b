// Where the start-up time goes, task by task (issue 20, point 7): a Chrome DevTools Protocol trace of one page load.
//   node bench/trace-startup.mjs [cms|demo] [runs] [--cpu=N] [--js] [--dir=<checkout>]
// Loads the CMS-like page (bench/cms-page.mjs) or the demo in headless Chromium (a fresh context per run), with the
// CPU slowed N× if asked (`--cpu=4` is Lighthouse's mobile multiplier; default 1, because Chromium's throttling
// inflates thread time too: the same task measured 215 ms of CPU at 1× and 654 ms at 4×), and prints for each run every main-thread
// task of 5 ms or more from the first byte of HTML to two seconds after load: its wall time, its CPU time (thread
// time, which the load of a shared machine moves far less) and what it spent that CPU on (script compile and
// evaluation, style, layout, paint, HTML parsing, garbage collection), with the forced layouts (a script that read
// layout) counted apart. Then the medians over the runs of the longest task and of the sum of all of them.
// `--js` adds a JavaScript sampling profile (CDP Profiler) of the run and prints the functions with the most self
// time (of the longest task; `--js=all`: of every task with 5 ms or more of script) (in the minified bundle the names are short; build unminified to read them). `--dir` serves another checkout.
// `--by-name` breaks each task's CPU down by trace event name instead of by kind.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { cmsPage } from './cms-page.mjs';
import { traceKind } from './trace-kinds.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : fallback;
};
const positional = args.filter((a) => !a.startsWith('--'));
const which = positional[0] ?? 'cms';
const runs = Number(positional[1] ?? 3);
const slowdown = Number(flag('cpu', 1));
const withJs = args.some((a) => a === '--js' || a.startsWith('--js='));
const jsEvery = flag('js', '') === 'all';
const byName = args.includes('--by-name');
const root = flag('dir', '.');

const html = cmsPage();
const { server, url } = await serve({
  root,
  compress: true,
  routes: {
    '/bench/cms/': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    },
  },
});
const pageUrl = which === 'demo' ? `${url}/demo/` : `${url}/bench/cms/`;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'toplevel',
];

async function once(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  if (withJs) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('immuno-therapy-explorer, immuno-how-it-works, immuno-side-effect-checklist, immuno-faq')];
    await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(els.map((e) => e.updateComplete));
  });
  await page.waitForTimeout(2000);
  const buffer = await browser.stopTracing();
  const profile = withJs ? (await cdp.send('Profiler.stop')).profile : undefined;
  await context.close();
  return { events: JSON.parse(buffer.toString()).traceEvents, profile };
}

/** The page's renderer main thread: the one that parsed its HTML. */
function mainThread(events) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(pageUrl));
  return parse && { pid: parse.pid, tid: parse.tid };
}

/** Top-level tasks of the main thread with, per kind, the time no nested event accounts for. */
function tasks(events) {
  const t = mainThread(events);
  if (!t) throw new Error('no ParseHTML for the page in the trace');
  const own = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const start = own.find((e) => e.name === 'ParseHTML').ts;
  const top = [];
  let open;
  for (const e of own) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      if (open && e.ts < open.ts + open.dur) continue; // nested run loop
      open = { ts: e.ts, dur: e.dur, tdur: e.tdur ?? e.dur, events: [] };
      top.push(open);
    } else if (open && e.ts < open.ts + open.dur) open.events.push(e);
  }
  const marks = events.filter((e) => e.pid === t.pid && e.cat?.includes('user_timing') && e.name === 'immuno-widgets:start');
  return top
    .filter((x) => x.ts >= start - 1000 && x.dur >= 5000)
    .map((x) => {
      // Self time per kind: a stack walk over the nested events (each event's time minus its children's).
      const self = {};
      const stack = [];
      const forced = { layout: 0, style: 0 };
      const close = (until) => {
        while (stack.length && stack[stack.length - 1].end <= until) stack.pop();
      };
      for (const e of x.events) {
        close(e.ts);
        const td = e.tdur ?? e.dur;
        const k = byName ? e.name : traceKind(e.name);
        self[k] = (self[k] ?? 0) + td;
        if (stack.length) {
          const parent = stack[stack.length - 1];
          self[parent.kind] -= td;
        }
        // A layout or style recalculation inside script is one the script forced by reading layout.
        const what = traceKind(e.name);
        if ((what === 'layout' || what === 'style') && stack.some((s) => s.what === 'script')) forced[what] += td;
        stack.push({ end: e.ts + e.dur, kind: k, what });
      }
      const covered = Object.values(self).reduce((a, b) => a + b, 0);
      self.task = Math.max(0, x.tdur - covered);
      const scripts = x.events
        .filter((e) => (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'v8.compileModule') && (e.args?.data?.url ?? e.args?.fileName))
        .map((e) => String(e.args.data?.url ?? e.args.fileName).replace(url, ''));
      return {
        at: (x.ts - start) / 1000,
        wall: x.dur / 1000,
        cpu: x.tdur / 1000,
        self: Object.fromEntries(Object.entries(self).map(([k, v]) => [k, v / 1000]).filter(([, v]) => v >= 0.05)),
        forced: { layout: forced.layout / 1000, style: forced.style / 1000 },
        layouts: x.events.filter((e) => e.name === 'Layout').length,
        scripts: [...new Set(scripts)],
        bundleStart: marks.some((m) => m.ts >= x.ts && m.ts <= x.ts + x.dur),
        ts: x.ts,
        end: x.ts + x.dur,
      };
    });
}

/**
 * Self and total time per function of a CDP CPU profile, in ms (sampled, so wall time on the thread, not CPU), over
 * the samples of the longest task only (`from`, `to`: its bounds in the profile's clock, µs).
 */
function topFunctions(profile, from, to, n = 30) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const name = (node) => {
    const f = node.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(url, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(profile.samples[i]);
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self), total: top(total) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => x.toFixed(1);

const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const longest = [];
const sums = [];
try {
  for (let r = 0; r < runs; r++) {
    const { events, profile } = await once(browser);
    const list = tasks(events);
    console.log(`run ${r + 1} (${which}, CPU ${slowdown}×): tasks of 5 ms or more (wall / CPU ms, CPU by kind)`);
    for (const t of list)
      console.log(
        `  +${fmt(t.at)} ms  ${fmt(t.wall)} / ${fmt(t.cpu)}  ${Object.entries(t.self)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${fmt(v)}`)
          .join(', ')}${t.forced.layout || t.forced.style ? `; forced by script: layout ${fmt(t.forced.layout)}, style ${fmt(t.forced.style)}` : ''}; ${t.layouts} layouts${t.scripts.length ? `; ${t.scripts.join(' ')}` : ''}${t.bundleStart ? '  ← bundle starts' : ''}`,
      );
    const after = list.filter((t) => t.at >= (list.find((x) => x.bundleStart)?.at ?? 0));
    longest.push(Math.max(...after.map((t) => t.cpu)));
    sums.push(after.reduce((a, t) => a + t.cpu, 0));
    if (profile) {
      const big = after.reduce((a, b) => (b.cpu > a.cpu ? b : a));
      for (const t of jsEvery ? after.filter((x) => x.self.script >= 5) : [big]) {
        const { self, total } = topFunctions(profile, t.ts, t.end, jsEvery ? 20 : 30);
        console.log(`  ${jsEvery ? `task at +${fmt(t.at)} ms` : 'longest task'}, JavaScript profile (sampled wall time on the thread), self | total:`);
        for (let i = 0; i < self.length; i++)
          console.log(`    ${fmt(self[i][1]).padStart(6)} ms  ${self[i][0].padEnd(60)} | ${fmt(total[i][1]).padStart(6)} ms  ${total[i][0]}`);
      }
    }
  }
  console.log(
    `median over ${runs} runs, from the task where the bundle starts: longest task ${fmt(median(longest))} ms CPU (${longest.map(fmt).join(', ')}); ` +
      `all tasks of 5 ms or more ${fmt(median(sums))} ms CPU (${sums.map(fmt).join(', ')})`,
  );
} finally {
  await browser.close();
  server.close();
}
