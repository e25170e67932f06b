/**
 * Real CMS editors (CKEditor 5 and TinyMCE from npm, configured as Drupal and WordPress configure
 * them) get every snippet the renderer makes, and what they give back is put in a page with the
 * built bundle. Each set-up × content form is one test, whose title is the measured fact; the
 * recipes come from docs/embed/editors.md. Needs `npm run build` (dist/immuno-widgets.js).
 */
import { expect } from '@open-wc/testing';
import { FORMS, NAMES, PACKS, makeCase, outcome, type Case } from './editors/cases.js';
import { EDITORS, type EditorId, type RoundTrip } from './editors/editors.js';
import { block, guide } from './editors/markdown.js';
import { renderPage } from './editors/page.js';
import type { SnippetForm } from '../src/embed/render.js';

const GUIDE = 'docs/embed/editors.md';
const RECIPES: Partial<Record<EditorId, () => Promise<unknown>>> = {
  'ckeditor5-drupal-basic-html-recipe': async () => (await block(GUIDE, 'drupal-basic-html-tags')).code.trim(),
  'ckeditor5-drupal-basic-html-ghs-recipe': async () => JSON.parse((await block(GUIDE, 'ckeditor5')).code),
  'tinymce-wordpress-classic-recipe': async () => JSON.parse((await block(GUIDE, 'tinymce')).code),
};

/** The facts a test can state; each case's outcome (cases.ts) must match. */
const FACTS = {
  renders: { says: "the widget shows the pack's texts; no warning, no error", match: /^renders$/ },
  removed: { says: 'the editor removes the custom element; its text is left as loose paragraphs', match: /^<immuno-[a-z-]+> removed$/ },
  emptied: { says: 'the editor empties the JSON script inside the element: built-in content and a content warning', match: /^JSON script emptied, .*content warning$/ },
} as const;
type Fact = keyof typeof FACTS;

/** What each set-up does to each form, as measured in Chromium, Firefox and WebKit, for all eight snippets. */
const EXPECTED: Record<EditorId, Record<SnippetForm, Fact>> = {
  'ckeditor5-drupal-full-html': { 'light-dom': 'renders', json: 'emptied', reference: 'renders' },
  'ckeditor5-drupal-basic-html': { 'light-dom': 'removed', json: 'removed', reference: 'removed' },
  'ckeditor5-drupal-basic-html-recipe': { 'light-dom': 'removed', json: 'removed', reference: 'removed' },
  'ckeditor5-drupal-basic-html-ghs-recipe': { 'light-dom': 'renders', json: 'emptied', reference: 'renders' },
  'tinymce-defaults': { 'light-dom': 'removed', json: 'removed', reference: 'removed' },
  'tinymce-wordpress-classic': { 'light-dom': 'removed', json: 'removed', reference: 'removed' },
  'tinymce-wordpress-classic-recipe': { 'light-dom': 'renders', json: 'renders', reference: 'renders' },
};

for (const [id, editor] of Object.entries(EDITORS) as [EditorId, (typeof EDITORS)[EditorId]][]) {
  describe(editor.label, function () {
    this.timeout(120000);
    let ed: RoundTrip;
    before(async () => {
      ed = await editor.start(await RECIPES[id]?.());
    });
    after(async () => ed?.destroy());
    for (const form of FORMS) {
      const want = EXPECTED[id][form];
      it(`${form} form: ${FACTS[want].says}`, async () => {
        const cases: Case[] = NAMES.flatMap((n) => PACKS.map((p) => makeCase(n, p, form)));
        const outputs: string[] = [];
        for (const c of cases) outputs.push(await ed.roundTrip(c.html));
        const page = await renderPage(cases.map((c, i) => `<section data-case="${c.id}">${outputs[i]}</section>`).join('\n'));
        try {
          const got = Object.fromEntries(cases.map((c) => [c.id, outcome(page, c)]));
          const report = JSON.stringify(got, null, 1);
          expect(page.errors, 'no error on the page').to.deep.equal([]);
          if (want === 'renders') expect(page.warnings.filter((w) => w.startsWith('immuno-')), 'no widget warning').to.deep.equal([]);
          const wrong = Object.entries(got).filter(([, o]) => !FACTS[want].match.test(o));
          expect(wrong, `${id} ${form}: ${report}\n${outputs[0].slice(0, 1500)}`).to.deep.equal([]);
        } finally {
          page.remove();
        }
      });
    }
  });
}

describe('docs/embed/editors.md states what these tests measure', () => {
  it('its table has one row per set-up, in the same order, with the measured fact for each form', async () => {
    const md = await guide(GUIDE);
    const rows = [...md.matchAll(/^\| (CKEditor 5|TinyMCE)[^\n]*$/gm)].map((m) => m[0].split('|').slice(2, 5).map((c) => c.trim()));
    const word = (cell: string): Fact | string =>
      cell === 'works' ? 'renders' : cell === 'element removed' ? 'removed' : cell.startsWith('script emptied') ? 'emptied' : cell;
    const ids = Object.keys(EDITORS) as EditorId[];
    expect(rows.map((r) => r.map(word))).to.deep.equal(ids.map((id) => FORMS.map((f) => EXPECTED[id][f])));
  });
});
