// The three ways to serve the bundle (docs/embed/distribution.md), each loaded by a plain page with
// `<script type="module" src integrity crossorigin>`, with no network beyond 127.0.0.1:
// 1. a CDN that serves npm packages: the `npm pack` tarball unpacked under /npm/immuno-widgets@<version>/ on a
//    second 127.0.0.1 server (another origin, like cdn.jsdelivr.net), which sends CORS headers as such CDNs do;
// 2. the self-hosted dist/ folder, on the page's own server;
// 3. the single file alone (an uploaded immuno-widgets.js, no locales/ folder) on a lang="es" page: English UI
//    and one warning naming the URL it tried.
// A page in Spanish or Hindi fetches from locales/ only the files of the widgets it shows, each once, and the code
// that applies a translation (`translation`, which a page in English never fetches).
// And a wrong integrity value blocks the script. The tarball's `bin` runs `immuno-widgets`.
//
// Usage: node test/e2e/distribution.e2e.mjs [chromium|firefox|webkit …]   (after npm run build)
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { runChecks } from './run-checks.mjs';
import { sri } from '../../scripts/sri.mjs';

if (!existsSync('dist/sri.json')) {
  console.error('No dist/sri.json: run `npm run build` first.');
  process.exit(1);
}
const engines = selectedEngines(process.argv.slice(2).join(',') || undefined);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const root = '.tmp/distribution';
rmSync(root, { recursive: true, force: true });
mkdirSync(`${root}/pack`, { recursive: true });

// The package exactly as npm publishes it.
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', `${root}/pack`], { encoding: 'utf8' }).trim().split('\n').pop();
execFileSync('tar', ['xzf', join(root, 'pack', tarball), '-C', `${root}/pack`]);
const packed = `${root}/pack/package`;
const published = JSON.parse(readFileSync(`${packed}/package.json`, 'utf8'));
const hashes = JSON.parse(readFileSync(`${packed}/dist/sri.json`, 'utf8'));
const integrity = hashes['immuno-widgets.js'];

// 1. The CDN: jsDelivr's and unpkg's layout, /npm/<name>@<version>/<path> (unpkg drops the /npm).
const cdnPath = `/npm/${pkg.name}@${pkg.version}`;
cpSync(packed, `${root}/cdn${cdnPath}`, { recursive: true });
// 2. The self-hosted folder: the package's dist/ copied to the site's assets.
cpSync(`${packed}/dist`, `${root}/site/assets/immuno-widgets`, { recursive: true });
// 3. One file alone, as a CMS's file upload would hold it.
mkdirSync(`${root}/site/uploads`, { recursive: true });
cpSync(`${packed}/dist/immuno-widgets.js`, `${root}/site/uploads/immuno-widgets.js`);
cpSync('test/e2e/probe.js', `${root}/site/probe.js`);

const cdn = await serve({ root: `${root}/cdn`, headers: () => ({ 'access-control-allow-origin': '*' }) });
const site = await serve({ root: `${root}/site` });
const requests = [];
for (const s of [cdn, site]) s.server.on('request', (req) => requests.push(`${s.url}${req.url}`));

const page = (lang, src, integrityValue = integrity, body = '<immuno-faq></immuno-faq><immuno-side-effect-checklist></immuno-side-effect-checklist>') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>distribution</title>` +
  `<script src="/probe.js"></script>` +
  `<script type="module" src="${src}" integrity="${integrityValue}" crossorigin="anonymous"></script></head>` +
  `<body>${body}</body></html>`;
const selfHosted = '/assets/immuno-widgets/immuno-widgets.js';
const pages = {
  'cdn.html': page('en', `${cdn.url}${cdnPath}/dist/immuno-widgets.js`),
  'self-hosted.html': page('es', selfHosted),
  'single.html': page('es', '/uploads/immuno-widgets.js'),
  'wrong-integrity.html': page('en', selfHosted, sri('not the bundle')),
  'faq-es.html': page('es', selfHosted, integrity, '<immuno-faq></immuno-faq>'),
  'checklist-hi.html': page('hi', selfHosted, integrity, '<immuno-side-effect-checklist></immuno-side-effect-checklist>'),
  'four-es.html': page(
    'es',
    selfHosted,
    integrity,
    '<immuno-faq></immuno-faq><immuno-side-effect-checklist></immuno-side-effect-checklist><immuno-faq id="second"></immuno-faq>' +
      '<immuno-therapy-explorer></immuno-therapy-explorer>',
  ),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(`${root}/site/${name}`, html);

const faqText = (p) => p.evaluate(() => document.querySelector('immuno-faq')?.shadowRoot?.textContent ?? '');
const rendered = (p) =>
  p.waitFor(() => ['immuno-faq', 'immuno-side-effect-checklist'].every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 200), null, {
    what: 'the widgets to render',
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const probed = (p) => p.evaluate(() => window.__probe);
const onlyLocal = () => assert.deepEqual(requests.filter((r) => !r.startsWith('http://127.0.0.1:')), []);

/**
 * Opens `name` and returns, once every widget shows `word` (a word of its language), the files the server was
 * asked for from locales/ (every request the browser made, in every engine), without their hashes (`es-content-faq`).
 */
async function localeFiles(p, name, tags, word) {
  const from = requests.length;
  await p.goto(`${site.url}/${name}`);
  await p.waitFor(
    ({ tags, word }) => tags.every((t) => [...document.querySelectorAll(t)].every((el) => (el.shadowRoot?.textContent ?? '').includes(word))),
    { tags, word },
    { what: `every widget in the page's language ("${word}")` },
  );
  await sleep(500); // nothing more arrives later
  const { errors, warnings } = await probed(p);
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  return requests.slice(from).map((u) => /\/locales\/(.+)-[\w-]{8}\.js$/.exec(u)?.[1]).filter(Boolean);
}

