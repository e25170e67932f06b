// Bounds for the FAQ's layout (issue 20): which of its CSS costs what, with no build per guess.
//   node bench/faq-css-bounds.mjs <variants.json> [rounds=60] [n=500] [--dir=<root with dist/ and bench/pages/>]
// variants.json maps a name to CSS added to each FAQ's shadow root (an adopted sheet, before its first render), the
// first entry being the reference, e.g. { "as built": "", "no toggle": ".toggle { display: none }" }. One page renders
// n questions with each variant in shuffled order per round (the same content, script and sheet count for all), each
// timed to the end of the update and a forced layout. Prints per variant the minimum, the first quartile and the
// median wall time, the minimum and quartile over the reference's, and the median of per-round ratios.
// Wall time, not CPU: on a loaded machine read the minimum and the quartile (least disturbed renders), and only
// differences that repeat across sessions. A bound (a rule that is not an option, like display: none) says how much
// a thing costs at most; an equivalent rule must then be checked for identical pixels (bench/faq-pixels.mjs).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const args = process.argv.slice(2);
const [file, roundsArg, nArg] = args.filter((a) => !a.startsWith('--'));
const root = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? '.';
if (!file) throw new Error('usage: node bench/faq-css-bounds.mjs <variants.json> [rounds] [n] [--dir=root]');
const variants = JSON.parse(fs.readFileSync(file, 'utf8'));
const { server, url } = await serve({ root });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const page = await browser.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${url}/bench/pages/lab.html`);
await page.waitForFunction(() => window.lab && window.lab.ready);
const times = await page.evaluate(
  async ([variants, rounds, n]) => {
    const en = await (await fetch('/dist/content/en.json')).json();
    // As bench/pages/lab.js builds its FAQ pack: the English questions repeated, numbered.
    const items = Array.from({ length: n }, (_, i) => {
      const q = structuredClone(en.faq.items[i % en.faq.items.length]);
      return { ...q, id: `${q.id ?? 'item'}-${i}`, question: `${q.question} (${i})` };
    });
    const sheets = Object.fromEntries(
      Object.entries(variants).map(([k, css]) => {
        const s = new CSSStyleSheet();
        s.replaceSync(css);
        return [k, s];
      }),
    );
    async function render(k) {
      document.body.replaceChildren();
      const content = { meta: en.meta, faq: { ...en.faq, items } };
      await new Promise((r) => setTimeout(r, 0));
      const t0 = performance.now();
      const el = document.createElement('immuno-faq');
      el.content = content;
      document.body.append(el);
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheets[k]];
      await el.updateComplete;
      document.body.getBoundingClientRect();
      return performance.now() - t0;
    }
    const keys = Object.keys(variants);
    for (const k of keys) for (let w = 0; w < 2; w++) await render(k);
    const t = Object.fromEntries(keys.map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) for (const k of [...keys].sort(() => Math.random() - 0.5)) t[k].push(await render(k));
    return t;
  },
  [variants, Number(roundsArg ?? 60), Number(nArg ?? 500)],
);
await browser.close();
server.close();

const at = (a, q) => [...a].sort((x, y) => x - y)[Math.floor((a.length - 1) * q)];
const keys = Object.keys(times);
const ref = times[keys[0]];
for (const k of keys) {
  const t = times[k];
  const paired = at(t.map((x, i) => x / ref[i]), 0.5);
  console.log(
    `${k.padEnd(24)} min ${Math.min(...t).toFixed(1)}  q1 ${at(t, 0.25).toFixed(1)}  median ${at(t, 0.5).toFixed(1)} ms;  ` +
      `÷ reference: min ${(Math.min(...t) / Math.min(...ref)).toFixed(2)}  q1 ${(at(t, 0.25) / at(ref, 0.25)).toFixed(2)}  paired ${paired.toFixed(2)}`,
  );
}
