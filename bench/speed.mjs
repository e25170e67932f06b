// The FAQ-vs-native comparison (with peer libraries) and the explorer search
// timing, shared by bench/run.mjs and usable alone:
//   node bench/speed.mjs            (BENCH_RUNS=n for more runs; --build to rebuild first)
// Method and figures: docs/performance.md.
import { buildPeers } from './peers.mjs';

export const speedBudgets = {
  faqNativeRatio500: 1.5, // <immuno-faq> of 500 questions ÷ 500 native <details>, medians of the same run
  faqNativeRatio50: 2,
  searchKeystrokeMedianMs: 8, // median over every keystroke of every run
  searchWorstKeyMs: 16, // the slowest key's median over the runs (one frame)
};

/** The pause between keys (ms) for the CPU a key costs with what it leaves for later: five keys a second. */
export const SEARCH_PAUSE_MS = 200;

export const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};

/**
 * Renders `n` questions as native `<details>`, as `<immuno-faq>` and in each peer's accordion,
 * `runs` times, the order rotating each run so drift on a shared machine falls on all alike.
 * Returns, per size, each contender's stats and its ratio to native (ratio of the medians), plus
 * the median of the per-run ratios (`paired`), which load drift moves less.
 */
export async function measureFaq(page, runs, sizes = [50, 500]) {
  const peers = await buildPeers();
  const kinds = ['native', 'immuno', ...Object.keys(peers)];
  const call = (kind, n) =>
    page.evaluate(
      ([kind, n]) => (kind === 'native' ? window.lab.renderNative(n) : kind === 'immuno' ? window.lab.renderWidget('faq', n) : window.lab.renderPeer(kind, n)),
      [kind, n],
    );
  // One warm-up each, so no contender pays the first module load or style sharing alone.
  for (const kind of kinds) await call(kind, 10);
  const out = { peers };
  for (const n of sizes) {
    const t = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      const order = kinds.map((_, j) => kinds[(i + j) % kinds.length]);
      for (const kind of order) t[kind].push(await call(kind, n));
    }
    const native = stats(t.native);
    out[n] = { native };
    for (const kind of kinds.slice(1)) {
      const st = stats(t[kind]);
      out[n][kind] = { ...st, ratio: st.median / native.median, paired: stats(t[kind].map((x, i) => x / t.native[i])).median };
    }
  }
  return out;
}

/**
 * The words the bench types into the explorer, each into a fresh explorer of 1,000 types: a medicine's name, whose
 * first keys match most types by their medicines (a "Matched:" note on each), and a word in most types' own names
 * ("therapy": the first keys mark hundreds of names). The budgets are judged over the keys of both.
 */
export const SEARCH_WORDS = ['pembro', 'therapy'];

/** Per key (labelled "word: prefix"), the stats of its runs; over all keys, the stats and the slowest key's median. */
function searchStats(n, words, byKey) {
  const perKey = words.flatMap((w) => [...w].map((_, k) => ({ key: `${w}: ${w.slice(0, k + 1)}`, ...stats(byKey[w][k]) })));
  return { n, text: words.join(', '), words, all: stats(words.flatMap((w) => byKey[w].flat())), perKey, worstKey: Math.max(...perKey.map((k) => k.median)) };
}

/**
 * Types each of `words` into an explorer of `n` types, `runs` times. Returns the stats of every keystroke,
 * each key's median over the runs, and the worst of those medians.
 */
export async function measureSearch(page, runs, n = 1000, words = SEARCH_WORDS) {
  const byKey = Object.fromEntries(words.map((w) => [w, [...w].map(() => [])]));
  for (let i = 0; i < runs; i++)
    for (const text of words) {
      const times = await page.evaluate(([n, text]) => window.lab.searchKeystrokes(n, text), [n, text]);
      times.forEach((t, k) => byKey[text][k].push(t));
    }
  return searchStats(n, words, byKey);
}

/**
 * Main-thread CPU time (trace `tdur`, not wall time) of one `fn()` run in the page, in ms: on a
 * shared machine the wall time also counts the time the renderer waited for a core, and the
 * CPU time does not, so it shows what a change saves when the load average is high.
 * Tasks that overlap the window count pro rata.
 */
