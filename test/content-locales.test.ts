import { expect, fixture, html } from '@open-wc/testing';
import * as v from 'valibot';
import { defineAll } from '../src/define-all.js';
import { en } from '../src/content/en/index.js';
import { contentLanguages, registerContentLanguage } from '../src/content/languages.js';
import { plainText } from '../src/content/rich-text.js';
import { ContentPackSchema, type ContentPack, type RichText } from '../src/content/schema.js';
import { localize, type ContentText } from '../src/content/translation.js';
import { ownLevel, triage, therapyFilters } from '../src/content/triage.js';
import { format, registerLocale } from '../src/i18n/i18n.js';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import type { ImmunoSideEffectChecklist } from '../src/components/side-effect-checklist/side-effect-checklist.js';
import { arabicPack, arabicStrings } from '../stories/samples/arabic.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';

defineAll();

const texts: Record<string, () => Promise<{ text: ContentText }>> = {
  es: () => import('../src/content/es/index.js'),
  hi: () => import('../src/content/hi/index.js'),
};

/** Every value that is not a word a patient reads: ids, levels, rules, sets, links. */
function structure(pack: ContentPack): unknown {
  const words = new Set([
    'language', 'audience', 'written', 'translatedFrom', 'disclaimer', 'intro', 'name', 'otherNames', 'summary',
    'howItWorks', 'givenBy', 'schedule', 'sideEffectsNote', 'questions', 'title', 'text', 'detail', 'label', 'hint',
    'advice', 'explanation', 'notListed', 'question', 'answer', 'generic',
  ]);
  return JSON.parse(JSON.stringify(pack, (k, value: unknown) => (words.has(k) ? undefined : value)));
}

const rich = (r: RichText | undefined) => plainText(r);
/** Whether the widget's shadow text includes `s` (a boolean, so a failure does not print the whole page). */
const has = (el: Element, s: string) => shadowText(el).includes(s);

describe('the built-in content in every language', () => {
  it('is offered in English, Spanish and Hindi', () => {
    expect([...contentLanguages].sort()).to.deep.equal(['en', 'es', 'hi']);
  });

  for (const lang of Object.keys(texts)) {
    describe(lang, () => {
      let pack: ContentPack;
      let missing: string[];
      before(async () => ({ pack, missing } = localize(en, (await texts[lang]()).text)));

      it('has every content id of English, with its own words for each (nothing left in English)', () => {
        expect(missing).to.deep.equal([]);
      });

      it('is a valid content pack that says its language, audience, date and that no one has reviewed it', () => {
        expect(v.safeParse(ContentPackSchema, pack).success).to.equal(true);
        expect(pack.meta.language).to.equal(lang);
        expect(pack.meta.audience).to.be.a('string').and.not.be.empty;
        expect(pack.meta.written).to.equal('2026-12-01');
        expect(pack.meta.translatedFrom).to.equal('en');
        expect(pack.meta).not.to.have.any.keys('reviewer', 'lastReviewed', 'languageReviewer');
      });

      it('keeps every id, level, severity rule, combination and link of English: a translation cannot change a level', () => {
        expect(structure(pack)).to.deep.equal(structure(en));
        const [ours, theirs] = [pack.symptoms!, en.symptoms!];
        for (const s of theirs.items) {
          const mine = ours.items.find((x) => x.id === s.id)!;
          for (const therapy of therapyFilters)
            for (const sev of [undefined, 'mild', 'moderate', 'severe'] as const)
              expect(ownLevel(mine, therapy, sev).level, `${s.id} ${therapy} ${sev}`).to.equal(ownLevel(s, therapy, sev).level);
        }
        const all = new Map(theirs.items.map((s) => [s.id, undefined]));
        expect(triage(ours, all, 'all').counts).to.deep.equal(triage(theirs, all, 'all').counts);
      });

      it('gives two therapies one advice wherever English does (then it is shown once, labelled with both)', () => {
        for (const s of en.symptoms!.items) {
          const mine = pack.symptoms!.items.find((x) => x.id === s.id)!;
          const same = (p: typeof s) => JSON.stringify(p.levels?.['car-t']?.advice) === JSON.stringify(p.levels?.bispecific?.advice);
          if (s.levels?.['car-t'] && s.levels.bispecific) expect(same(mine), s.id).to.equal(same(s));
        }
      });

      it('ignores anything in a translation that is not a word (a level slipped in is not used)', async () => {
        const { text } = await texts[lang]();
        const sneaky = structuredClone(text) as ContentText & { symptoms: { items: Record<string, object> } };
        sneaky.symptoms.items.fever = { ...sneaky.symptoms.items.fever, urgency: 'visit', levels: { 'car-t': 'x' } } as never;
        const { pack: p } = localize(en, sneaky);
        const fever = p.symptoms!.items.find((s) => s.id === 'fever')!;
        expect(fever.urgency).to.equal('call');
        expect(fever.levels!['car-t']!.urgency).to.equal('emergency');
      });

      it('differs from English in every sentence a patient reads', () => {
        const pairs: [string, string][] = [];
        en.faq!.items.forEach((q, i) => pairs.push([q.question, pack.faq!.items[i].question], [rich(q.answer), rich(pack.faq!.items[i].answer)]));
        en.symptoms!.items.forEach((s, i) => pairs.push([s.label, pack.symptoms!.items[i].label], [rich(s.advice), rich(pack.symptoms!.items[i].advice)]));
        en.steps!.items.forEach((s, i) => pairs.push([rich(s.text), rich(pack.steps!.items[i].text)]));
        en.therapies!.items.forEach((t, i) => pairs.push([t.summary, pack.therapies!.items[i].summary]));
        for (const [a, b] of pairs) expect(b, a).not.to.equal(a);
      });

      it('never breaks a line between a number and its unit (38 °C stays on one line at 320 px)', () => {
        const strings: string[] = [];
        JSON.stringify(pack, (_k, value: unknown) => (typeof value === 'string' && strings.push(value), value));
        expect(strings.filter((s) => /\d[ \t\n](°|%|mg\b|ml\b|kg\b|cm\b)/.test(s))).to.deep.equal([]);
      });

      it('keeps the medicines’ brand names, and their international names where patients read labels', () => {
        const meds = (p: ContentPack) => p.therapies!.items.flatMap((t) => t.medicines ?? []);
        expect(meds(pack).map((m) => m.brands)).to.deep.equal(meds(en).map((m) => m.brands));
        if (lang === 'hi')
          meds(en).forEach((m, i) => {
            const name = meds(pack)[i].generic;
            expect(name, m.generic).to.match(/[\u0900-\u097F]/);
            expect(name, m.generic).to.include(m.generic);
          });
      });
    });
  }
});

