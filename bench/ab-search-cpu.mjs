// A/B of two builds' explorer search in main-thread CPU time per key, in one browser, interleaved run by run (the
// load of a shared machine falls on both alike):
//   node bench/ab-search-cpu.mjs <distA> <distB> [runs] [--n=1000] [--text=pembro] [--tasks] [--split|--by-name] [--js]
// Each argument is a built dist/ folder (e.g. /work/main/dist and dist); both are served with this checkout's
// bench/pages, so the typing is the same. Each run types `text` into an explorer of `n` types in each build's tab
// (order alternating), as `window.lab.searchKeystrokes(n, text, true, 'marks')`: the list laid out and the page
// idle first, then the keys with no pause between them, as the bench types, each between two performance marks.
// A key's CPU time is the main thread's thread time from one mark to the other (garbage collection included
// where it falls, as in the bench). --tasks puts each key in a task of its own (a timer between keys, where idle
// time lets collection run outside the keys), timed by the thread time of the tasks between its marks (pro rata,
// as cpuTime() in bench/speed.mjs). Prints per key each build's median, B's median of the per-run B÷A ratios
// (paired), and min–max.
// --split adds each key's main-thread self time by kind (script, style, layout, paint, gc, other) from a fuller
// trace (which costs more itself), --by-name by trace event name (use them with --tasks: in the bench's typing the
// script of all keys is one microtask run, an event no key's window holds, so only layout and style show); --js
// a sampled JavaScript profile of the first two keys (self time per function; build unminified to read the names).
import { mkdtempSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { stats } from './speed.mjs';
import { openLabPages, TRACE_CATEGORIES, traceKind } from './trace-kinds.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const [distA, distB, runsArg] = args.filter((a) => !a.startsWith('--'));
if (!distB) throw new Error('usage: node bench/ab-search-cpu.mjs <distA> <distB> [runs] [--n=1000] [--text=pembro] [--tasks] [--split|--by-name] [--js]');
const runs = Number(runsArg ?? 9);
const n = Number(opt('n', 1000));
const text = opt('text', 'pembro');
const byName = args.includes('--by-name');
const split = args.includes('--split') || byName;
const eachTask = args.includes('--tasks');
const withJs = args.includes('--js');
const keys = [...text].map((_, k) => text.slice(0, k + 1));

const CATEGORIES = split ? TRACE_CATEGORIES : ['toplevel', 'blink.user_timing'];

// Each build's own root: its dist/ beside this checkout's bench/.
const bench = resolve(import.meta.dirname);
const roots = [distA, distB].map((dist) => {
  const root = mkdtempSync(join(tmpdir(), 'ab-search-'));
  symlinkSync(resolve(dist), join(root, 'dist'));
  mkdirSync(join(root, 'bench'));
  symlinkSync(join(bench, 'pages'), join(root, 'bench', 'pages'));
  return root;
});
const servers = await Promise.all(roots.map((root) => serve({ root })));
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const pages = await openLabPages(browser, servers);

/** One typing run in `page`: per key, CPU ms and (with --split) self ms by kind; with --js, the profile. */
async function run(page) {
  const cdp = withJs ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.evaluate(([n, text, marks]) => window.lab.searchKeystrokes(n, text, true, marks), [n, text, eachTask ? 'tasks' : 'marks']);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const profile = cdp && (await cdp.send('Profiler.stop')).profile;
  await cdp?.detach();
  const marks = keys.map((_, k) => [0, 1].map((e) => ev.findLast((x) => x.name === `key${k}-${e}`)));
  const tid = marks[0][0].tid;
  const thread = ev.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur);
  return {
    profile,
    windows: marks.map(([a, b]) => [a.ts, b.ts]),
    keys: marks.map(([a, b]) => {
      let cpu = eachTask ? 0 : b.tts - a.tts;
      const self = {};
      for (const t of tasks) {
        const overlap = Math.min(b.ts, t.ts + t.dur) - Math.max(a.ts, t.ts);
        if (overlap <= 0) continue;
        if (eachTask) cpu += ((t.tdur ?? t.dur) * overlap) / t.dur;
        if (!split) continue;
        // Self time by kind of the events in this task between the marks (with --tasks: the key's whole task).
        const own = thread.filter((e) => e.ts >= Math.max(t.ts, eachTask ? 0 : a.ts) && e.ts + e.dur <= Math.min(t.ts + t.dur, eachTask ? Infinity : b.ts)).sort((x, y) => x.ts - y.ts || y.dur - x.dur);
        const stack = [];
        for (const e of own) {
          while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
          const td = e.tdur ?? e.dur;
          const k = e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask' ? 'task' : byName ? e.name : traceKind(e.name);
          self[k] = (self[k] ?? 0) + td / 1000;
          if (stack.length) self[stack[stack.length - 1].k] -= td / 1000;
          stack.push({ end: e.ts + e.dur, k });
        }
      }
      return { cpu: cpu / 1000, self };
    }),
  };
}