export async function cpuTime(browser, page, fn, arg) {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate(async ([src, arg]) => {
    performance.mark('cpu-0');
    await (0, eval)(src)(arg);
    performance.mark('cpu-1');
  }, [fn.toString(), arg]);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const [a, b] = ['cpu-0', 'cpu-1'].map((n) => ev.findLast((e) => e.name === n));
  let cpu = 0;
  for (const t of ev) {
    if (t.tid !== a.tid || t.ph !== 'X' || t.name !== 'ThreadControllerImpl::RunTask' || !t.dur) continue;
    const overlap = Math.min(b.ts, t.ts + t.dur) - Math.max(a.ts, t.ts);
    if (overlap > 0) cpu += ((t.tdur ?? t.dur) * overlap) / t.dur;
  }
  return cpu / 1000;
}

/**
 * `measureFaq` in CPU time: per size, each contender's median CPU ms and its ratio to native. The four are measured
 * back to back in each run (their order rotating), so the ratio is the median of the runs' own ratios (`ratio`, with
 * `ratioMin`–`ratioMax`): a run on a busier moment of the machine is compared with native in that same moment. (The
 * ratio of the two medians, used before 2026-12-02, read 2.78× at 50 questions in one run whose native median was
 * its lowest figure, where paired runs of the same build gave 1.72–1.80×.)
 */
export async function measureFaqCpu(browser, page, runs, sizes = [50, 500]) {
  const kinds = ['native', 'immuno', 'shoelace', 'lion'];
  const render = ([kind, n]) => (kind === 'native' ? window.lab.renderNative(n) : kind === 'immuno' ? window.lab.renderWidget('faq', n) : window.lab.renderPeer(kind, n));
  for (const kind of kinds) await cpuTime(browser, page, render, [kind, 10]);
  const out = {};
  for (const n of sizes) {
    const t = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let i = 0; i < runs; i++) for (const kind of kinds.map((_, j) => kinds[(i + j) % kinds.length])) t[kind].push(await cpuTime(browser, page, render, [kind, n]));
    out[n] = Object.fromEntries(
      kinds.map((k) => {
        const ratios = stats(t[k].map((x, i) => x / t.native[i]));
        return [k, { cpuMs: stats(t[k]).median, ratio: ratios.median, ratioMin: ratios.min, ratioMax: ratios.max }];
      }),
    );
  }
  return out;
}

/**
 * `measureSearch` in main-thread CPU time: the same typing (list laid out and the page idle first, then the keys with
 * no pause), traced; a key's CPU is the main thread's thread time between its two performance marks (`key<k>-0`,
 * `key<k>-1`, written by `lab.searchKeystrokes`), which holds the key's update, its forced layout and any garbage
 * collection that falls in it. Same shape as `measureSearch`'s result, in CPU ms.
 *
 * With `pauseMs`, the keys come that far apart (a patient's pace) and a key's CPU runs from its first mark to the
 * end of its pause (`key<k>-2`): the key and all it left for later (the explorer marks the names below its first
 * screenful in tasks after the key, docs/performance.md, "Explorer search: marks in view first"), as nothing else
 * runs in the page meanwhile.
 */
export async function measureSearchCpu(browser, page, runs, n = 1000, words = SEARCH_WORDS, pauseMs = 0) {
  const byKey = Object.fromEntries(words.map((w) => [w, [...w].map(() => [])]));
  for (let i = 0; i < runs; i++)
    for (const text of words) {
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
      await page.evaluate(([n, text, pauseMs]) => window.lab.searchKeystrokes(n, text, true, 'marks', pauseMs), [n, text, pauseMs]);
      const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      [...text].forEach((_, k) => {
        const [a, b] = [0, pauseMs ? 2 : 1].map((e) => ev.findLast((x) => x.name === `key${k}-${e}`));
        if (a?.tts === undefined || b?.tts === undefined) throw new Error(`no thread time on the marks of key ${k + 1}`);
        byKey[text][k].push((b.tts - a.tts) / 1000);
      });
    }
  return { ...searchStats(n, words, byKey), pauseMs };
}

/**
 * Budget checks: a sentence per broken budget. With CPU figures (`measureFaqCpu`, `measureSearchCpu`) the FAQ ratio
 * and the search keys are judged on them, else on wall time.
 */
