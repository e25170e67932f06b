// Screenshots of the demo page, for people to look at and compare: .tmp/shots/*.png
//   <selector or "demo">-<engine>-<width>.png   the demo at 390 px (a phone) and 1000 px, in
//                                                Chromium, Firefox and WebKit
//   …-chromium-320/600/1000-forced/600-rtl.png  extra Chromium variants (forced colours
//                                                needs the DevTools protocol)
// Usage: npm run screenshots [-- selector] [-- chromium|firefox|webkit …]   (builds if dist/ is missing)
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { engineLabel, engines, selectedEngines } from './browsers.mjs';
import { openBrowser } from './drive.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const engineArgs = args.filter((a) => engines.includes(a.toLowerCase()));
const selector = args.find((a) => !engineArgs.includes(a));
const chosen = selectedEngines(engineArgs.join(',') || undefined);
// Every widget's tag, from the registry (TypeScript, data only; tsx loads it).
const { widgets } = await tsImport('../src/widgets.ts', import.meta.url);
const tags = widgets.map((w) => w.tag).join(', ');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!existsSync('dist/immuno-widgets.js')) execSync('npm run build --silent', { stdio: 'inherit' });
mkdirSync('.tmp/shots', { recursive: true });
const { server, url } = await serve();
const everywhere = [
  { name: '390', width: 390 },
  { name: '1000', width: 1000 },
];
const chromiumOnly = [
  { name: '320', width: 320 },
  { name: '600', width: 600 },
  { name: '1000-forced', width: 1000, forcedColors: 'active' },
  { name: '600-rtl', width: 600, rtl: true },
];
const written = [];
for (const engine of chosen) {
  const browser = await openBrowser(engine);
  try {
    for (const v of engine === 'chromium' ? [...everywhere, ...chromiumOnly] : everywhere) {
      const page = await browser.newPage({ width: v.width, height: 900 });
      try {
        if (v.forcedColors) {
          // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol takes it.
          const cdp = await page.raw.createCDPSession();
          await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: v.forcedColors }] });
        }
        await page.goto(`${url}/demo/`);
        if (v.rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
        await page.waitFor((tags) => [...document.querySelectorAll(tags)].every((e) => e.shadowRoot?.childElementCount), tags, { what: 'the widgets' });
        await sleep(200);
        // Scroll through (or to the element), so far-below-the-fold widgets render as a reader would see them.
        await page.evaluate(async (selector) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          if (selector) document.querySelector(selector)?.scrollIntoView();
          else {
            for (let y = 0; y < document.body.scrollHeight; y += 600) {
              scrollTo(0, y);
              await frame();
            }
            scrollTo(0, 0);
          }
          await frame();
        }, selector ?? null);
        await sleep(500);
        const file = `.tmp/shots/${(selector ?? 'demo').replace(/[^a-z0-9-]/gi, '_')}-${engine}-${v.name}.png`;
        if (selector) {
          // The element alone: crop by scrolling it to the top of a window as tall as it is.
          const h = await page.evaluate((s) => Math.ceil(document.querySelector(s).getBoundingClientRect().height), selector);
          await page.setViewport(v.width, Math.max(h, 100));
          await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), selector);
          await sleep(300);
          await page.screenshot(file);
        } else await page.screenshot(file, { fullPage: true });
        written.push(file);
      } finally {
        await page.close();
      }
    }
  } catch (e) {
    console.error(`${engineLabel[engine]}: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
server.close();
console.log(`wrote ${written.length} screenshots to .tmp/shots/:\n  ${written.join('\n  ')}`);
