// Each widget kind's start-up task on the CMS-like page (bench/cms-page.mjs), two builds interleaved run by run, by CPU
// (thread time of a CDP trace with Lighthouse's stack category): node bench/ab-cms-tasks.mjs <dirA> <dirB> [pairs].
// Each dir is a checkout (or a folder with bench/, test/ and dist/) with dist/ built. A kind's task is the one holding
// its customElements.define (upgrading in turn: one kind per task, in page order); '+frame' is the next task of 3 ms
// or more of wall time. Each build's page is written by its own snippet renderer. Prints medians, ranges and paired
// differences (B − A).
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { cmsPage } from './cms-page.mjs';
import { cmsTaskCpu } from './cms-tasks.mjs';
const [dirA, dirB, pairsArg] = process.argv.slice(2);
const pairs = Number(pairsArg ?? 4);
// Each build with the snippets its own renderer writes (the sign and the pre-upgrade rules go with the bundle).
const mk = (root) => {
  const html = cmsPage(undefined, root);
  return serve({ root, compress: true, routes: { '/bench/cms/': (req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }); res.end(html); } } });
};
const servers = [await mk(dirA), await mk(dirB)];
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const once = (i) => cmsTaskCpu(browser, `${servers[i].url}/bench/cms/`);
const res = [[], []];
for (let k = 0; k < pairs; k++) for (const i of k % 2 ? [1, 0] : [0, 1]) res[i].push(await once(i));
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const keys = Object.keys(res[0][0]);
for (const key of keys) {
  const a = res[0].map((r) => r[key] ?? NaN), b = res[1].map((r) => r[key] ?? NaN);
  const d = a.map((x, j) => b[j] - x);
  console.log(`${key.padEnd(16)} A ${med(a).toFixed(1)} (${Math.min(...a).toFixed(1)}–${Math.max(...a).toFixed(1)})  B ${med(b).toFixed(1)} (${Math.min(...b).toFixed(1)}–${Math.max(...b).toFixed(1)})  paired ${med(d).toFixed(1)} (${Math.min(...d).toFixed(1)} to ${Math.max(...d).toFixed(1)}), B lower in ${d.filter((x) => x < 0).length}/${d.length}`);
}
await browser.close(); for (const s of servers) s.server.close();
