// Tries the built bundle from outside, the way a hospital page uses it, in every engine:
// one script tag, a strict CSP with Trusted Types, the bundle loaded twice,
// another copy of Lit already on the page, and no network request it was not asked to make.
//
// Usage: node test/e2e/bundle.e2e.mjs [chromium|firefox|webkit …]   (after npm run build;
// default: IMMUNO_BROWSERS, else all three). Each page loads test/e2e/probe.js first, which
// records errors, warnings, CSP violations and layout movement in the page itself; the server
// records every request. So every check reads the same evidence in every engine.
// A check skipped in an engine names the engine bug; IMMUNO_NO_SKIP=1 runs it anyway.
import { tsImport } from 'tsx/esm/api';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { engineLabel, selectedEngines } from '../../scripts/browsers.mjs';
import { openBrowser } from '../../scripts/drive.mjs';
import { serve } from '../../scripts/serve.mjs';
import { failSoftChecks } from './fail-soft.mjs';
import { layoutShiftChecks } from './no-layout-shift.mjs';
import { pageCssChecks } from './page-css.mjs';

if (!existsSync('dist/immuno-widgets.js')) {
  console.error('No dist/immuno-widgets.js: run `npm run build` first.');
  process.exit(1);
}
const chosen = selectedEngines(process.argv.slice(2).join(',') || undefined);

// Every widget's tag, from the registry (TypeScript, data only; tsx loads it).
const { widgets: registry } = await tsImport('../../src/widgets.ts', import.meta.url);
const tags = registry.map((w) => w.tag);
// Small packs whose first item carries a marker word (test/content-sources.ts), to tell the author's content from the built-in.
const { MARK, markedPack } = await tsImport('../content-sources.ts', import.meta.url);
const jsonScript = (id, pack) => `<script type="application/json" id="${id}">${JSON.stringify(pack).replace(/</g, '\\u003c')}</script>`;
const tagsSelector = tags.join(',');
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html immuno-widgets immuno-widgets-json";

// A page's own, unrelated copy of Lit, bundled separately.
mkdirSync('.tmp/e2e', { recursive: true });
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: '.tmp/e2e/other-lit',
    lib: { entry: 'test/e2e/other-lit.js', formats: ['es'], fileName: 'other-lit' },
  },
});