export function speedBroken(faq, search, budgets = speedBudgets, faqCpu = undefined, searchCpu = undefined) {
  const out = [];
  // With CPU figures (`measureFaqCpu`) the FAQ ratio is judged on them; else on wall time.
  const f = (n, goal) => {
    const r = (faqCpu ?? faq)?.[n]?.immuno?.ratio;
    if (r > goal) out.push(`<immuno-faq> with ${n} questions is ${r.toFixed(2)}× native <details>${faqCpu ? ' in main-thread CPU time' : ''} (goal ≤ ${goal}×)`);
  };
  f(500, budgets.faqNativeRatio500);
  f(50, budgets.faqNativeRatio50);
  const s = searchCpu ?? search;
  const cpu = searchCpu ? ' of main-thread CPU time' : '';
  if (s) {
    if (s.all.median > budgets.searchKeystrokeMedianMs)
      out.push(`explorer search: median ${s.all.median.toFixed(1)} ms${cpu} per keystroke over 1,000 types (goal ≤ ${budgets.searchKeystrokeMedianMs} ms)`);
    if (s.worstKey > budgets.searchWorstKeyMs)
      out.push(`explorer search: slowest key ${s.worstKey.toFixed(1)} ms${cpu} (median of its runs; goal ≤ ${budgets.searchWorstKeyMs} ms)`);
  }
  return out;
}

const ms = (x) => `${x.toFixed(1)} ms`;
const range = (st) => `${ms(st.median)} (${ms(st.min)}–${ms(st.max)})`;

/** The table lines `npm run bench` prints for these figures. */
export function speedReport(faq, search, searchCpu = undefined, searchLater = undefined) {
  const lines = [];
  if (faq) {
    for (const n of Object.keys(faq).filter((k) => k !== 'peers')) {
      lines.push(`  FAQ, ${n} questions: native <details> ${range(faq[n].native)}`);
      for (const [kind, st] of Object.entries(faq[n]).filter(([k]) => k !== 'native')) {
        const label = kind === 'immuno' ? '<immuno-faq>' : `${faq.peers[kind].label} ${faq.peers[kind].version}`;
        lines.push(`    ${label.padEnd(36)} ${range(st).padEnd(28)} = ${st.ratio.toFixed(2)}× native (paired ${st.paired.toFixed(2)}×)`);
      }
    }
  }
  if (search) {
    lines.push(`  explorer search, ${search.n} types, per keystroke   ${range(search.all)}; slowest key ${ms(search.worstKey)}`);
    lines.push(`    per key (median of runs): ${search.perKey.map((k) => `${k.key} ${ms(k.median)}`).join(', ')}`);
  }
  for (const c of [searchCpu, searchLater].filter(Boolean)) {
    const what = c.pauseMs ? `main-thread CPU per keystroke with what it left for later, keys ${c.pauseMs} ms apart` : 'main-thread CPU per keystroke';
    lines.push(`  explorer search, ${c.n} types, ${what}   ${range(c.all)}; slowest key ${ms(c.worstKey)}`);
    lines.push(`    per key (median of runs): ${c.perKey.map((k) => `${k.key} ${ms(k.median)} (${ms(k.min)}–${ms(k.max)})`).join(', ')}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { execSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { chromium } = await import('playwright-core');
  const { chromeArgs, findChrome } = await import('../scripts/chrome.mjs');
  const { serve } = await import('../scripts/serve.mjs');
  // Always measures a fresh build (a dist/ left from an older checkout measured old code once); --no-build skips it.
  if (!existsSync('dist/immuno-widgets.js') || !process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'inherit' });
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const { server, url } = await serve();
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${url}/bench/pages/lab.html`);
  await page.waitForFunction(() => window.lab && window.lab.ready);
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const faq = only === 'search' ? undefined : await measureFaq(page, runs);
  const search = only === 'faq' ? undefined : await measureSearch(page, runs);
  const withCpu = process.argv.includes('--cpu');
  const cpu = withCpu && only !== 'search' ? await measureFaqCpu(browser, page, runs) : undefined;
  const searchCpu = withCpu && only !== 'faq' ? await measureSearchCpu(browser, page, runs) : undefined;
  const searchLater = withCpu && only !== 'faq' ? await measureSearchCpu(browser, page, runs, undefined, undefined, SEARCH_PAUSE_MS) : undefined;
  await browser.close();
  server.close();
  console.log(`${runs} runs, median (min–max)`);
  console.log(speedReport(faq, search, searchCpu, searchLater).join('\n'));
  if (cpu)
    for (const [n, row] of Object.entries(cpu))
      console.log(`  FAQ, ${n} questions, main-thread CPU time: ${Object.entries(row).map(([k, v]) => `${k} ${v.cpuMs.toFixed(1)} ms (${v.ratio.toFixed(2)}×)`).join(', ')}`);
  const broken = speedBroken(faq, search, undefined, cpu, searchCpu);
  if (broken.length) {
    console.error(`Budgets broken:\n  - ${broken.join('\n  - ')}`);
    process.exit(1);
  }
}
