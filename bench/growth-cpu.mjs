// Growth by main-thread CPU time (issue 20, point 8): node bench/growth-cpu.mjs [kind] [pairs] [width]
// kind: faq | steps | symptoms | therapies (default steps). Renders the widget with 100 and with 1,000 items in the
// lab page (bench/pages/lab.js, the same render `npm run bench` times), `pairs` times each, alternating which size
// goes first, and reads from a Chrome DevTools Protocol trace the thread time (CPU) from just before the element is
// created to after its layout, and the CPU of that layout alone. Wall time on a shared machine counts the time the
// page waited for a core, which grows with the work's length (a longer render is descheduled more often), so the
// wall-clock exponent drifts upward under load; thread time does not count the waiting. Prints the medians and
// minima at each size and the exponent k in time ∝ n^k from each.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const [kind = 'steps', pairsArg = '10', widthArg = '1280'] = process.argv.slice(2);
const pairs = Number(pairsArg);
const { server, url } = await serve();
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const page = await browser.newPage({ viewport: { width: Number(widthArg), height: 720 } });
await page.goto(`${url}/bench/pages/lab.html`);
await page.waitForFunction(() => window.lab && window.lab.ready);
await page.evaluate((k) => window.lab.renderWidget(k, 10), kind); // warm-up: templates, styles, Intl
const runs = { 100: [], 1000: [] };
for (let i = 0; i < pairs; i++)
  for (const n of i % 2 ? [1000, 100] : [100, 1000]) {
    await page.evaluate(() => window.lab.clear());
    await browser.startTracing(page, { categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const wall = await page.evaluate(
      async ([k, n]) => {
        performance.mark('growth:start');
        const ms = await window.lab.renderWidget(k, n);
        performance.mark('growth:end');
        return ms;
      },
      [kind, n],
    );
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const start = events.find((e) => e.name === 'growth:start');
    const end = events.find((e) => e.name === 'growth:end');
    const layout = events
      .filter((e) => e.pid === start.pid && e.tid === start.tid && e.name === 'Layout' && e.ts >= start.ts && e.ts <= end.ts)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
    runs[n].push({ wall, cpu: (end.tts - start.tts) / 1000, layout });
  }
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const k = (a, b) => Math.log(b / a) / Math.LN10;
for (const f of ['cpu', 'layout', 'wall']) {
  const a = runs[100].map((r) => r[f]);
  const b = runs[1000].map((r) => r[f]);
  const [ma, mb, na, nb] = [median(a), median(b), Math.min(...a), Math.min(...b)];
  console.log(
    `${kind} ${f.padEnd(6)} 100: ${ma.toFixed(1)} ms (min ${na.toFixed(1)})  1,000: ${mb.toFixed(1)} ms (min ${nb.toFixed(1)})  ` +
      `k from medians ${k(ma, mb).toFixed(2)}, from minima ${k(na, nb).toFixed(2)}`,
  );
}
