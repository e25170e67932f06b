// The embed builder (demo/embed.html) driven in a real browser with real key presses: validate as you type with
// the error next to its field, the preview shows the pack's own texts in the real widget, Copy puts the snippet on
// the real clipboard, and the page loads nothing from any host but its own.
//
// Usage: node test/e2e/embed-builder.e2e.mjs [chromium|firefox]   (after npm run build). Puppeteer drives both
// engines (real keyboard events); the clipboard is read back in Chromium, where a test can be granted
// clipboard-read. WebKit is not driven here: WebDriver classic types into fields but has no clipboard access.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { openBrowser } from '../../scripts/drive.mjs';
import { serve } from '../../scripts/serve.mjs';

if (!existsSync('dist/embed.js')) {
  console.error('No dist/embed.js: run `npm run build` first.');
  process.exit(1);
}
const engines = selectedEngines(process.argv.slice(2).join(',') || 'chromium,firefox').filter((e) => e !== 'webkit');
const { server, url } = await serve();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const meta = { language: 'es', sources: [{ title: 'Fuente', url: 'https://example.org' }], written: '31/01/2026', disclaimer: 'Hable con su equipo.' };
const custom = { meta, faq: { items: [{ id: 'aparcar', question: '¿Dónde aparco?', answer: 'En el nivel 2 del garaje.' }] } };

/** What the page shows next to a field: its aria-invalid and the text of what its aria-describedby points to. */
const fieldState = (p, id) =>
  p.evaluate((id) => {
    const f = document.getElementById(id);
    const described = (f.getAttribute('aria-describedby') ?? '').split(/\s+/).map((d) => document.getElementById(d)?.textContent ?? '').join(' ');
    return { invalid: f.getAttribute('aria-invalid'), described };
  }, id);
const previewText = (p, tag) => p.evaluate((tag) => document.querySelector(`#preview ${tag}`)?.shadowRoot?.textContent ?? '', tag);
const settle = () => sleep(450);

