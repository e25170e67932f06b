import { expect } from '@open-wc/testing';
import { readDetails, readFaq } from '../src/components/faq/faq-light-dom.js';
import { readSteps } from '../src/components/how-it-works/steps-light-dom.js';
import { readSymptoms } from '../src/components/side-effect-checklist/checklist-light-dom.js';
import { readTherapies } from '../src/components/therapy-explorer/therapy-light-dom.js';
import { plainText } from '../src/content/rich-text.js';
import type { RichText, SectionName } from '../src/content/schema.js';
import { validateContent } from '../src/content/validate.js';
import { canonicalRichText } from '../src/embed/html.js';
import { renderSnippet, sectionFor } from '../src/embed/render.js';
import { widget, widgets, type WidgetName } from '../src/widgets.js';
import { wpautop } from './wpautop.js';

const READERS: Record<WidgetName, (host: Element) => Record<string, unknown> | undefined> = {
  faq: readFaq,
  'how-it-works': readSteps,
  'side-effect-checklist': readSymptoms,
  'therapy-explorer': readTherapies,
};
const NAMES: WidgetName[] = widgets.map((w) => w.name);

/** Parses a snippet in an inert document (no custom element upgrades) and returns the widget element. */
function parse(html: string, name: WidgetName): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const host = doc.querySelector(widget(name).tag);
  if (!host) throw new Error(`no <${widget(name).tag}> in ${html.slice(0, 200)}`);
  return host;
}

const RICH = new Set(['answer', 'intro', 'text', 'detail', 'howItWorks', 'schedule', 'sideEffectsNote', 'advice', 'disclaimer']);
/** Content in one canonical form: rich text canonical, strings as a browser shows them. */
function canon(x: unknown, key = ''): unknown {
  if (RICH.has(key) && x !== undefined) return canonicalRichText(x as RichText);
  if (typeof x === 'string') return x.replace(/\s+/g, ' ').trim();
  if (Array.isArray(x)) return x.map((v) => canon(v));
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, canon(v, k)]));
  return x;
}

/** What a reader gets, validated as the widget validates it. */
function readBack(html: string, name: WidgetName) {
  const def = sectionFor(name);
  const pack = READERS[name](parse(html, name));
  const r = validateContent(pack, def);
  return { ...r, pack };
}

/** A pack where every optional field is used, with rich text everywhere it is allowed. */
const rich: RichText = ['First paragraph, with “quotes” & <angle> brackets.', ['See ', { text: 'the NCI page', href: 'https://www.cancer.gov/x?a=1&b=2' }, ' for more.'], { list: ['one', 'two'] }, { list: ['first', 'second'], ordered: true }];
const meta = {
  language: 'es',
  publisher: 'Hospital Ejemplo',
  sources: [{ title: 'Fuente “uno”', url: 'https://example.org/a?x=1&y=2', publisher: 'Instituto' }, { title: 'Dos', url: '/local/page' }],
  written: '2026-02-01',
  lastReviewed: '2026-03-04',
  reviewer: 'Dra. Pérez',
  disclaimer: rich,
};
const FULL: Record<WidgetName, Record<string, unknown>> = {
  faq: { meta, faq: { intro: rich, items: [{ id: 'uno', question: '¿Qué es?', answer: rich, open: true }, { id: 'dos', question: 'Dos <b>', answer: 'Simple.' }] } },
  'how-it-works': {
    meta,
    steps: { intro: 'Intro.', items: [{ id: 'a', title: 'Uno', text: rich, detail: rich, picture: 'spot' }, { id: 'b', title: 'Dos', text: 'Texto.' }] },
  },
  'side-effect-checklist': {
    meta,
    symptoms: {
      intro: rich,
      groups: [{ id: 'piel', name: 'Piel' }, { id: 'vacio', name: 'Vacío' }, { id: 'general', name: 'General' }],
      items: [
        { id: 'rash', group: 'piel', label: 'Sarpullido', hint: 'Manchas', therapies: ['checkpoint', 'car-t'], urgency: 'call', severity: { mild: 'visit', moderate: 'call', severe: 'emergency' }, advice: rich },
        { id: 'fever', group: 'general', label: 'Fiebre', therapies: ['car-t'], urgency: 'emergency', advice: 'Llame.' },
      ],
    },
  },
  'therapy-explorer': {
    meta,
    therapies: {
      intro: rich,
      cancers: [{ id: 'melanoma', name: 'Melanoma' }, { id: 'unused', name: 'Not used by any type' }, { id: 'lung', name: 'Pulmón' }],
      items: [
        {
          id: 'cpi', name: 'Inhibidores', otherNames: ['PD-1', 'CTLA-4'], summary: 'Quitan los frenos.', howItWorks: rich, cancers: ['lung', 'melanoma'],
          medicines: [{ generic: 'pembrolizumab', brands: ['Keytruda', 'X'] }, { generic: 'nivolumab' }], givenBy: ['IV'], schedule: rich,
          sideEffects: ['fever', 'rash'], sideEffectsNote: rich, questions: ['¿Cuánto?'], checklist: 'checkpoint',
        },
        { id: 'min', name: 'Mínimo', summary: 'S.', howItWorks: 'H.', cancers: [], givenBy: ['Oral'] },
      ],
    },
  },
};

