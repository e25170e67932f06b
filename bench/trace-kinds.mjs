// Shared by the trace-based benches (trace-startup, trace-faq, ab-search-cpu, ab-faq-cpu): what a main-thread trace
// event's own CPU time counts as, and opening the lab page once per build.

/** Trace categories that give each main-thread task's events down to style, layout, script and compile. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'toplevel'];

/**
 * What a trace event's own time counts as, by its name (Chromium's trace event names, as of Chromium 156): `gc`,
 * `compile`, `parseHTML`, `layout`, `style`, `paint`, `script` or `other`.
 */
export function traceKind(name) {
  if (/GC|BlinkGC/.test(name)) return 'gc';
  if (/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produce|V8\.CompileLazy|v8\.parseOnBackground)/.test(name)) return 'compile';
  if (name === 'ParseHTML' || name.startsWith('HTMLDocumentParser') || name === 'HTMLParserScriptRunner::executeScriptsWaitingForParsing') return 'parseHTML';
  if (/Layout$|performLayout|^Layout|ShapeText|^InlineNode|^NG|LayoutBlock|LayoutView/.test(name) && !/UpdateLayoutTree|rebuildLayoutTree|StyleAndLayout/.test(name)) return 'layout';
  if (/UpdateLayoutTree|rebuildLayoutTree|[rR]ecalc[Ss]tyle|updateStyle|updateActiveStyle|StyleSheet|RuleSet|StyleEngine|StyleElement|Style\.|SelectorQuery|updateMixins|SlotAssignment/.test(name)) return 'style';
  if (/Paint|Layerize|Composit|CullRect|Commit|UpdateLifecycle|BeginMainFrame|HitTest|Lifecycle/.test(name)) return 'paint';
  if (/^(v8\.|V8\.|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|CustomElement|HTMLConstructor|AsyncTask)/.test(name)) return 'script';
  return 'other';
}

/** Opens `bench/pages/lab.html` from each server (`scripts/serve.mjs`) in a page of its own and waits for the lab. */
export async function openLabPages(browser, servers) {
  const pages = [];
  for (const s of servers) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${s.url}/bench/pages/lab.html`);
    await page.waitForFunction(() => window.lab && window.lab.ready);
    pages.push(page);
  }
  return pages;
}
