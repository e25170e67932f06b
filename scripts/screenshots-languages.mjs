// Screenshots of every widget at 320 px in Spanish, Hindi and right-to-left Arabic (the sample
// pack of stories/samples/arabic.ts), in Chromium, Firefox and WebKit, for a person to look at:
//   .tmp/shots/lang-<lang>-<widget>-<engine>-320.png
// Each widget in its wordiest state: the checklist with a fever ticked (its plan shown), the FAQ
// with every answer open, the steps’ details open (not the list of sources). The built bundle, served as a page would.
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

// Without a Devanagari font Hindi is drawn as empty boxes: say so rather than shoot them.
if (languages.some((l) => l.lang === 'hi') && !execSync('fc-list :lang=hi family 2>/dev/null || true').toString().trim())
  console.warn('No Devanagari font on this machine: Hindi will show as boxes (Debian: apt-get install -y fonts-noto-core).');
if (!existsSync('dist/immuno-widgets.js')) execSync('npm run build --silent', { stdio: 'inherit' });
mkdirSync('.tmp/shots', { recursive: true });

const markup = {
  'immuno-how-it-works': '<immuno-how-it-works></immuno-how-it-works>',
  'immuno-therapy-explorer': '<immuno-therapy-explorer></immuno-therapy-explorer>',
  'immuno-side-effect-checklist':
    '<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>',
  'immuno-faq': '<immuno-faq></immuno-faq>',
};
/** One widget on a page of its own: the whole page is the screenshot, the same way in every engine. */
const page = (lang, dir, tag) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${lang}</title><link rel="icon" href="data:,">
<style>body { margin: 0; font-family: system-ui, sans-serif } main { inline-size: 320px }</style>
<script type="module">
  import { registerLocale } from '/dist/immuno-widgets.js';
  registerLocale('ar', ${JSON.stringify(arabicStrings)});
  const pack = ${lang === 'ar' ? JSON.stringify(arabicPack) : 'undefined'};
  if (pack) document.querySelector('main > *').content = pack;
</script></head>
<body><main lang="${lang}" dir="${dir}">${markup[tag]}</main></body></html>`;

const routes = Object.fromEntries(
  languages.flatMap(({ lang, dir }) =>
    widgets.map((tag) => [`/lang-${lang}-${tag}.html`, (req, res) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(page(lang, dir, tag)))]),
  ),
);
const { server, url } = await serve({ routes });
const written = [];
for (const engine of chosen) {
  const browser = await openBrowser(engine);
  try {
    // MiniBrowser's window is at least 334 px wide: there the widgets sit in a 320 px column.
    const viewport = engine === 'webkit' ? 334 : width;
    for (const { lang } of languages)
      for (const tag of widgets) {
        const p = await browser.newPage({ width: viewport, height: 900 });
        try {
          await p.goto(`${url}/lang-${lang}-${tag}.html`);
          await p.waitFor((t) => !!document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]'), tag, { what: tag, timeout: 30000 });
          await p.evaluate(() => {
            const root = document.querySelector('main > *').shadowRoot;
            root.querySelector('#s-fever')?.click();
            root.querySelector('.show-all')?.click();
            for (const d of root.querySelectorAll('details:not([part~="sources"])')) d.open = true;
          });
          await sleep(600);
          const file = `.tmp/shots/lang-${lang}-${tag.replace('immuno-', '')}-${engine}-${width}.png`;
          await p.screenshot(file, { fullPage: true });
          written.push(file);
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