describe('embed renderer', () => {
  describe('round trip: render → read → the same content', () => {
    for (const name of NAMES) {
      const def = sectionFor(name);
      it(`${name}: the built-in content comes back unchanged`, () => {
        const { html } = renderSnippet(name);
        const r = readBack(html, name);
        expect(r.issues).to.deep.equal([]);
        expect(canon(r.section)).to.deep.equal(canon(def.builtIn.section));
        expect(canon(r.meta)).to.deep.equal(canon(def.builtIn.meta));
      });
      it(`${name}: a pack using every field, rich text, links and a Spanish meta comes back unchanged`, () => {
        const pack = FULL[name];
        const out = renderSnippet(name, { content: pack });
        expect(out.issues).to.deep.equal([]);
        expect(out.lang).to.equal('es');
        const r = readBack(out.html, name);
        expect(r.issues).to.deep.equal([]);
        expect(canon(r.section)).to.deep.equal(canon(pack[def.name as SectionName]));
        expect(canon(r.meta)).to.deep.equal(canon(meta));
      });
      it(`${name}: fields the form does not know yet travel as JSON and come back`, () => {
        const section = structuredClone(FULL[name][def.name]) as { items: Record<string, unknown>[] } & Record<string, unknown>;
        section.items[0].levels = { bispecific: { mild: 'call' } };
        section.rules = [{ when: ['rash', 'fever'], urgency: 'emergency', source: 'Guía' }];
        const pack = { ...FULL[name], meta: { ...meta, written: '2026-01-01' }, [def.name]: section, strings: { sourcesLabel: 'Fuentes citadas' } };
        // The schema does not know these fields yet, so feed the form directly, as it will get them once it does.
        const { html } = renderSnippet(name, { content: pack });
        const host = parse(html.replace('<aside data-meta', `<aside data-json='{"written":"2026-01-01"}' data-meta`), name);
        const first = host.querySelector('[id]:is(details, li, article)')!;
        first.setAttribute('data-json', JSON.stringify({ levels: { bispecific: { mild: 'call' } } }));
        host.querySelector('[data-extra]')!.setAttribute('data-section', JSON.stringify({ rules: section.rules }));
        const read = READERS[name](host)!;
        const s = read[def.name] as typeof section;
        expect(s.items[0].levels).to.deep.equal({ bispecific: { mild: 'call' } });
        expect(s.rules).to.deep.equal(section.rules);
        expect((read.meta as Record<string, unknown>).written).to.equal('2026-01-01');
        expect(read.strings).to.deep.equal({ sourcesLabel: 'Fuentes citadas' });
        expect(html).to.contain('Fuentes citadas');
      });
    }
  });

  it('the forms write unknown fields as data-json, and the readers merge them back', async () => {
    const { symptomsForm, metaForm } = await import('../src/embed/forms.js');
    const { labels } = await import('../src/embed/labels.js');
    const ctx = { t: labels('en'), lang: 'en', headingLevel: 3 };
    const section = structuredClone(FULL['side-effect-checklist'].symptoms) as Parameters<typeof symptomsForm>[0];
    Object.assign(section.items[0], { levels: { bispecific: { mild: 'call' } } });
    const m = { ...meta, written: '2026-01-01' } as Parameters<typeof metaForm>[0];
    const html = `<immuno-side-effect-checklist>${symptomsForm(section, ctx).join('\n')}${metaForm(m, ctx)}</immuno-side-effect-checklist>`;
    const read = readSymptoms(parse(html, 'side-effect-checklist'))!;
    expect((read.symptoms as { items: Record<string, unknown>[] }).items[0].levels).to.deep.equal({ bispecific: { mild: 'call' } });
    expect((read.meta as Record<string, unknown>).written).to.equal('2026-01-01');
  });

  describe('hostile content comes out inert', () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)> \' onmouseover=alert(3) x="';
    const hostile = (name: WidgetName) => {
      const pack = structuredClone(FULL[name]) as Record<string, Record<string, unknown>>;
      const json = JSON.stringify(pack).replaceAll('Uno', evil.replaceAll('"', '\\"')).replaceAll('Sarpullido', evil.replaceAll('"', '\\"'));
      return JSON.parse(json.replaceAll('Inhibidores', evil.replaceAll('"', '\\"')).replaceAll('¿Qué es?', evil.replaceAll('"', '\\"')));
    };
    for (const name of NAMES) {
      it(`${name}: no on… attribute, no script, no javascript: link; the text shows as text`, () => {
        const out = renderSnippet(name, {
          content: hostile(name),
          attributes: { onclick: 'alert(4)', 'data-x': evil, 'heading-level': '2' },
          script: 'javascript:alert(5)',
        });
        expect(out.warnings.join(' ')).to.contain('onclick').and.contain('javascript:');
        const doc = new DOMParser().parseFromString(out.html, 'text/html');
        const all = [...doc.querySelectorAll('*')];
        expect(all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).to.deep.equal([]);
        expect(doc.querySelectorAll('script, img, iframe, object, embed').length).to.equal(0);
        expect([...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h!))).to.deep.equal([]);
        expect(doc.body.textContent).to.contain('<script>alert(1)</script>');
        expect(doc.querySelector(widget(name).tag)!.getAttribute('data-x')).to.equal(evil);
      });
    }
    for (const form of ['json', 'reference'] as const)
      for (const name of NAMES)
        it(`${name}, ${form} form: one JSON script whose text is the validated pack; nothing in it ends the script`, () => {
          const out = renderSnippet(name, { content: hostile(name), form, attributes: { 'heading-level': '2' } });
          const doc = new DOMParser().parseFromString(out.html, 'text/html');
          const scripts = [...doc.querySelectorAll('script')];
          expect(scripts.map((s) => s.type)).to.deep.equal(['application/json']);
          expect(doc.querySelectorAll('img, iframe, object, embed').length).to.equal(0);
          const el = doc.querySelector(widget(name).tag)!;
          if (form === 'json') expect(scripts[0].parentElement).to.equal(el);
          else {
            expect(scripts[0].closest(widget(name).tag)).to.equal(null);
            expect(el.getAttribute('content')).to.equal(`#${scripts[0].id}`);
            expect(el.childNodes.length).to.equal(0);
          }
          expect(scripts[0].textContent).not.to.match(/[<>&\n]/);
          const parsed = JSON.parse(scripts[0].textContent!) as Record<string, unknown>;
          const section = sectionFor(name).name;
          expect(validateContent(parsed, sectionFor(name)).issues).to.deep.equal([]);
          expect(JSON.stringify(parsed[section])).to.contain('<script>alert(1)</script>');
        });

    it('a javascript: link in unvalidated rich text is written as text', async () => {
      const { richHtml } = await import('../src/embed/html.js');
      expect(richHtml([['a ', { text: 'link', href: 'javascript:alert(1)' }, { text: 'tab', href: 'java\tscript:alert(1)' }]])).to.equal('<p>a linktab</p>');
    });
    it('a link the schema refuses is reported with its path and left out', () => {
      const pack = structuredClone(FULL.faq) as { faq: { items: { answer: unknown }[] } };
      pack.faq.items[1].answer = [[{ text: 'x', href: 'javascript:alert(1)' }]];
      const out = renderSnippet('faq', { content: pack });
      expect(out.issues.map((i) => i.path).some((p) => p.startsWith('faq.items[1].answer'))).to.equal(true);
      expect(out.html).not.to.contain('javascript:');
    });
  });

  describe('WordPress wpautop leaves the content readable', () => {
    it('the port behaves like WordPress on a known input', () => {
      expect(wpautop('One\n\nTwo\nlines')).to.equal('<p>One</p>\n<p>Two<br />\nlines</p>\n');
      expect(wpautop('<div>a</div>\n<ul>\n<li>x</li>\n</ul>')).to.equal('<div>a</div>\n<ul>\n<li>x</li>\n</ul>\n');
    });
    it('a bare custom element is broken by it (why the snippet wraps it in a <div>)', () => {
      const bare = '<immuno-faq>\n<details><summary>Q</summary><p>A</p></details>\n</immuno-faq>';
      const doc = new DOMParser().parseFromString(wpautop(bare), 'text/html');
      expect(doc.querySelector('immuno-faq > details')).to.equal(null);
    });
    for (const name of NAMES) {
      for (const [label, content] of [['built-in', undefined], ['full pack', FULL[name]]] as const) {
        it(`${name} (${label}): the reader gets the same content after wpautop`, () => {
          const { html } = renderSnippet(name, { content, script: 'https://cdn.example/immuno-widgets.js' });
          const before = readBack(html, name);
          const after = readBack(wpautop(html), name);
          expect(after.issues).to.deep.equal([]);
          expect(after.pack).to.deep.equal(before.pack);
          // Only empty paragraphs are added inside the element, and no <br>.
          const host = parse(wpautop(html), name);
          expect(host.querySelectorAll('br').length).to.equal(0);
          expect([...host.children].filter((c) => c.tagName === 'P').every((p) => p.textContent === '')).to.equal(true);
        });
      }
    }
  });

  describe('language', () => {
    it('--lang with only English content warns and marks the element lang="en"', () => {
      const out = renderSnippet('faq', { lang: 'es' });
      expect(out.lang).to.equal('en');
      expect(out.warnings[0]).to.contain('no built-in content in "es"');
      expect(parse(out.html, 'faq').getAttribute('lang')).to.equal('en');
    });
    it('a Spanish pack is marked lang="es" and gets Spanish labels', () => {
      const out = renderSnippet('therapy-explorer', { content: FULL['therapy-explorer'], lang: 'es' });
      expect(out.warnings).to.deep.equal([]);
      expect(out.html).to.contain('<dt>Cómo funciona</dt>').and.contain('Revisado el');
    });
  });

  it('the FAQ widget reader agrees with the full reader (same ids, questions, answer text)', () => {
    const host = parse(renderSnippet('faq', { content: FULL.faq }).html, 'faq');
    const full = readFaq(host)!.faq as { items: { id: string; question: string; answer: RichText; open?: boolean }[] };
    const el = document.adoptNode(host) as HTMLElement;
    const items = readDetails(el, new WeakMap(), new Map());
    expect(items.map((q) => [q.id, q.question, q.open])).to.deep.equal(full.items.map((q) => [q.id, q.question, !!q.open]));
    expect(items.map((q) => q.answer)).to.deep.equal(full.items.map((q) => plainText(q.answer).replace(/\s+/g, ' ')));
  });
});
