// Tries the built bundle from outside, the way a hospital page uses it:
// one script tag, a strict CSP with Trusted Types, the bundle loaded twice,
// another copy of Lit already on the page, and no network request it was not asked to make.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/serve.mjs';

// Every widget's tag, from the registry (TypeScript, data only; tsx loads it).
const { widgets: registry } = await tsImport('../../src/widgets.ts', import.meta.url);
const tags = registry.map((w) => w.tag);
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

const page = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>e2e</title></head><body>${body}</body></html>`;
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
};
for (const [name, html] of Object.entries(pages)) writeFileSync(`.tmp/e2e/${name}`, html);

const { server, url } = await serve({ headers: (p) => (p.endsWith('strict.html') ? { 'content-security-policy': csp } : {}) });
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
let failed = 0;

async function check(name, fn) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const log = { errors: [], warnings: [], requests: [], cspViolations: [] };
  p.on('pageerror', (e) => log.errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  p.on('request', (r) => log.requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
  try {
    await fn(p, log);
    console.log(`  ok  ${name}`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name}\n       ${e.message.split('\n').join('\n       ')}`);
  } finally {
    await context.close();
  }
}

const rendered = (p) =>
  p.waitForFunction(
    (tags) => tags.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 200),
    tags,
    { timeout: 10000 },
  );

console.log('Bundle, tried from outside:');

await check('one script tag renders every widget with their English content', async (p, log) => {
  await p.goto(`${url}/.tmp/e2e/plain.html`);
  await rendered(p);
  assert.deepEqual(log.errors, []);
});

await check('makes no network request besides the page and the bundle', async (p, log) => {
  await p.goto(`${url}/.tmp/e2e/plain.html`);
  await rendered(p);
  await p.waitForTimeout(300);
  assert.deepEqual(log.requests.sort(), ['/.tmp/e2e/plain.html', '/dist/immuno-widgets.js'].sort());
});

await check('a Spanish page fetches the Spanish UI strings, and only then', async (p, log) => {
  await p.goto(`${url}/.tmp/e2e/spanish.html`);
  await p.waitForFunction(() => document.querySelector('immuno-faq')?.shadowRoot?.textContent?.includes('Fuentes'), null, { timeout: 10000 });
  const extra = log.requests.filter((r) => !['/.tmp/e2e/spanish.html', '/dist/immuno-widgets.js'].includes(r));
  assert.equal(extra.length, 1, JSON.stringify(log.requests));
  assert.match(extra[0], /^\/dist\/locales\/es-[\w-]+\.js$/);
});

await check('strict CSP + Trusted Types, another Lit on the page, bundle loaded twice: renders, nothing throws, one warning', async (p, log) => {
  await p.goto(`${url}/.tmp/e2e/strict.html`);
  await rendered(p);
  await p.waitForTimeout(300);
  assert.deepEqual(log.errors, [], 'no page errors or CSP violations');
  assert.equal(await p.evaluate(() => document.querySelector('other-lit-element')?.shadowRoot?.textContent), 'other Lit works');
  const ld = await p.evaluate(() => JSON.parse(document.querySelector('#faq2 > script[type="application/ld+json"]')?.textContent ?? 'null'));
  assert.equal(ld?.['@type'], 'FAQPage', 'structured data written under Trusted Types');
  const dup = log.warnings.filter((w) => w.includes('already defined'));
  assert.equal(dup.length, 1, `one "already defined" warning, got: ${JSON.stringify(log.warnings)}`);
});

await check('the demo page reflows at 320 px: no sideways scrolling, every widget fits its column', async (p) => {
  await p.setViewportSize({ width: 320, height: 800 });
  await p.goto(`${url}/demo/`);
  await rendered(p);
  const wide = await p.evaluate((tagsSelector) => ({
    page: document.documentElement.scrollWidth,
    widgets: [...document.querySelectorAll(tagsSelector)].map((e) => [e.localName, e.scrollWidth, e.clientWidth]),
  }), tagsSelector);
  assert.ok(wide.page <= 320, `page is ${wide.page}px wide`);
  for (const [tag, sw, cw] of wide.widgets) assert.ok(sw <= cw + 1, `${tag} overflows: ${sw} > ${cw}`);
});

await check('the demo page does not shift while the widgets load, even on a slow phone (4× CPU)', async (p) => {
  await p.setViewportSize({ width: 412, height: 823 });
  await p.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.goto(`${url}/demo/`);
  await rendered(p);
  await p.waitForTimeout(500);
  const shift = await p.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `layout shift ${shift}`);
});

await browser.close();
server.close();
if (failed) {
  console.error(`${failed} bundle check(s) failed`);
  process.exit(1);
}