// Two unrecorded runs each first (JIT, GC heap growth).
for (let w = 0; w < 2; w++) for (const page of pages) await run(page);
const t = [[], []];
const profiles = [[], []];
for (let i = 0; i < runs; i++)
  for (const p of i % 2 ? [1, 0] : [0, 1]) {
    await pages[p].bringToFront();
    const r = await run(pages[p]);
    t[p].push(r.keys);
    if (withJs) profiles[p].push(r);
  }
await browser.close();
for (const s of servers) s.server.close();

const f = (x) => x.toFixed(1);
console.log(`${n} types, "${text}", ${runs} runs each, main-thread CPU ms per key: median A, median B, paired B÷A (min–max A | B)`);
keys.forEach((key, k) => {
  const a = t[0].map((r) => r[k].cpu);
  const b = t[1].map((r) => r[k].cpu);
  const [sa, sb] = [stats(a), stats(b)];
  const paired = stats(b.map((x, i) => x / a[i])).median;
  console.log(`  ${key.padEnd(8)} A ${f(sa.median).padStart(5)}  B ${f(sb.median).padStart(5)}  B÷A ${paired.toFixed(2)}   (${f(sa.min)}–${f(sa.max)} | ${f(sb.min)}–${f(sb.max)})`);
});
if (process.env.AB_RAW) console.log(JSON.stringify(t.map((rs) => rs.map((r) => r.map((x) => +x.cpu.toFixed(2))))));
if (split)
  for (const [p, name] of [[0, 'A'], [1, 'B']]) {
    console.log(`${name}: self time by kind per key (medians, ms)`);
    keys.forEach((key, k) => {
      const kinds = [...new Set(t[p].flatMap((r) => Object.keys(r[k].self)))];
      const med = kinds.map((x) => [x, stats(t[p].map((r) => r[k].self[x] ?? 0)).median]).filter(([, v]) => v >= 0.05).sort((x, y) => y[1] - x[1]).slice(0, 12);
      console.log(`  ${key.padEnd(8)} ${med.map(([x, v]) => `${x} ${f(v)}`).join(', ')}`);
    });
  }
if (withJs)
  for (const [p, name] of [[0, 'A'], [1, 'B']])
    for (const k of [0, 1]) {
      // Self time per function over the samples inside key k's window.
      const self = new Map();
      for (const { profile: pr, windows } of profiles[p]) {
        const byId = new Map(pr.nodes.map((node) => [node.id, node]));
        let ts = pr.startTime;
        pr.samples.forEach((id, i) => {
          ts += pr.timeDeltas[i];
          const [a, b] = windows[k];
          if (ts < a || ts > b) return;
          const fr = byId.get(id).callFrame;
          const name = `${fr.functionName || '(anonymous)'} ${fr.url ? `${fr.url.replace(/^https?:\/\/[^/]+/, '')}:${fr.lineNumber + 1}` : ''}`;
          self.set(name, (self.get(name) ?? 0) + (pr.timeDeltas[i + 1] ?? 0) / 1000 / profiles[p].length);
        });
      }
      console.log(`${name}, key "${keys[k]}": JS self time (sampled, ms per run)`);
      console.log([...self].sort((x, y) => y[1] - x[1]).slice(0, 25).map(([x, v]) => `    ${v.toFixed(2).padStart(7)} ${x}`).join('\n'));
    }
