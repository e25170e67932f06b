import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import * as v from 'valibot';
import '../src/define.js';
import { defineAll } from '../src/define-all.js';
import { en } from '../src/content/en/index.js';
import { ContentPackSchema, UrlSchema } from '../src/content/schema.js';
import { validateContent } from '../src/content/validate.js';
import { faqSection } from '../src/content/sections.js';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';

defineAll();

const pack = (items: unknown[]) => ({ meta: en.meta, faq: { items } });

describe('the built-in English pack', () => {
  it('is valid against the one schema', () => {
    const r = v.safeParse(ContentPackSchema, en);
    expect(r.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).to.deep.equal([]);
  });

  it('names no reviewer and no review date, and carries sources, the date written and a disclaimer', () => {
    expect(en.meta.reviewer).to.equal(undefined);
    expect(en.meta.lastReviewed).to.equal(undefined);
    expect(en.meta.sources.length).to.be.greaterThan(2);
    expect(en.meta.written).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(en.meta.disclaimer).to.not.equal(undefined);
  });

  it('has nine therapy types, eight steps, symptoms for each therapy set and at least twelve questions', () => {
    expect(en.therapies!.items.map((t) => t.id)).to.have.members([
      'checkpoint-inhibitors', 'monoclonal-antibodies', 'car-t', 'bispecific-antibodies', 'til-therapy', 'cancer-vaccines', 'cytokines', 'oncolytic-viruses', 'bcg',
    ]);
    expect(en.steps!.items).to.have.length(8);
    const sym = en.symptoms!.items;
    expect(sym.some((s) => s.therapies.includes('checkpoint'))).to.equal(true);
    expect(sym.some((s) => s.therapies.includes('car-t'))).to.equal(true);
    expect(sym.some((s) => s.therapies.includes('bispecific'))).to.equal(true);
    const levels = new Set(sym.flatMap((s) => [s.urgency, ...Object.values(s.severity ?? {})]));
    expect([...levels]).to.have.members(['emergency', 'call', 'visit']);
    expect(en.faq!.items.length).to.be.at.least(12);
  });

  it('has no broken cross-references', () => {
    const cancers = new Set(en.therapies!.cancers.map((c) => c.id));
    const symptoms = new Set(en.symptoms!.items.map((s) => s.id));
    const groups = new Set(en.symptoms!.groups.map((g) => g.id));
    for (const t of en.therapies!.items) {
      for (const c of t.cancers) expect(cancers.has(c), `${t.id} → cancer ${c}`).to.equal(true);
      for (const s of t.sideEffects ?? []) expect(symptoms.has(s), `${t.id} → symptom ${s}`).to.equal(true);
    }
    for (const s of en.symptoms!.items) expect(groups.has(s.group), `${s.id} → group ${s.group}`).to.equal(true);
  });
});

describe('link URLs', () => {
  const ok = (url: string) => v.safeParse(UrlSchema, url).success;
  it('allows https, http, tel, mailto and relative URLs', () => {
    for (const u of ['https://example.org/a', 'http://x.test', 'tel:+15551234567', 'mailto:a@b.test', '/help', 'page.html', '#top', '?q=1'])
      expect(ok(u), u).to.equal(true);
  });
  it('refuses script and data URLs, also when disguised', () => {
    for (const u of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<b>', 'vbscript:x', ''])
      expect(ok(u), JSON.stringify(u)).to.equal(false);
  });
});

describe('validateContent', () => {

  it('keeps valid items and names the path of each bad one', () => {
    const r = validateContent(pack([{ question: 'A?', answer: 'Yes.' }, { question: '', answer: 'x' }, { question: 'B?', answer: 'No.' }]), faqSection);
    expect(r.section.items.map((q) => q.question)).to.deep.equal(['A?', 'B?']);
    expect(r.issues.map((i) => i.path)).to.deep.equal(['faq.items[1].question']);
  });

  it('falls back to the built-in section when nothing is usable', () => {
    const r = validateContent(pack([{ nope: 1 }]), faqSection);
    expect(r.section).to.equal(en.faq);
    expect(r.issues.length).to.be.greaterThan(0);
  });

  it('falls back to the built-in metadata when it is broken, keeping the section', () => {
    const r = validateContent({ meta: { language: 'en' }, faq: { items: [{ question: 'Q?', answer: 'A.' }] } }, faqSection);
    expect(r.meta).to.equal(en.meta);
    expect(r.section.items[0].question).to.equal('Q?');
    expect(r.issues.some((i) => i.path.startsWith('meta.'))).to.equal(true);
  });

  it('refuses non-objects without throwing', () => {
    for (const bad of [null, 42, 'x', [], undefined]) {
      const r = validateContent(bad, faqSection);
      expect(r.section).to.equal(en.faq);
      expect(r.issues[0].path).to.equal('');
    }
  });

  it('drops a link with a javascript: URL', () => {
    const r = validateContent(pack([{ question: 'Q?', answer: [['see ', { text: 'this', href: 'javascript:alert(1)' }]] }, { question: 'R?', answer: 'ok' }]), faqSection);
    expect(r.section.items.map((q) => q.question)).to.deep.equal(['R?']);
    expect(r.issues[0].path).to.match(/^faq\.items\[0\]\.answer/);
  });

  it('keeps valid UI string overrides and drops invalid ones', () => {
    const r = validateContent({ ...pack([{ question: 'Q?', answer: 'A.' }]), strings: { faqShowAll: 'Open all', faqHideAll: 7 } }, faqSection);
    expect(r.strings).to.deep.equal({ faqShowAll: 'Open all' });
    expect(r.issues[0].path).to.match(/^strings/);
  });
});

describe('content sources', () => {
  it('uses the built-in pack with no attribute at all', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
    expect(shadowText(el)).to.contain(en.faq!.items[0].question);
  });

  it('prefers the content property over a JSON script child', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq .content=${pack([{ question: 'From the property?', answer: 'Yes.' }])}>
      <script type="application/json">${JSON.stringify(pack([{ question: 'From the script?', answer: 'Yes.' }]))}</script>
    </immuno-faq>`);
    expect(shadowText(el)).to.contain('From the property?');
    expect(shadowText(el)).to.not.contain('From the script?');
  });

  it('reads a JSON script child before src', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq src="/does-not-exist.json">
      <script type="application/json">${JSON.stringify(pack([{ question: 'From the script?', answer: 'Yes.' }]))}</script>
    </immuno-faq>`);
    expect(shadowText(el)).to.contain('From the script?');
  });

  it('loads content from src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(pack([{ question: 'From a file?', answer: 'Yes.' }]))], { type: 'application/json' }));
    const el = await fixture<ImmunoFaq>(html`<immuno-faq src=${url}></immuno-faq>`);
    await waitFor(() => shadowText(el).includes('From a file?'), 3000, 'src content');
  });

  it('updates when the content property changes', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
    el.content = pack([{ question: 'Changed?', answer: 'Yes.' }]);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Changed?');
  });
});