const checks = [
  {
    name: 'loads only from its own host and shows the built-in FAQ in the real widget',
    async run(p) {
      const text = await previewText(p, 'immuno-faq');
      assert.match(text, /immunotherapy/i, 'the built-in FAQ is rendered by the bundle');
      const foreign = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).origin !== location.origin));
      assert.deepEqual(foreign, []);
    },
  },
  {
    name: 'validates as you type: a JSON error, then a field error with its path and fix, next to the field',
    async run(p) {
      // The pack, less its last brace, as a person pasting it would have it, then the last key typed.
      const text = JSON.stringify(custom, null, 2);
      await p.evaluate((t) => {
        const pack = document.getElementById('pack');
        pack.value = t;
        pack.dispatchEvent(new Event('input', { bubbles: true }));
      }, text.slice(0, -1));
      await settle();
      let state = await fieldState(p, 'pack');
      assert.equal(state.invalid, 'true');
      assert.match(state.described, /is not valid JSON/);
      assert.match(await p.evaluate(() => document.getElementById('snippet-notes').textContent), /does not parse/);

      await p.raw.focus('#pack');
      await p.raw.keyboard.down('Control');
      await p.raw.keyboard.press('End');
      await p.raw.keyboard.up('Control');
      await p.raw.keyboard.type('}');
      await settle();
      state = await fieldState(p, 'pack');
      assert.equal(state.invalid, 'true', 'the date is still wrong');
      assert.match(state.described, /meta\.written/);
      assert.match(state.described, /Fix: write the date as year-month-day/);
      assert.doesNotMatch(state.described, /not valid JSON/);

      // Fix the date by typing: select it with the keyboard is engine-dependent, so retype the pack's date field.
      await p.evaluate(() => {
        const pack = document.getElementById('pack');
        const at = pack.value.indexOf('31/01/2026');
        pack.setSelectionRange(at, at + '31/01/2026'.length);
      });
      await p.raw.keyboard.type('2026-01-31');
      await settle();
      state = await fieldState(p, 'pack');
      assert.equal(state.invalid, null, state.described);
      assert.equal(await p.evaluate(() => document.getElementById('builder').dataset.problems), '0');
    },
  },
  {
    name: 'the preview and the snippet hold the pack’s own texts, in its language',
    async run(p) {
      await p.waitFor(() => (document.querySelector('#preview immuno-faq')?.shadowRoot?.textContent ?? '').includes('¿Dónde aparco?'), null, {
        what: 'the custom question in the upgraded FAQ',
      });
      const text = await previewText(p, 'immuno-faq');
      assert.doesNotMatch(text, /immunotherapy/i, 'only the pack’s question, not the built-in ones');
      assert.match(await p.evaluate(() => document.querySelector('#preview immuno-faq').lang), /^es/);
      const html = await p.evaluate(() => document.getElementById('snippet').value);
      assert.match(html, /<immuno-faq lang="es" data-upgrade="in-turn in-pieces">/);
      assert.match(html, /<summary>¿Dónde aparco\?<\/summary>/);
    },
  },
  {
    name: 'options from the manifest: a checkbox by keyboard adds the attribute; a bad number is flagged next to its field',
    async run(p) {
      await p.raw.focus('#attr-searchable');
      await p.raw.keyboard.press(' ');
      await settle();
      assert.match(await p.evaluate(() => document.getElementById('snippet').value), /<immuno-faq lang="es" searchable data-upgrade="in-turn in-pieces">/);
      await p.waitFor(() => !!document.querySelector('#preview immuno-faq')?.shadowRoot?.querySelector('input[type="search"], [role="search"] input'), null, {
        what: 'the search field in the preview',
      });
      await p.raw.focus('#attr-heading-level');
      await p.raw.keyboard.type('9');
      await settle();
      const state = await fieldState(p, 'attr-heading-level');
      assert.equal(state.invalid, 'true');
      assert.match(state.described, /9 is outside 1–6/);
      await p.raw.keyboard.press('Backspace');
      await p.raw.keyboard.type('2');
      await settle();
      assert.equal((await fieldState(p, 'attr-heading-level')).invalid, null);
      assert.match(await p.evaluate(() => document.getElementById('snippet').value), /heading-level="2"/);
    },
  },
  {
    name: 'another widget gets its own options, and the built-in content loads as a starting point',
    async run(p) {
      await p.evaluate(() => {
        const s = document.getElementById('widget');
        s.value = 'side-effect-checklist';
        s.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle();
      const options = await p.evaluate(() => [...document.querySelectorAll('[data-attribute]')].map((i) => i.dataset.attribute));
      assert.ok(options.includes('care-team-phone') && options.includes('therapy'), options.join());
      assert.deepEqual(await p.evaluate(() => [...document.getElementById('attr-therapy').options].map((o) => o.value)), ['all', 'checkpoint', 'car-t', 'bispecific']);
      await p.raw.click('#load-built-in');
      await settle();
      assert.match(await p.evaluate(() => document.getElementById('pack').value), /"symptoms"/);
      assert.equal((await fieldState(p, 'pack')).invalid, null);
      await p.raw.focus('#attr-care-team-phone');
      await p.raw.keyboard.type('call us');
      await settle();
      assert.match((await fieldState(p, 'attr-care-team-phone')).described, /does not look like a phone number/);
    },
  },
  {
    name: 'axe finds no violations, with errors showing and the preview upgraded',
    async run(p) {
      await p.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
      const violations = await p.evaluate(async () =>
        (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
      assert.deepEqual(violations, []);
    },
  },
  {
    name: 'Copy snippet puts the snippet on the clipboard and says so',
    engines: ['chromium'],
    async run(p) {
      await p.raw.focus('#copy');
      await p.raw.keyboard.press('Enter');
      await p.waitFor(() => /Copied/.test(document.getElementById('copy-status').textContent), null, { what: 'the Copied status' });
      const [clip, snippet] = await p.evaluate(async () => [await navigator.clipboard.readText(), document.getElementById('snippet').value]);
      assert.equal(clip, snippet);
      assert.match(clip, /<immuno-side-effect-checklist lang="en"/);
    },
  },
];

let failed = 0;
for (const engine of engines) {
  const browser = await openBrowser(engine);
  const p = await browser.newPage({ width: 1280, height: 1000 });
  try {
    if (engine === 'chromium') await p.raw.browserContext().overridePermissions(url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await p.goto(`${url}/demo/embed.html`);
    await p.waitFor(() => document.getElementById('builder')?.dataset.ready !== undefined && !!document.querySelector('#preview immuno-faq')?.shadowRoot, null, {
      what: 'the builder to start',
    });
    // The steps build on each other (one session of a web team); a failure stops the rest in this engine.
    for (const c of checks) {
      if (c.engines && !c.engines.includes(engine)) {
        console.log(`  skip  [${engine}] ${c.name} (clipboard read-back is Chromium-only here)`);
        continue;
      }
      try {
        await c.run(p);
        console.log(`  ok    [${engine}] ${c.name}`);
      } catch (e) {
        failed++;
        console.log(`  FAIL  [${engine}] ${c.name}\n        ${e.message.split('\n').join('\n        ')}`);
        break;
      }
    }
  } finally {
    await p.close();
    await browser.close();
  }
}
server.close();
console.log(failed ? `\nEmbed builder: ${failed} failed` : '\nEmbed builder: all passed');
process.exitCode = failed ? 1 : 0;