const probe = '<script src="/test/e2e/probe.js"></script>';
const page = (body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>e2e</title>${probe}</head><body>${body}</body></html>`;
const widgets = tags.map((t) => `<${t}></${t}>`).join('\n');
const pages = {
  'plain.html': page(`${widgets}<script type="module" src="/dist/immuno-widgets.js"></script>`),
  'spanish.html': page(`<immuno-faq></immuno-faq><script type="module" src="/dist/immuno-widgets.js"></script>`, 'es'),
  'strict.html': page(
    `<script type="module" src="/.tmp/e2e/other-lit/other-lit.js"></script>
     ${widgets}
     <immuno-faq id="faq2" structured-data searchable link-hash remember></immuno-faq>
     <script type="module" src="/dist/immuno-widgets.js?copy=1"></script>
     <script type="module" src="/dist/immuno-widgets.js?copy=2"></script>`,
  ),
  // Content by reference: each widget names a JSON script elsewhere in the page, one before it, the others after it.
  'reference.html': page(
    `${jsonScript(`pack-${registry[0].tag}`, markedPack(registry[0].section))}
     <div><p>${registry.map((w) => `<${w.tag} content="#pack-${w.tag}"></${w.tag}>`).join('</p><p>')}</p></div>
     ${registry.slice(1).map((w) => jsonScript(`pack-${w.tag}`, markedPack(w.section))).join('\n')}
     <script type="module" src="/dist/immuno-widgets.js"></script>`,
  ),
  // The demo page as it is, with the probe first; <base> keeps its relative links working.
  'demo.html': readFileSync('demo/index.html', 'utf8').replace('<head>', `<head><base href="/demo/">${probe}`),
  // The demo in a 320 px frame: a true 320 px viewport even where a window cannot be that narrow.
  'frame-320.html': page('<iframe src="/.tmp/e2e/demo.html" title="demo" style="border:0;inline-size:320px;block-size:800px"></iframe>'),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(`.tmp/e2e/${name}`, html);

// Host pages (issue 14): each kind of fault has its own module of checks, named for the kind.
const { renderSnippet, preUpgradeCss } = await tsImport('../../src/embed/render.ts', import.meta.url);
const host = { url: '' };
const widgetCss = Object.fromEntries(registry.map((w) => [w.tag, preUpgradeCss(w.name)]));
const failSoft = failSoftChecks({ ctx: host, tags, page, snippet: renderSnippet });
const shift = layoutShiftChecks({ ctx: host, page, snippet: renderSnippet });
const hostChecks = [...pageCssChecks({ ctx: host, tags, page, snippet: renderSnippet, widgetCss }), ...failSoft.checks, ...shift.checks];

const { server, url } = await serve({
  headers: (p) => (p.endsWith('strict.html') ? { 'content-security-policy': csp } : failSoft.headers(p)),
  routes: { ...failSoft.routes, ...shift.routes },
});
host.url = url;
let requests = [];
server.on('request', (req) => requests.push(req.url));
const probeFile = '/test/e2e/probe.js';

const rendered = (p, timeout = 20000) =>
  p.waitFor(
    (tags) => tags.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 200),
    tags,
    { timeout, what: 'all four widgets to render' },
  );
const probed = (p) => p.evaluate(() => window.__probe);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Checks, each `(engine) => reason` when an engine cannot run it, and `run(page, browser)`. */
const checks = [
  {
    name: 'one script tag renders all four widgets with their English content',
    async run(p) {
      await p.goto(`${url}/.tmp/e2e/plain.html`);
      await rendered(p);
      const { errors, violations } = await probed(p);
      assert.deepEqual([...errors, ...violations], []);
    },
  },
  {
    name: 'makes no network request besides the page and the bundle',
    async run(p) {
      await p.goto(`${url}/.tmp/e2e/plain.html`);
      await rendered(p);
      await sleep(500);
      assert.deepEqual(requests.filter((r) => r !== probeFile).sort(), ['/.tmp/e2e/plain.html', '/dist/immuno-widgets.js'].sort());
    },
  },
  {
    name: 'a Spanish page fetches the Spanish UI strings, and only then',
    async run(p) {
      await p.goto(`${url}/.tmp/e2e/spanish.html`);
      await p.waitFor(() => document.querySelector('immuno-faq')?.shadowRoot?.textContent?.includes('Fuentes'), null, { what: 'Spanish FAQ' });
      await sleep(300);
      const extra = requests.filter((r) => !['/.tmp/e2e/spanish.html', '/dist/immuno-widgets.js', probeFile].includes(r));
      assert.equal(extra.length, 1, JSON.stringify(requests));
      assert.match(extra[0], /^\/dist\/locales\/es-[\w-]+\.js$/);
    },
  },
  {
    name: 'strict CSP + Trusted Types, another Lit on the page, bundle loaded twice: renders, nothing throws, one warning',
    async run(p) {
      await p.goto(`${url}/.tmp/e2e/strict.html`);
      await rendered(p);
      await sleep(300);
      const { errors, violations, warnings } = await probed(p);
      assert.deepEqual(errors, [], 'no page errors');
      assert.deepEqual(violations, [], 'no CSP or Trusted Types violations');
      assert.equal(await p.evaluate(() => document.querySelector('other-lit-element')?.shadowRoot?.textContent), 'other Lit works');
      const ld = await p.evaluate(() => JSON.parse(document.querySelector('#faq2 > script[type="application/ld+json"]')?.textContent ?? 'null'));
      assert.equal(ld?.['@type'], 'FAQPage', 'structured data written under Trusted Types');
      const dup = warnings.filter((w) => w.includes('already defined'));
      assert.equal(dup.length, 1, `one "already defined" warning, got: ${JSON.stringify(warnings)}`);
    },
  },
  {
    name: 'content by reference: content="#id" reads a JSON script anywhere in the page, before or after the widget',
    async run(p) {
      await p.goto(`${url}/.tmp/e2e/reference.html`);
      await p.waitFor(
        ([tags, mark]) => tags.every((t) => document.querySelector(t)?.shadowRoot?.textContent?.includes(mark)),
        [tags, MARK],
        { what: 'every widget to show its referenced pack' },
      );
      const { errors, warnings } = await probed(p);
      assert.deepEqual([...errors, ...warnings], []);
    },
  },
  {
    name: 'the demo page reflows at 320 px: no sideways scrolling, every widget fits its column',
    async run(p) {
      await p.goto(`${url}/.tmp/e2e/frame-320.html`);
      await p.waitFor(
        (tags) => {
          const d = document.querySelector('iframe')?.contentDocument;
          return !!d && tags.every((t) => (d.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 200);
        },
        tags,
        { what: 'the framed demo to render' },
      );
      const wide = await p.evaluate((tagsSelector) => {
        const w = document.querySelector('iframe').contentWindow;
        const d = w.document;
        return {
          viewport: w.innerWidth,
          page: d.documentElement.scrollWidth,
          widgets: [...d.querySelectorAll(tagsSelector)].map((e) => [e.localName, e.scrollWidth, e.clientWidth]),
        };
      }, tagsSelector);
      assert.equal(wide.viewport, 320, 'the frame is a 320 px viewport');
      assert.ok(wide.page <= 320, `page is ${wide.page}px wide`);
      for (const [tag, sw, cw] of wide.widgets) assert.ok(sw <= cw + 1, `${tag} overflows: ${sw} > ${cw}`);
    },
  },
  {
    name: 'the demo page does not shift while the widgets load (Chromium: on a slow phone, 4× CPU)',
    skip: { firefox: 'Firefox: no blocking="render", so the page paints before the widgets upgrade (the demo relies on it; CMS pages use the snippet\'s :not(:defined) rules instead)' },
    async run(p, b) {
      await p.setViewport(412, 823);
      if (b.cdp) {
        const cdp = await p.raw.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await p.raw.evaluateOnNewDocument(() => {
          window.__shift = 0;
          new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
        });
      }
      await p.goto(`${url}/.tmp/e2e/demo.html`);
      await rendered(p, 30000);
      await sleep(500);
      const { moves } = await probed(p);
      const moved = Object.entries(moves).filter(([, px]) => px > 1);
      assert.deepEqual(moved, [], 'landmarks in the first screen moved (px)');
      if (b.cdp) {
        const shift = await p.evaluate(() => window.__shift);
        assert.ok(shift < 0.01, `layout shift ${shift}`);
      }
    },
  },
  {
    name: 'widgets far below the fold keep a height before the reader gets there (on a phone, 390 px)',
    async run(p) {
      await p.setViewport(390, 800);
      await p.goto(`${url}/.tmp/e2e/demo.html`);
      await rendered(p);
      await sleep(300);
      const heights = await p.evaluate((tagsSelector) => [...document.querySelectorAll(tagsSelector)].map((e) => [e.localName, Math.round(e.getBoundingClientRect().height)]), tagsSelector);
      for (const [tag, h] of heights) assert.ok(h >= 200, `${tag} is ${h} px tall`);
    },
  },
  {
    name: 'content does not jump while the reader scrolls: widgets scrolled past keep their height (390 px)',
    async run(p) {
      await p.setViewport(390, 800);
      await p.goto(`${url}/.tmp/e2e/demo.html`);
      await rendered(p);
      const seen = {};
      const end = await p.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < end; y += 400) {
        const now = await p.evaluate(
          ([y, tagsSelector]) => {
            scrollTo(0, y);
            return [...document.querySelectorAll(tagsSelector)]
              .filter((e) => {
                const r = e.getBoundingClientRect();
                return r.bottom > 0 && r.top < innerHeight;
              })
              .map((e) => [e.localName, Math.round(e.getBoundingClientRect().height)]);
          },
          [y, tagsSelector],
        );
        for (const [tag, h] of now) seen[tag] = h;
        await sleep(60);
      }
      await p.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await sleep(500);
      const after = Object.fromEntries(await p.evaluate((tagsSelector) => [...document.querySelectorAll(tagsSelector)].map((e) => [e.localName, Math.round(e.getBoundingClientRect().height)]), tagsSelector));
      for (const [tag, h] of Object.entries(seen)) assert.ok(Math.abs(after[tag] - h) <= 1, `${tag} was ${h} px tall in view, ${after[tag]} px after scrolling past`);
    },
  },
  ...hostChecks,
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const engine of chosen) {
  console.log(`\nBundle, tried from outside (${engineLabel[engine]}):`);
  const started = Date.now();
  let browser;
  try {
    browser = await openBrowser(engine);
  } catch (e) {
    failed += checks.length;
    console.log(`  FAIL could not start ${engineLabel[engine]}: ${e.message}`);
    continue;
  }
  let ok = 0;
  try {
    for (const c of checks) {
      // IMMUNO_NO_SKIP=1 runs the skipped checks too (to see whether a src fix has landed).
      // IMMUNO_E2E_ONLY=regex runs only the checks whose name matches.
      if (process.env.IMMUNO_E2E_ONLY && !new RegExp(process.env.IMMUNO_E2E_ONLY, 'i').test(c.name)) continue;
      const reason = process.env.IMMUNO_NO_SKIP ? undefined : c.skip?.[engine];
      if (reason) {
        skipped++;
        console.log(`  skip ${c.name}\n       (${reason})`);
        continue;
      }
      const p = await browser.newPage({ width: 1280, height: 900 });
      await sleep(100);
      requests = [];
      try {
        await c.run(p, browser);
        ok++;
        console.log(`  ok   ${c.name}`);
      } catch (e) {
        failed++;
        console.log(`  FAIL ${c.name}\n       ${e.message.split('\n').join('\n       ')}`);
      } finally {
        await p.close();
      }
    }
  } finally {
    await browser.close();
  }
  passed += ok;
  console.log(`  ${engineLabel[engine]}: ${ok} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
server.close();
console.log(`\nbundle: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
