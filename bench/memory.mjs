// Memory after creating and removing widgets (issue 20, point 8), for `npm run bench` or on its own:
//   node bench/memory.mjs [instances]
// For each widget, in a fresh page that has loaded dist/immuno-widgets.js: 200 instances are created with the
// built-in content, rendered and removed once first (Lit's template cache, the styles, the Intl formatters, the
// strings and V8's compiled code and type feedback for the widget are made once per page, on purpose: measured,
// that first round adds about 150 KB whether it has 50 or 200 instances, and later rounds add next to nothing, so
// it is the start, not a leak; its figure is reported as `firstRound`); then, after a forced garbage collection
// (CDP HeapProfiler.collectGarbage), the start is read; 200 instances are created, rendered and removed again;
// after another forced collection the end is read. Read each time: the JS heap in use
// (Performance.getMetrics), DOM nodes and JS event listeners of the page (Memory.getDOMCounters), the listeners on
// window and document (DOMDebugger.getEventListeners), and how many of the removed elements are still alive
// (each held by a WeakRef only). Budget: heap within 5 % of the start, nodes and window/document listeners back to
// the start, no removed element alive.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { neverIdle } from './never-idle.mjs';

export const memoryBudgets = { heapGrowth: 0.05 };

const { widgets } = await tsImport('../src/widgets.ts', import.meta.url);

/** Each widget is measured plain, and with every option that makes it register something outside itself. */
export const variants = {
  plain: {},
  // footer="shared": the page-wide set of sharing footers; content="#id": an observer on a script that stays in the
  // page; lang="es": a locale file loaded once; id: the URL-fragment listener on window.
  options: { footer: 'shared', content: '#pack', lang: 'es' },
};
/**
 * The variants measured on a page that never goes idle while it is measured (idle callbacks wait, as on a page kept
 * busy): work a widget left for idle time must not hold it after removal. The explorer's idle warm-up of its search
 * index once did (a callback sharing a method's closure, which holds `this`), seen once as 72 of 200 alive.
 */
export const busyVariants = ['options'];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>memory</title>
<script type="module" src="/dist/immuno-widgets.js"></script></head><body><main id="box"></main>
<script type="application/json" id="pack">${readFileSync('dist/content/en.json', 'utf8').replace(/</g, '\\u003c')}</script>
</body></html>`;

async function counters(cdp, page) {
  // Several collections: the first may leave objects that only die once their finalizers ran.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const dom = await cdp.send('Memory.getDOMCounters');
  const listenersOn = async (expr) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners.length;
  };
  return {
    heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value,
    nodes: dom.nodes,
    jsListeners: dom.jsEventListeners,
    globalListeners: (await listenersOn('window')) + (await listenersOn('document')),
    alive: await page.evaluate(() => (window.__refs ?? []).filter((r) => r.deref()).length),
  };
}

/** Per widget: counters at the start and after `instances` were created, rendered and removed. */
export async function measureMemory({ instances = 200, browser: given, busy = false } = {}) {
  const { server, url } = await serve({ routes: { '/bench/memory/': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE) } });
  const browser = given ?? (await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true }));
  const out = { instances, widgets: {}, broken: [] };
  try {
    for (const [variant, attrs, busyPage] of [...Object.entries(variants).map(([v, a]) => [v, a, busy]), ...(busy ? [] : busyVariants.map((v) => [`${v}, never idle`, variants[v], true]))])
    for (const w of widgets) {
      const context = await browser.newContext();
      // --busy: a page that never goes idle while it is measured (idle callbacks wait; cancelling one drops it).
      if (busyPage)
        await context.addInitScript(neverIdle);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`memory, ${w.tag}: page error: ${e.message}`));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${url}/bench/memory/`);
      const cycle = (n) =>
        page.evaluate(
          async ([tag, n, attrs]) => {
            await customElements.whenDefined(tag);
            const box = document.getElementById('box');
            const els = Array.from({ length: n }, (_, i) => {
              const e = document.createElement(tag);
              for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
              if (Object.keys(attrs).length) e.id = `w${i}`;
              return e;
            });
            box.append(...els);
            await Promise.all(els.map((e) => e.updateComplete));
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            window.__refs = els.map((e) => new WeakRef(e));
            for (const e of els) e.remove();
            // Let disconnect work and any timers the widgets started run out.
            await new Promise((r) => setTimeout(r, 50));
          },
          [w.tag, n, attrs],
        );
      const blank = await counters(cdp, page);
      await cycle(instances);
      await page.evaluate(() => (window.__refs = []));
      const start = await counters(cdp, page);
      await page.evaluate(() => (window.__refs = []));
      await cycle(instances);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
      const end = await counters(cdp, page);
      const row = { blank, start, end, heapGrowth: (end.heap - start.heap) / start.heap, firstRound: (start.heap - blank.heap) / blank.heap };
      out.widgets[`${w.name}${variant === 'plain' ? '' : ` (${variant})`}`] = row;
      const name = `<${w.tag}>${variant === 'plain' ? '' : ` with ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}`}${busyPage ? ' on a page never idle' : ''}`;
      if (row.heapGrowth > memoryBudgets.heapGrowth)
        out.broken.push(`${name}: JS heap ${(row.heapGrowth * 100).toFixed(1)} % above the start after ${instances} were created and removed (goal ≤ 5 %)`);
      if (end.alive) out.broken.push(`${name}: ${end.alive} of ${instances} removed elements are still alive after garbage collection`);
      if (end.nodes > start.nodes) out.broken.push(`${name}: ${end.nodes - start.nodes} DOM nodes more than at the start`);
      if (end.globalListeners > start.globalListeners)
        out.broken.push(`${name}: ${end.globalListeners - start.globalListeners} window/document listeners more than at the start`);
      await context.close();
    }
  } finally {
    if (!given) await browser.close();
    server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureMemory({ instances: Number(process.argv[2] ?? 200), busy: process.argv.includes('--busy') });
  for (const [name, { start, end, heapGrowth }] of Object.entries(r.widgets))
    console.log(
      `${name.padEnd(22)} heap ${(start.heap / 1048576).toFixed(2)} → ${(end.heap / 1048576).toFixed(2)} MB (${(heapGrowth * 100).toFixed(1)} %), ` +
        `nodes ${start.nodes} → ${end.nodes}, JS listeners ${start.jsListeners} → ${end.jsListeners}, window/document ${start.globalListeners} → ${end.globalListeners}, alive ${end.alive}`,
    );
  if (r.broken.length) console.log(`broken:\n  ${r.broken.join('\n  ')}`);
}
