// Screenshots of the demo page at phone, tablet and desktop widths (and in
// forced-colors and right-to-left), for people to look at: .tmp/shots/*.png
// Usage: node scripts/screenshots.mjs [selector] (after npm run build)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const selector = process.argv[2];
// Every widget's tag, from the registry (TypeScript, data only; tsx loads it).
const { widgets } = await tsImport('../src/widgets.ts', import.meta.url);
const tags = widgets.map((w) => w.tag).join(', ');
mkdirSync('.tmp/shots', { recursive: true });
const { server, url } = await serve();
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const variants = [
  { name: '320', width: 320 },
  { name: '600', width: 600 },
  { name: '1000', width: 1000 },
  { name: '1000-forced', width: 1000, forcedColors: 'active' },
  { name: '600-rtl', width: 600, rtl: true },
];
for (const v of variants) {
  const page = await browser.newPage({ viewport: { width: v.width, height: 900 } });
  if (v.forcedColors) await page.emulateMedia({ forcedColors: v.forcedColors });
  await page.goto(`${url}/demo/`);
  if (v.rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await page.waitForFunction((tags) => [...document.querySelectorAll(tags)].every((e) => e.shadowRoot?.childElementCount), tags);
  await page.waitForTimeout(200);
  if (selector) {
    // Bring it into view and let far-below-the-fold widgets render before the shot.
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  } else {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      scrollTo(0, 0);
    });
  }
  const target = selector ? page.locator(selector).first() : page;
  await target.screenshot({ path: `.tmp/shots/${(selector ?? 'demo').replace(/[^a-z0-9-]/gi, '_')}-${v.name}.png`, fullPage: !selector });
  await page.close();
}
await browser.close();
server.close();
console.log('wrote .tmp/shots/');
