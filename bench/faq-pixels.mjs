// Do two builds draw the FAQ the same, pixel for pixel? For layout changes meant to be invisible (issue 20).
//   node bench/faq-pixels.mjs <rootA> <rootB> [engines=chromium,firefox,webkit]
// Each root holds dist/ (built) and bench/pages/lab.html. In each engine, both builds render the same FAQ (two
// English or Hindi questions and one with a 45-letter word; the second open, at 200 % text the third with its
// one-word answer; no footer) at 320, 390 and 1000 px, left to right and right to left, at 100 % and 200 % text, plus
// 125 % English and 110 % Spanish, and in Chromium also in its forced-colours emulation; the element screenshots are
// compared byte for byte (pngjs). A is shot twice: where its two shots differ, the case is reported as unstable, not
// compared. WebKitGTK's element screenshots of a tall element (200 % text in a phone-wide column) differ shot to shot
// in faint text antialiasing below 1,024 px, the same build against itself, so a WebKit difference there may be that
// too: look at the images. Prints each pair that differs (both images are written to .tmp/faq-pixels/) and exits
// with 1 if any does.
import fs from 'node:fs';
import pngjs from 'pngjs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { puppeteerLaunchOptions, startWebKitDriver, webkitCapabilities } from '../scripts/browsers.mjs';
import { serve } from '../scripts/serve.mjs';

const [rootA, rootB, enginesArg] = process.argv.slice(2);
if (!rootB) throw new Error('usage: node bench/faq-pixels.mjs <rootA> <rootB> [engines]');
const out = '.tmp/faq-pixels';
fs.mkdirSync(out, { recursive: true });

/** Runs in the page: renders the FAQ for `cfg` in a box of its width, resolves once drawn. */
async function showFaq({ width, dir, scale, lang, open }) {
  const pack = await (await fetch(`/dist/content/${lang}.json`)).json();
  const items = pack.faq.items.slice(0, 2);
  items.push({ id: 'long', question: 'Pneumonoultramicroscopicsilicovolcanoconiosis immunotherapy question?', answer: 'Short.' });
  items[open] = { ...items[open], open: true };
  document.body.style.margin = '0';
  const host = document.createElement('div');
  host.id = 'host';
  Object.assign(host, { dir, lang });
  host.style.cssText = `width:${width}px;font-size:${16 * scale}px`;
  host.innerHTML = '<style>#host immuno-faq::part(footer) { display: none }</style>';
  const el = document.createElement('immuno-faq');
  el.style.setProperty('--immuno-duration', '0s');
  el.content = { meta: pack.meta, faq: { ...pack.faq, items } };
  host.append(el);
  document.body.replaceChildren(host);
  await el.updateComplete;
  // Settled: a language's UI strings arrive after the first render (Hindi showed English buttons for a moment).
  for (let last = '', same = 0; same < 3; ) {
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const now = el.shadowRoot.innerHTML;
    same = now === last ? same + 1 : 0;
    last = now;
  }
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const configs = [];
for (const width of [320, 390, 1000])
  for (const dir of ['ltr', 'rtl']) for (const scale of [1, 2]) for (const lang of ['en', 'hi']) configs.push({ width, dir, scale, lang, open: scale > 1 ? 2 : 1 });
configs.push({ width: 390, dir: 'ltr', scale: 1.25, lang: 'en', open: 0 }, { width: 390, dir: 'ltr', scale: 1.1, lang: 'es', open: 2 });
const forced = configs.filter((c) => c.lang === 'en' && c.scale === 1).map((c) => ({ ...c, forced: true }));

const servers = [await serve({ root: rootA }), await serve({ root: rootB })];
const { PNG } = pngjs;
const differing = (a, b) => {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return `size ${x.width}×${x.height} against ${y.width}×${y.height}`;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) if (x.data.readUInt32BE(i) !== y.data.readUInt32BE(i)) n++;
  return n ? `${n} pixels` : '';
};
let same = 0;
let bad = 0;
let unstable = 0;
for (const engine of (enginesArg ?? 'chromium,firefox,webkit').split(',')) {
  let shot;
  let close;
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    const b = await remote({ hostname: driver.hostname, port: driver.port, logLevel: 'error', capabilities: webkitCapabilities() });
    shot = async (url, cfg) => {
      await b.url(`${url}/bench/pages/lab.html`);
      await b.waitUntil(() => b.execute(() => Boolean(window.lab && window.lab.ready)), { timeout: 30000 });
      await b.execute(`window.showFaq = ${showFaq}`);
      await b.executeAsync((cfg, done) => window.showFaq(cfg).then(() => done()), cfg);
        return Buffer.from(await b.takeElementScreenshot((await b.$('#host')).elementId), 'base64');
    };
    close = async () => {
      await b.deleteSession();
      await driver.stop();
    };
  } else {
    const browser = await puppeteer.launch(puppeteerLaunchOptions(engine));
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    shot = async (url, cfg) => {
      await page.goto(`${url}/bench/pages/lab.html`);
      await page.waitForFunction(() => Boolean(window.lab && window.lab.ready));
      if (engine === 'chromium') {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: cfg.forced ? 'active' : 'none' }] });
      }
      await page.evaluate(`window.showFaq = ${showFaq}`);
      await page.evaluate((cfg) => window.showFaq(cfg), cfg);
      return Buffer.from(await (await page.$('#host')).screenshot());
    };
    close = () => browser.close();
  }
  for (const cfg of engine === 'chromium' ? [...configs, ...forced] : configs) {
    const [a, b, again] = [await shot(servers[0].url, cfg), await shot(servers[1].url, cfg), await shot(servers[0].url, cfg)];
    if (differing(a, again)) {
      unstable++;
      console.log(`${engine} ${JSON.stringify(cfg)}: unstable (A against A: ${differing(a, again)})`);
      continue;
    }
    const d = differing(a, b);
    if (!d) {
      same++;
      continue;
    }
    bad++;
    const name = `${engine}-${cfg.width}-${cfg.dir}-${cfg.scale}-${cfg.lang}${cfg.forced ? '-forced' : ''}`;
    fs.writeFileSync(`${out}/${name}-A.png`, a);
    fs.writeFileSync(`${out}/${name}-B.png`, b);
    console.log(`${engine} ${JSON.stringify(cfg)}: ${d}`);
  }
  await close();
  console.log(`${engine}: done`);
}
for (const s of servers) s.server.close();
console.log(`${same} of ${same + bad} compared identical; ${unstable} unstable, not compared`);
process.exit(bad ? 1 : 0);
