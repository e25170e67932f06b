// The searchable FAQ's time per key, wall time, for information (no budget of its own in issue 20):
//   node bench/faq-search.mjs [words] [--n=500] [--runs=5]        (from a checkout with a built dist/)
// Each word (comma-separated, default "immune,side,a") is typed a key at a time into a fresh `<immuno-faq searchable>`
// of n questions cloned from the English pack (every question closed), each key timed to the end of its update and a
// forced layout; prints each key's median over the runs. Run it in two checkouts, alternating, to compare builds
// (docs/performance.md, "FAQ search: marks only where they are seen").
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { stats } from './speed.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const words = (args.find((a) => !a.startsWith('--')) ?? 'immune,side,a').split(',');
const n = Number(opt('n', 500));
const runs = Number(opt('runs', 5));

const { server, url } = await serve();
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const page = await browser.newPage();
await page.goto(`${url}/bench/pages/lab.html`);
await page.waitForFunction(() => window.lab && window.lab.ready);
console.log(`<immuno-faq searchable>, ${n} questions, wall ms per key (median of ${runs} runs)`);
for (const word of words) {
  const byKey = [...word].map(() => []);
  for (let run = 0; run < runs; run++) {
    const times = await page.evaluate(
      async ([word, n]) => {
        await window.lab.renderWidget('faq', n);
        const el = document.querySelector('immuno-faq');
        el.searchable = true;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        const input = el.shadowRoot.querySelector('input[type="search"]');
        const out = [];
        for (const ch of word) {
          const t0 = performance.now();
          input.value += ch;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch }));
          await el.updateComplete;
          el.getBoundingClientRect();
          el.shadowRoot.querySelector('.list')?.getBoundingClientRect();
          out.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 0));
        }
        return out;
      },
      [word, n],
    );
    times.forEach((t, k) => byKey[k].push(t));
  }
  console.log(`  ${word.padEnd(10)} ${byKey.map((xs, k) => `${word.slice(0, k + 1)} ${stats(xs).median.toFixed(1)}`).join(', ')}`);
}
await browser.close();
server.close();
