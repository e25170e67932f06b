// A/B start-up of the demo page for two builds of the project, interleaved run by run so that the load of a shared
// machine falls on both alike: node bench/ab-startup.mjs <dirA> <dirB> [pairs]. Each dir is a checkout with
// dist/ built. Measures what `npm run bench` measures for start-up (bundle start → four widgets updated, and → their
// first frame) plus the page's style + layout time (Chrome DevTools Protocol Performance metrics).
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const [dirA, dirB, pairsArg] = process.argv.slice(2);
const pairs = Number(pairsArg ?? 20);
const servers = [await serve({ root: dirA }), await serve({ root: dirB })];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const out = [[], []];
async function once(i) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${servers[i].url}/demo/`, { waitUntil: 'load' });
  const [ready, frame] = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('immuno-therapy-explorer, immuno-how-it-works, immuno-side-effect-checklist, immuno-faq')];
    await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(els.map((e) => e.updateComplete));
    const end = performance.now();
    const start = performance.getEntriesByName('immuno-widgets:start')[0]?.startTime ?? NaN;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return [end - start, performance.now() - start];
  });
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  out[i].push({ ready, frame, styleLayout: (m.RecalcStyleDuration + m.LayoutDuration) * 1000 });
  await context.close();
}
for (let k = 0; k < pairs; k++) {
  // Alternate which goes first, so neither always gets the warmer or the colder moment.
  const order = k % 2 ? [1, 0] : [0, 1];
  for (const i of order) await once(i);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const diffs = (key) => out[0].map((a, k) => out[1][k][key] - a[key]);
for (const key of ['ready', 'frame', 'styleLayout'])
  console.log(
    `${key.padEnd(12)} A ${median(out[0].map((x) => x[key])).toFixed(1)} ms   B ${median(out[1].map((x) => x[key])).toFixed(1)} ms   ` +
      `median of paired differences (B − A) ${median(diffs(key)).toFixed(1)} ms`,
  );
await browser.close();
for (const s of servers) s.server.close();