describe('a widget’s language', () => {
  it('is the nearest ancestor’s lang: a FAQ in <div lang="es"> under an English page is Spanish, content and all', async () => {
    expect(document.documentElement.lang || 'en').to.match(/^en/);
    const wrap = await fixture<HTMLElement>(html`<div lang="es"><immuno-faq></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    await waitFor(() => has(el, '¿Qué es la inmunoterapia?'), 3000, 'Spanish content');
    expect(has(el, 'Mostrar todas las respuestas'), 'Spanish UI').to.equal(true);
    expect(has(el, 'What is immunotherapy?'), 'no English').to.equal(false);
    expect(has(el, 'Show all answers'), 'no English UI').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('follows a change of lang, from Spanish to Hindi', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="es"><immuno-faq></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    await waitFor(() => has(el, '¿Qué es la inmunoterapia?'), 3000, 'Spanish content');
    wrap.lang = 'hi';
    await waitFor(() => has(el, 'इम्यूनोथेरेपी क्या है?'), 3000, 'Hindi content');
    expect(has(el, 'सारे जवाब दिखाएँ'), 'Hindi UI').to.equal(true);
    expect(/[áéíóú¿]/.test(shadowText(el)), 'no Spanish left').to.equal(false);
  });

  it('names a FAQ toggle in the language’s own word order, the visible word inside it (Hindi: "यह जवाब दिखाएँ")', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="hi"><immuno-faq></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    await waitFor(() => has(el, 'इम्यूनोथेरेपी क्या है?'), 3000, 'Hindi content');
    const toggle = el.shadowRoot!.querySelector('.question .toggle')!;
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('यह जवाब दिखाएँ');
    const seen = [...toggle.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(seen.map((n) => n.textContent).join('').trim()).to.equal('दिखाएँ');
    // Named by its content, not aria-labelledby: hidden words would come between the visible question and "दिखाएँ" (WCAG 2.5.3).
    expect(el.shadowRoot!.querySelector('.question')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(el.shadowRoot!.querySelector('#say-show')).to.equal(null);
  });

  it('renames FAQ questions in place when the language changes between content names and aria-labelledby', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="hi"><immuno-faq heading-level="2"></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    await waitFor(() => has(el, 'इम्यूनोथेरेपी क्या है?'), 3000, 'Hindi content');
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.question')!;
    const hidden = () => [...button().querySelectorAll('.visually-hidden')].map((s) => s.textContent);
    expect(hidden()).to.deep.equal([', ', 'यह जवाब\u00a0']);
    wrap.lang = 'en';
    await waitFor(() => has(el, 'What is immunotherapy?'), 3000, 'English content');
    await el.updateComplete;
    expect(hidden()).to.deep.equal([]);
    expect(button().getAttribute('aria-labelledby')).to.equal('t-what-is-immunotherapy say-show');
    expect(button().querySelector('.toggle')!.textContent).to.equal('Show');
    button().click();
    await el.updateComplete;
    expect(button().getAttribute('aria-labelledby')).to.equal('t-what-is-immunotherapy say-hide');
    expect(button().getAttribute('aria-expanded')).to.equal('true');
    wrap.lang = 'hi';
    await waitFor(() => has(el, 'इम्यूनोथेरेपी क्या है?'), 3000, 'Hindi content again');
    await el.updateComplete;
    expect(button().hasAttribute('aria-labelledby')).to.equal(false);
    expect(hidden()).to.deep.equal([', ', 'यह जवाब\u00a0']);
    expect(button().querySelector('.toggle')!.textContent).to.equal('यह जवाब\u00a0छिपाएँ');
    expect(button().closest('h2'), 'still inside its heading').to.not.equal(null);
  });

  it('names a Spanish FAQ question by its text and one shared phrase that starts with the visible word', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="es"><immuno-faq></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    await waitFor(() => has(el, '¿Qué es la inmunoterapia?'), 3000, 'Spanish content');
    const button = el.shadowRoot!.querySelector('.question')!;
    expect(button.querySelector('.toggle')!.textContent!.trim()).to.equal('Mostrar');
    const [text, phrase] = button.getAttribute('aria-labelledby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
    expect(text).to.equal('¿Qué es la inmunoterapia?');
    expect(phrase).to.equal(', Mostrar esta respuesta');
    expect(button.querySelectorAll('.visually-hidden')).to.have.length(0);
  });

  it('chooses how a FAQ question is named from the phrase itself, so a pack’s own strings are named right', async () => {
    /** The question button's name parts: [aria-labelledby texts] or [the toggle's text, its visible words]. */
    const naming = async (faqThisAnswer: string) => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq .content=${{ ...en, strings: { faqThisAnswer } }}></immuno-faq>`);
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector('.question')!;
      const toggle = button.querySelector('.toggle')!;
      const visible = [...toggle.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      expect(visible, faqThisAnswer).to.equal('Show');
      const ids = button.getAttribute('aria-labelledby');
      return ids
        ? ids.split(' ').slice(1).map((id) => el.shadowRoot!.getElementById(id)!.textContent!)
        : ['content', toggle.textContent!.replace(/\s+/g, ' ').trim()];
    };
    expect(await naming('{action} the answer')).to.deep.equal([', Show the answer']);
    expect(await naming('  {action} the answer')).to.deep.equal([', Show the answer']);
    expect(await naming('the answer')).to.deep.equal([', Show the answer']);
    expect(await naming('About this answer: {action}')).to.deep.equal(['content', 'About this answer: Show']);
    expect(await naming('Tap to {action} the answer')).to.deep.equal(['content', 'Tap to Show the answer']);
  });

  it('prints the checklist’s title and date in Hindi without an English full stop between them', async () => {
    const el = await fixture<ImmunoSideEffectChecklist>(html`<immuno-side-effect-checklist lang="hi"></immuno-side-effect-checklist>`);
    await waitFor(() => /[\u0900-\u097F]/.test(shadowText(el)), 3000, 'Hindi');
    window.dispatchEvent(new Event('beforeprint')); // What printing does first: the print-only date is written then.
    const printed = [...el.shadowRoot!.querySelectorAll('.print-only')].map((p) => p.textContent!.trim()).join('\n');
    expect(printed).to.include('मेरे साइड इफ़ेक्ट');
    expect(printed).to.include(`तारीख़: ${new Intl.DateTimeFormat('hi', { dateStyle: 'long' }).format(new Date())}`);
    expect(printed).not.to.match(/[\u0900-\u097F]\./);
  });

  it('shows Spanish urgency headings over Spanish symptoms and advice, never English', async () => {
    const el = await fixture<ImmunoSideEffectChecklist>(
      html`<immuno-side-effect-checklist lang="es" therapy="car-t"></immuno-side-effect-checklist>`,
    );
    await waitFor(() => has(el, 'Temperatura de 100.4'), 3000, 'Spanish symptoms');
    el.shadowRoot!.querySelector<HTMLInputElement>('#s-fever')!.click();
    await waitFor(() => has(el, 'Busque atención de emergencia ahora'), 2000, 'the Spanish urgency');
    expect(has(el, 'síndrome de liberación de citocinas'), 'the CAR-T advice').to.equal(true);
    expect(has(el, 'Get emergency help'), 'no English urgency').to.equal(false);
  });
});