describe('bad content never blanks a widget', () => {
  it('warns once with the tag name and path, fires immuno-content-error, and renders the valid part', async () => {
    const el = document.createElement('immuno-faq');
    el.content = pack([{ question: 'Good?', answer: 'Yes.' }, { question: 'Bad?', answer: [] }]);
    const event = oneEvent(document, 'immuno-content-error');
    let warnings: string[] = [];
    warnings = await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    const e = (await event) as CustomEvent<{ issues: { path: string }[] }>;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^immuno-faq: /);
    expect(warnings[0]).to.contain('faq.items[1].answer');
    expect(e.detail.issues[0].path).to.equal('faq.items[1].answer');
    expect(e.bubbles && e.composed).to.equal(true);
    expect(shadowText(el)).to.contain('Good?');
    el.remove();
  });

  for (const [name, body, status] of [
    ['a 404', 'not here', 404],
    ['non-JSON', '<html>oops</html>', 200],
  ] as const) {
    it(`falls back to the built-in content after ${name} from src`, async () => {
      const original = window.fetch;
      window.fetch = async () => new Response(body, { status });
      try {
        const el = document.createElement('immuno-faq');
        el.src = '/content.json';
        const event = oneEvent(el, 'immuno-content-error');
        const warnings = await captureWarnings(async () => {
          document.body.append(el);
          await event;
          await el.updateComplete;
        });
        expect(warnings[0]).to.match(/^immuno-faq: .*\/content\.json/);
        expect(shadowText(el)).to.contain(en.faq!.items[0].question);
        el.remove();
      } finally {
        window.fetch = original;
      }
    });
  }

  it('falls back after a network error', async () => {
    const el = document.createElement('immuno-faq');
    el.src = 'http://127.0.0.1:1/nothing.json';
    const event = oneEvent(el, 'immuno-content-error');
    await captureWarnings(async () => {
      document.body.append(el);
      await event;
      await el.updateComplete;
    });
    expect(shadowText(el)).to.contain(en.faq!.items[0].question);
    el.remove();
  });

  it('gives up on a slow src after src-timeout and shows a loading state meanwhile', async () => {
    const original = window.fetch;
    window.fetch = (_u, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    try {
      const el = document.createElement('immuno-faq');
      el.src = '/slow.json';
      el.srcTimeout = 100;
      const event = oneEvent(el, 'immuno-content-error');
      const warnings = await captureWarnings(async () => {
        document.body.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
        await event;
        await el.updateComplete;
      });
      expect(warnings[0]).to.contain('took longer than 100 ms');
      expect(shadowText(el)).to.contain(en.faq!.items[0].question);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('reports a JSON script child that is not JSON', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq><script type="application/json">{oops</script></immuno-faq>`);
      expect(shadowText(el)).to.contain(en.faq!.items[0].question);
    });
    expect(warnings[0]).to.match(/^immuno-faq: .*not valid JSON/);
  });

  it('renders JSON text as text, never as markup', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq .content=${pack([{ question: '<img src=x onerror=alert(1)>', answer: '<script>alert(1)</script>' }])}></immuno-faq>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
  });
});
