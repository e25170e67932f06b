// Screenshots of every widget at 320 px in Spanish, Hindi and right-to-left Arabic (the sample
// pack of stories/samples/arabic.ts), in Chromium, Firefox and WebKit, for a person to look at:
//   .tmp/shots/lang-<lang>-<widget>-<engine>-320.png
// Each widget in its wordiest state: the checklist with a fever ticked (its plan shown), the FAQ
// with every answer open, the steps' details open. The built bundle, served as a page would.
// Usage: npm run screenshots:languages [-- chromium|firefox|webkit …] [-- es|hi|ar …]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { engineLabel, engines, selectedEngines } from './browsers.mjs';
import { openBrowser } from './drive.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const chosen = selectedEngines(args.filter((a) => engines.includes(a.toLowerCase())).join(',') || undefined);
const all = [
  { lang: 'es', dir: 'ltr' },
  { lang: 'hi', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
];
const languages = all.filter((l) => !args.some((a) => all.some((x) => x.lang === a)) || args.includes(l.lang));
const { arabicPack, arabicStrings } = await tsImport('../stories/samples/arabic.ts', import.meta.url);
const widgets = ['immuno-how-it-works', 'immuno-therapy-explorer', 'immuno-side-effect-checklist', 'immuno-faq'];
const width = 320;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!existsSync('dist/immuno-widgets.js')) execSync('npm run build --silent', { stdio: 'inherit' });
mkdirSync('.tmp/shots', { recursive: true });

const page = (lang, dir) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${lang}</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: system-ui, sans-serif } main { inline-size: 320px } main > * { display: block; margin-block-end: 1rem }</style>
<script type="module">
  import { registerLocale } from '/dist/immuno-widgets.js';
  registerLocale('ar', ${JSON.stringify(arabicStrings)});
  const pack = ${lang === 'ar' ? JSON.stringify(arabicPack) : 'undefined'};
  for (const el of document.querySelectorAll('main > *')) if (pack) el.content = pack;
</script></head>
<body><main lang="${lang}" dir="${dir}">
<immuno-how-it-works></immuno-how-it-works>
<immuno-therapy-explorer></immuno-therapy-explorer>
<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>
<immuno-faq></immuno-faq>
</main></body></html>`;

const routes = Object.fromEntries(
  languages.map(({ lang, dir }) => [`/lang-${lang}.html`, (req, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(page(lang, dir)))]),
);
const { server, url } = await serve({ routes });
const written = [];
for (const engine of chosen) {
  const browser = await openBrowser(engine);
  try {
    // MiniBrowser's window is at least 334 px wide: there the widgets sit in a 320 px column.
    const viewport = engine === 'webkit' ? 334 : width;
    for (const { lang } of languages) {
      const p = await browser.newPage({ width: viewport, height: 900 });
      try {
        await p.goto(`${url}/lang-${lang}.html`);
        await p.waitFor(
          (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')),
          widgets,
          { what: 'the widgets' },
        );
        await p.evaluate(() => {
          const root = (t) => document.querySelector(t).shadowRoot;
          root('immuno-side-effect-checklist').querySelector('#s-fever')?.click();
          root('immuno-faq').querySelector('.show-all')?.click();
          for (const d of root('immuno-how-it-works').querySelectorAll('details')) d.open = true;
        });
        await sleep(600);
        for (const tag of widgets) {
          const h = await p.evaluate((t) => Math.ceil(document.querySelector(t).getBoundingClientRect().height), tag);
          await p.setViewport(viewport, Math.max(h, 100));
          await p.evaluate((t) => document.querySelector(t).scrollIntoView({ block: 'start' }), tag);
          await sleep(300);
          const file = `.tmp/shots/lang-${lang}-${tag.replace('immuno-', '')}-${engine}-${width}.png`;
          await p.screenshot(file);
          written.push(file);
        }
      } finally {
        await p.close();
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