describe('never a mix of languages', () => {
  it('shows the UI in the content’s language, marks it, and warns once, when the page’s language has no content', async () => {
    const { text } = await texts.es();
    const spanish = localize(en, text).pack;
    const warnings = await captureWarnings(async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="hi"><immuno-faq .content=${spanish}></immuno-faq><immuno-faq .content=${spanish}></immuno-faq></div>`,
      );
      const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
      await waitFor(() => has(el, 'Mostrar todas las respuestas'), 3000, 'Spanish UI');
      expect(/[\u0900-\u097F]/.test(shadowText(el)), 'no Hindi').to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
      expect(el.uiLocale).to.equal('es');
    });
    expect(warnings.filter((w) => w.includes('"hi"') && w.includes('"es"'))).to.have.length(1);
  });

  it('keeps English UI around English content on a page whose language has UI strings but no content', async () => {
    registerLocale('xq', { faqShowAll: 'XQ show all' });
    const warnings = await captureWarnings(async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq lang="xq"></immuno-faq>`);
      await el.updateComplete;
      expect(has(el, 'Show all answers'), 'English UI').to.equal(true);
      expect(has(el, 'XQ show all'), 'no xq UI').to.equal(false);
    });
    expect(warnings.filter((w) => w.includes('"xq"'))).to.have.length(1);
  });
});