const checks = [
  {
    name: `a CDN that serves npm packages (${cdnPath}/dist/immuno-widgets.js, another origin, with integrity)`,
    async run(p) {
      const from = requests.length;
      await p.goto(`${site.url}/cdn.html`);
      await rendered(p);
      assert.deepEqual((await probed(p)).errors, []);
      assert.ok(requests.some((r) => r === `${cdn.url}${cdnPath}/dist/immuno-widgets.js`), 'fetched from the CDN');
      assert.deepEqual(requests.slice(from).filter((r) => r.includes('/locales/')), [], 'an English page fetches nothing from locales/');
      onlyLocal();
    },
  },
  {
    name: 'the self-hosted dist/ folder, with integrity: a lang="es" page gets the Spanish UI from locales/',
    async run(p) {
      await p.goto(`${site.url}/self-hosted.html`);
      await rendered(p);
      await p.waitFor(() => (document.querySelector('immuno-faq')?.shadowRoot?.textContent ?? '').includes('Fuentes'), null, { what: 'Spanish UI strings' });
      const { errors, warnings } = await probed(p);
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings.filter((w) => /could not load/.test(w)), [], 'every locale file loaded');
      assert.ok(requests.some((r) => /\/assets\/immuno-widgets\/locales\/es-[\w-]+\.js$/.test(r)), 'the locale file came from the folder');
      onlyLocal();
    },
  },
  {
    name: 'a page with only the FAQ in Spanish fetches the meta, the FAQ\'s words and its UI strings from locales/, nothing of another widget',
    async run(p) {
      const files = await localeFiles(p, 'faq-es.html', ['immuno-faq'], 'Fuentes');
      assert.deepEqual(files.sort(), ['es-content-faq', 'es-content-meta', 'es-strings-faq', 'es-strings-shared', 'translation']);
    },
  },
  {
    name: 'a page with only the checklist in Hindi fetches the meta, the symptoms and the checklist\'s UI strings, nothing else',
    async run(p) {
      const files = await localeFiles(p, 'checklist-hi.html', ['immuno-side-effect-checklist'], 'स्रोत');
      assert.deepEqual(files.sort(), ['hi-content-meta', 'hi-content-symptoms', 'hi-strings-checklist', 'hi-strings-shared', 'translation']);
    },
  },
  {
    name: 'four widgets in Spanish (two FAQs): each file from locales/ fetched once, the steps\' not at all',
    async run(p) {
      const files = await localeFiles(p, 'four-es.html', ['immuno-faq', 'immuno-side-effect-checklist', 'immuno-therapy-explorer'], 'Fuentes');
      assert.deepEqual(files.sort(), [
        'es-content-faq', 'es-content-meta', 'es-content-symptoms', 'es-content-therapies',
        'es-strings-checklist', 'es-strings-explorer', 'es-strings-faq', 'es-strings-shared', 'translation',
      ]);
    },
  },
  {
    name: 'the single file alone on a lang="es" page: English UI, one warning naming the URL it tried, nothing thrown',
    async run(p) {
      await p.goto(`${site.url}/single.html`);
      await rendered(p);
      await sleep(800);
      const { errors, warnings } = await probed(p);
      assert.deepEqual(errors.filter((e) => !/locales\/es-|dynamically imported|Importing a module script failed|failed to load/i.test(e)), [], 'only the failed locale load');
      // The UI strings and the built-in Spanish content are both in locales/: one warning for the language.
      const about = warnings.filter((w) => /could not load the "es"/.test(w));
      assert.equal(about.length, 1, JSON.stringify(warnings));
      assert.match(about[0], new RegExp(`from ${site.url.replace(/[.]/g, '\\.')}/uploads/locales/[\\w-]+\\.js`));
      assert.match(about[0], /^immuno-(faq|side-effect-checklist): /);
      assert.equal(warnings.length, 1, `one warning in all: ${JSON.stringify(warnings)}`);
      assert.match(await faqText(p), /Sources/);
      onlyLocal();
    },
  },
  {
    name: 'a wrong integrity value blocks the script: no widget is defined',
    async run(p) {
      await p.goto(`${site.url}/wrong-integrity.html`);
      await sleep(1500);
      assert.equal(await p.evaluate(() => customElements.get('immuno-faq') === undefined && !document.querySelector('immuno-faq').shadowRoot), true);
    },
  },
];

let failed = await runChecks(engines, checks);

// The published bin: `immuno-widgets` from the tarball alone.
if (published.bin?.['immuno-widgets'] !== './bin/immuno-widgets.mjs') {
  failed++;
  console.log(`  FAIL  package.json bin: ${JSON.stringify(published.bin)}`);
} else {
  const r = spawnSync(process.execPath, [join(packed, published.bin['immuno-widgets']), 'snippet', 'faq'], { encoding: 'utf8' });
  const want = '<immuno-faq lang="en" data-upgrade="in-turn in-pieces">';
  if (r.status === 0 && r.stdout.includes(want)) console.log('  ok    the packed bin runs: immuno-widgets snippet faq');
  else {
    failed++;
    console.log(`  FAIL  the packed bin: exit ${r.status}${r.status === 0 ? `, its snippet lacks ${want}` : ''}\n${r.stderr}`);
  }
}

cdn.server.close();
site.server.close();
console.log(failed ? `\nDistribution: ${failed} failed` : '\nDistribution: all passed');
process.exitCode = failed ? 1 : 0;
