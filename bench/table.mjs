// The one table `npm run bench` ends with: every budget, its median and min–max over the runs, the budget, and
// whether it is met. Built from bench/results.json's shape; a figure that was not measured this run (skipped with
// --no-lighthouse, or failed) shows as "not measured" and does not count as met.
//
// Adding a budget: add a row in `budgetRows` (what, the figure's stats or single value, how to print it, the
// budget, and whether lower or higher is better).

const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (b) => `${(b / 1024).toFixed(2)} KB`;
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const plain = (d) => (x) => x.toFixed(d);

/** `stats` is `{ median, min, max }` or a single number (a figure that does not vary: sizes). */
function row(what, stats, format, budget, better = 'lower') {
  if (stats === undefined || stats === null) return { what, figure: 'not measured', range: '', budget: `${better === 'lower' ? '≤' : '≥'} ${format(budget)}`, ok: false };
  const s = typeof stats === 'number' ? { median: stats } : stats;
  const ok = better === 'lower' ? s.median <= budget : s.median >= budget;
  return {
    what,
    figure: format(s.median),
    range: s.min === undefined ? '' : `${format(s.min)}–${format(s.max)}`,
    budget: `${better === 'lower' ? '≤' : '≥'} ${format(budget)}`,
    ok,
  };
}

/** Every budget as a row, from the benchmark's results. */
export function budgetRows(r) {
  const rows = [];
  for (const s of r.size ?? []) rows.push(row(`size, brotli: ${s.name}`, s.brotli, kb, s.budget));
  for (const n of [500, 50]) {
    const f = r.faqVsNative?.[n];
    if (!f) continue;
    const c = r.faqVsNativeCpu?.[n];
    const wall = { median: f.immuno.ratio, min: f.immuno.min / f.native.max, max: f.immuno.max / f.native.min };
    const x2 = (x) => `${x.toFixed(2)}×`;
    // Judged by CPU time when it was measured; the wall-time ratio is then shown for information.
    if (c) rows.push(row(`<immuno-faq> ${n} questions ÷ native <details>, CPU time`, { median: c.immuno.ratio, min: c.immuno.ratioMin, max: c.immuno.ratioMax }, x2, r.budgets[`faqNativeRatio${n}`]));
    rows.push(c ? { ...row(`… wall time (for information)`, wall, x2, r.budgets[`faqNativeRatio${n}`]), budget: '', info: true } : row(`<immuno-faq> ${n} questions ÷ native <details>`, wall, x2, r.budgets[`faqNativeRatio${n}`]));
  }
  const search = r.searchKeystroke1000;
  const searchCpu = r.searchKeystroke1000Cpu;
  // Judged by CPU time when it was measured, as the FAQ is; the wall times are then shown for information.
  if (searchCpu) {
    rows.push(row('explorer search, per keystroke, 1,000 types, CPU time', searchCpu.all, ms, r.budgets.searchKeystrokeMedianMs));
    rows.push(row('explorer search, slowest key (its median), CPU time', searchCpu.worstKey, ms, r.budgets.searchWorstKeyMs));
  }
  const later = r.searchKeystroke1000Later;
  if (later)
    rows.push({ ...row(`… slowest key with the marks it left for later, keys ${later.pauseMs} ms apart (for information)`, later.worstKey, ms, r.budgets.searchWorstKeyMs), budget: '', info: true });
  const info = (x) => (searchCpu ? { ...x, budget: '', info: true } : x);
  rows.push(info(row(`explorer search, per keystroke, 1,000 types${searchCpu ? ', wall time' : ''}`, search?.all, ms, r.budgets.searchKeystrokeMedianMs)));
  rows.push(info(row(`explorer search, slowest key (its median)${searchCpu ? ', wall time' : ''}`, search?.worstKey, ms, r.budgets.searchWorstKeyMs)));
  for (const [k, g] of Object.entries(r.growth ?? {}))
    rows.push(row(`growth ${k}, render CPU time ∝ n^k, 100 → 1,000 items`, g.exponentStats ?? g.exponent, plain(2), r.budgets.growthExponent));
  for (const [k, m] of Object.entries(r.memory?.widgets ?? {})) {
    rows.push(row(`memory ${k}: JS heap after 200 made and removed`, m.heapGrowthStats ?? m.heapGrowth, pct, r.budgets.memoryHeapGrowth));
    rows.push(row(`memory ${k}: removed widgets still alive`, m.end.alive, plain(0), 0));
  }
  const l = r.lighthouse;
  const lh = (page, k) => (l && !l.error ? l[page]?.[k] : undefined);
  for (const [k, name] of [['performance', 'performance'], ['accessibility', 'accessibility'], ['bestPractices', 'best practices'], ['seo', 'SEO']])
    rows.push(row(`Lighthouse mobile, demo page: ${name}`, lh('demo', k), (x) => (Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1)), r.budgets.lighthouseScore, 'higher'));
  rows.push(row('Lighthouse mobile, CMS-like page: CLS', lh('cms', 'cls'), plain(3), r.budgets.cmsCls));
  rows.push(row('Lighthouse mobile, CMS-like page: TBT', lh('cms', 'tbtMs'), (x) => `${x.toFixed(0)} ms`, r.budgets.cmsTbtMs));
  // Lighthouse simulates from wall times, which a shared machine moves by several times; the same tasks' CPU × 4
  // (Lighthouse's default slowdown) is steadier, and shown for information (bench/cms-tasks.mjs).
  if (r.cmsCpu) rows.push({ ...row('… estimated from main-thread CPU × 4 (for information)', r.cmsCpu.tbt4, (x) => `${x.toFixed(0)} ms`, r.budgets.cmsTbtMs), budget: '', info: true });
  return rows;
}

/** The table as text lines. */
export function formatTable(rows) {
  const head = { what: 'budget', figure: 'median', range: 'min–max', budget: 'goal', ok: '' };
  const w = (k) => Math.max(...[head, ...rows].map((x) => String(x[k]).length));
  const line = (x, status) => `  ${x.what.padEnd(w('what'))}  ${x.figure.padStart(w('figure'))}  ${x.range.padEnd(w('range'))}  ${x.budget.padEnd(w('budget'))}  ${status}`;
  return [line(head, ''), `  ${'─'.repeat(w('what') + w('figure') + w('range') + w('budget') + 14)}`, ...rows.map((x) => line(x, x.info ? '' : x.ok ? 'ok' : x.figure === 'not measured' ? '—' : 'BROKEN'))];
}