describe('a content file that cannot be loaded (a page with only the single bundle file)', () => {
  it('leaves the widget in English, content and UI, with one warning naming the element and the language', async () => {
    registerContentLanguage('xc', () => Promise.reject(new Error('offline')));
    registerLocale('xc', { faqShowAll: 'XC show all' });
    const warnings = await captureWarnings(async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="xc"><immuno-faq></immuno-faq><immuno-faq></immuno-faq></div>`);
      const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
      await waitFor(() => has(el, 'What is immunotherapy?'), 3000, 'English content');
      expect(has(el, 'Show all answers'), 'English UI').to.equal(true);
      expect(has(el, 'XC show all'), 'no xc UI around English content').to.equal(false);
    });
    const about = warnings.filter((w) => w.includes('"xc"'));
    expect(about, JSON.stringify(about)).to.have.length(1);
    expect(about[0]).to.include('immuno-faq').and.include('could not load the "xc" built-in content');
  });
});

describe('numbers and phone numbers', () => {
  it('are written with Intl.NumberFormat of the UI language', () => {
    expect(format('{count}', 'en', { count: 1234 })).to.equal('1,234');
    expect(format('{count}', 'es', { count: 12345 })).to.equal(new Intl.NumberFormat('es').format(12345));
    expect(format('{count}', 'ar-EG', { count: 3 })).to.equal('٣');
  });

  it('use the digits the page’s lang asks for (ar-u-nu-arab, ar-u-nu-latn), the same in every engine', async () => {
    registerLocale('ar', arabicStrings);
    for (const [lang, two] of [['ar-u-nu-arab', '٢'], ['ar-u-nu-latn', '2']]) {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir="rtl"><immuno-how-it-works .content=${arabicPack} step="2"></immuno-how-it-works></div>`);
      const el = wrap.firstElementChild!;
      await waitFor(() => /الخطوة/.test(shadowText(el)), 3000, `Arabic steps in ${lang}`);
      expect(shadowText(el), lang).to.include(`الخطوة ${two} من`);
    }
  });

  it('keep a phone number left to right inside right-to-left words', async () => {
    const el = await fixture<ImmunoSideEffectChecklist>(
      html`<immuno-side-effect-checklist dir="rtl" therapy="car-t" emergency-number="+1 555 0100"></immuno-side-effect-checklist>`,
    );
    el.shadowRoot!.querySelector<HTMLInputElement>('#s-fever')!.click();
    await el.updateComplete;
    const bdi = el.shadowRoot!.querySelector('[part~="call-button"] bdi')!;
    expect(bdi.getAttribute('dir')).to.equal('ltr');
    expect(bdi.textContent).to.equal('+1 555 0100');
  });
});
