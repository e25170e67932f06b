// A/B of the demo's first checklist tick for two builds: node bench/ab-first-tick.mjs <dirA> <dirB> [pairs]. Each dir
// is a checkout with dist/ built. In a fresh browser context per load, after start-up and 300 ms, the wall time from
// the first checkbox's click to the checklist's updateComplete (the click's own task: a page's first Intl formatter
// made there shows as tens of ms); interleaved pair by pair, alternating which build goes first.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
const [dirA, dirB, pairsArg] = process.argv.slice(2);
const pairs = Number(pairsArg ?? 8);
const servers = [await serve({ root: dirA }), await serve({ root: dirB })];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const out = [[], []];
async function once(i) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${servers[i].url}/demo/`, { waitUntil: 'load' });
  const r = await page.evaluate(async () => {
    const el = document.querySelector('immuno-side-effect-checklist');
    await customElements.whenDefined('immuno-side-effect-checklist');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const box = el.shadowRoot.querySelector('input[type=checkbox]');
    const t0 = performance.now();
    box.click();
    await el.updateComplete;
    return performance.now() - t0;
  });
  out[i].push(r);
  await context.close();
}
for (let k = 0; k < pairs; k++) for (const i of k % 2 ? [1, 0] : [0, 1]) await once(i);
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
console.log('A', out[0].map((x) => x.toFixed(1)).join(' '), 'median', med(out[0]).toFixed(1));
console.log('B', out[1].map((x) => x.toFixed(1)).join(' '), 'median', med(out[1]).toFixed(1));
console.log('paired B-A median', med(out[0].map((a, k) => out[1][k] - a)).toFixed(1));
await browser.close();
for (const s of servers) s.server.close();
