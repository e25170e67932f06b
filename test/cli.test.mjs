// The command line as a web team runs it: a child process of bin/immuno-widgets.mjs
// (which needs `vite build --config vite.cli.config.ts` first). Run: node --test test/cli.test.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const bin = new URL('../bin/immuno-widgets.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'immuno-cli-'));
const run = (...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, typeof text === 'string' ? text : JSON.stringify(text, null, 2));
  return path;
};
const meta = { language: 'es', sources: [{ title: 'Fuente', url: 'https://example.org' }], written: '2026-01-31', disclaimer: 'Hable con su equipo.' };
const faq = { meta, faq: { items: [{ id: 'aparcar', question: '¿Dónde aparco?', answer: 'En el nivel 2.' }] } };

describe('immuno-widgets validate', () => {
  it('a valid pack: exit 0 and what it holds', () => {
    const r = run('validate', file('ok.json', faq));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ok\.json: valid \(faq: 1 item\)/);
  });
  it('an invalid pack: exit 1, every problem with its field path and a fix', () => {
    const bad = { meta: { ...meta, lastReviewed: '31/01/2026', language: 'Spanish' }, faq: { items: [{ id: 'Not An Id', question: '', answer: [['x', { text: 'y', href: 'javascript:alert(1)' }]] }] } };
    const r = run('validate', file('bad.json', bad));
    assert.equal(r.code, 1);
    assert.match(r.err, /meta\.lastReviewed: must be a date written YYYY-MM-DD\n {4}fix: write the date as year-month-day/);
    assert.match(r.err, /meta\.language: .*\n {4}fix: use a language code such as "en"/);
    assert.match(r.err, /faq\.items\[0\]\.id: .*\n {4}fix: ids look like "checkpoint-inhibitors"/);
    assert.match(r.err, /faq\.items\[0\]\.question: must not be empty/);
    assert.match(r.err, /faq\.items\[0\]\.answer\[0\]\[1\]\.href: .*\n {4}fix: links start with https:\/\//);
  });
  it('warns about a misspelt section, ids that point nowhere and HTML typed into text, and still passes', () => {
    const pack = {
      ...faq,
      faqs: {},
      symptoms: { groups: [{ id: 'skin', name: 'Piel' }], items: [{ id: 'rash', group: 'skn', label: '<p>Sarpullido</p>', therapies: ['checkpoint'], urgency: 'call', advice: 'Llame &quot;ya&quot;.' }] },
    };
    const r = run('validate', file('warn.json', pack));
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /faqs: is not a part of a pack and is ignored; did you mean "faq"\?/);
    assert.match(r.err, /symptoms\.items\[0\]\.group: "skn" is not in symptoms\.groups/);
    assert.match(r.err, /symptoms\.items\[0\]\.label: holds HTML/);
    assert.match(r.err, /symptoms\.items\[0\]\.advice: holds HTML or an HTML entity/);
  });
  it('a missing file: exit 2, naming it', () => {
    const r = run('validate', 'nope.json');
    assert.equal(r.code, 2);
    assert.match(r.err, /nope\.json: no such file/);
  });
  it('curly quotes: exit 2, says where and that an editor smartened them', () => {
    const r = run('validate', file('curly.json', '{\n  “meta”: {}\n}'));
    assert.equal(r.code, 2);
    assert.match(r.err, /curly\.json is not valid JSON at line 2, column 3/);
    assert.match(r.err, /curly quotes \(“ ”\) where JSON needs straight ones/);
  });
  it('HTML entities: exit 2, says it was copied from a web page', () => {
    const r = run('validate', file('entities.json', '{&quot;meta&quot;: {}}'));
    assert.equal(r.code, 2);
    assert.match(r.err, /HTML entities \(&quot;, &amp;, &#34;\)/);
  });
  it('<p>-wrapped JSON: exit 2, says a CMS changed it', () => {
    const r = run('validate', file('wrapped.json', '<p>{"meta": {}}</p>'));
    assert.equal(r.code, 2);
    assert.match(r.err, /wrapped in HTML \(<p>, <br>\): a CMS/);
  });
});

describe('immuno-widgets snippet', () => {
  it('prints the element with its content as light DOM, the layout style and the script tag', () => {
    const r = run('snippet', 'faq', '--content', file('faq.json', faq), '--lang', 'es', '--script', 'https://cdn.example/immuno-widgets.js', '--attr', 'searchable', '--attr', 'heading-level=2');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^<style>immuno-faq:is\(:not\(:defined\),:state\(upgrading\)\)/);
    assert.match(r.out, /<script type="module" src="https:\/\/cdn\.example\/immuno-widgets\.js"><\/script><immuno-faq lang="es" searchable heading-level="2" data-upgrade="in-turn in-pieces">/);
    assert.match(r.out, /<details id="aparcar"><summary>¿Dónde aparco\?<\/summary><p>En el nivel 2\.<\/p><\/details>/);
    assert.match(r.out, /<time data-written datetime="2026-01-31">31 de enero de 2026<\/time>/);
  });
  it('--lang without content in that language warns and marks the English text lang="en"', () => {
    const r = run('snippet', 'checklist', '--lang', 'fr');
    assert.equal(r.code, 0);
    assert.match(r.err, /warning: no built-in content in "fr"/);
    assert.match(r.out, /<immuno-side-effect-checklist lang="en" data-upgrade="in-turn in-pieces">/);
  });
  it('refuses event-handler attributes and javascript: script URLs', () => {
    const r = run('snippet', 'explorer', '--attr', 'onclick=alert(1)', '--script', 'javascript:alert(1)');
    assert.match(r.err, /refused the attribute "onclick"/);
    assert.match(r.err, /refused the script URL/);
    assert.doesNotMatch(r.out, /onclick|javascript:/);
  });
  it('content problems: the valid parts are printed, exit 1', () => {
    const pack = { meta, faq: { items: [faq.faq.items[0], { question: 'Sin respuesta' }] } };
    const r = run('snippet', 'faq', '--content', file('part.json', pack));
    assert.equal(r.code, 1);
    assert.match(r.err, /faq\.items\[1\]\.answer/);
    assert.match(r.out, /¿Dónde aparco\?/);
    assert.doesNotMatch(r.out, /Sin respuesta/);
  });
  it('--form reference writes a top-level JSON script with the id and content="#id"; --form json a JSON child', () => {
    const ref = run('snippet', 'faq', '--content', file('faq.json', faq), '--form', 'reference', '--content-id', 'our-faq');
    assert.equal(ref.code, 0, ref.err);
    assert.match(ref.out, /^<style>[^\n]*<\/style>\n<script type="application\/json" id="our-faq">\{"meta":/);
    assert.match(ref.out, /<immuno-faq lang="es" content="#our-faq"><\/immuno-faq><\/div>\n$/);
    const child = run('snippet', 'faq', '--content', file('faq.json', faq), '--form', 'json');
    assert.match(child.out, /<immuno-faq lang="es">\n<script type="application\/json">\{"meta":[^\n]*"¿Dónde aparco\?"[^\n]*<\/script>\n<\/immuno-faq>/);
  });
  it('--form with an unknown form, or a --content-id that is not a plain id: exit 2', () => {
    assert.match(run('snippet', 'faq', '--form', 'iframe').err, /--form "iframe": use one of light-dom, json, reference/);
    assert.equal(run('snippet', 'faq', '--form', 'reference', '--content-id', '"><x').code, 2);
  });
  it('an unknown widget or command, or no arguments: exit 2 with the usage', () => {
    assert.equal(run('snippet', 'carousel').code, 2);
    assert.equal(run('frobnicate').code, 2);
    const none = run();
    assert.equal(none.code, 2);
    assert.match(none.err, /Usage:/);
  });
  it('--help: exit 0 with the usage', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /immuno-widgets snippet <widget>/);
  });
});
