// What a page in another language downloads: one widget on a `lang="es"` or `lang="hi"` page, the self-contained
// bundle from a dist/ folder served compressed as a host would (scripts/serve.mjs, `compress`), in Chromium. Prints
// each file the browser fetched with its compressed body size as the browser counted it (Resource Timing's
// `encodedBodySize`), the bundle apart from the translation files in locales/.
//
// Usage: node bench/locale-bytes.mjs [dist folder …]   (default dist; give an older build's dist/ to compare)
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { openBrowser } from '../scripts/drive.mjs';
import { serve } from '../scripts/serve.mjs';

const dists = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
const cases = [
  ['FAQ only, Spanish', 'es', '<immuno-faq></immuno-faq>', 'Fuentes'],
  ['checklist only, Hindi', 'hi', '<immuno-side-effect-checklist></immuno-side-effect-checklist>', 'स्रोत'],
  ['how it works only, Spanish', 'es', '<immuno-how-it-works></immuno-how-it-works>', 'Fuentes'],
  ['explorer only, Spanish', 'es', '<immuno-therapy-explorer></immuno-therapy-explorer>', 'Fuentes'],
  ['all four, Spanish', 'es', '<immuno-faq></immuno-faq><immuno-how-it-works></immuno-how-it-works><immuno-side-effect-checklist></immuno-side-effect-checklist><immuno-therapy-explorer></immuno-therapy-explorer>', 'Fuentes'],
];
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const browser = await openBrowser('chromium');
try {
  for (const dist of dists) {
    const root = `.tmp/locale-bytes`;
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(dist, `${root}/d`, { recursive: true });
    cases.forEach(([, lang, body], i) =>
      writeFileSync(
        `${root}/${i}.html`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bytes</title>` +
          `<script type="module" src="/d/immuno-widgets.js"></script></head><body>${body}</body></html>`,
      ),
    );
    const site = await serve({ root, compress: true });
    console.log(`\n${dist}:`);
    for (const [i, [name, , body, word]] of cases.entries()) {
      const p = await browser.newPage();
      try {
        await p.goto(`${site.url}/${i}.html`);
        const tags = [...body.matchAll(/<(immuno-[\w-]+)>/g)].map((m) => m[1]);
        await p.waitFor((a) => a.tags.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').includes(a.word)), { tags, word });
        await new Promise((r) => setTimeout(r, 500));
        const files = await p.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => ({ url: e.name, bytes: e.encodedBodySize, raw: e.decodedBodySize })),
        );
        const locales = files.filter((f) => f.url.includes('/locales/'));
        const bundle = files.find((f) => f.url.endsWith('/immuno-widgets.js'));
        const sum = (l) => l.reduce((n, f) => n + f.bytes, 0);
        console.log(
          `  ${name.padEnd(26)} locales/: ${String(locales.length).padStart(2)} files ${kb(sum(locales)).padStart(9)}` +
            `  (bundle ${kb(bundle?.bytes ?? 0)}; encoded as served, ${bundle && bundle.bytes < bundle.raw / 2 ? 'compressed' : 'NOT compressed'})`,
        );
        for (const f of locales) console.log(`      ${f.url.replace(/.*\/locales\//, '').padEnd(36)} ${kb(f.bytes).padStart(9)}`);
      } finally {
        await p.close();
      }
    }
    site.server.close();
  }
} finally {
  await browser.close();
}
