import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { format, registerLocale, stringsFor } from '../src/i18n/i18n.js';
import { en } from '../src/i18n/en.js';
import { en as pack } from '../src/content/en/index.js';
import { langListeners } from '../src/controllers/locale-controller.js';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';

defineAll();

describe('UI strings', () => {
  it('fill placeholders as text and pick plurals with Intl.PluralRules', () => {
    // "N of M questions" agrees with the total.
    expect(format(en.faq.faqMatches, 'en', { shown: 1, count: 12 })).to.equal('1 of 12 questions');
    expect(format(en.faq.faqMatches, 'en', { shown: 1, count: 1 })).to.equal('1 of 1 question');
    expect(format(en.checklist.symptomsTicked, 'en', { count: 0 })).to.equal('No symptoms ticked');
    expect(format('<b>{x}</b>', 'en', { x: '<i>' })).to.equal('<b><i></b>');
  });

  it('use the plural rules of the language', () => {
    const forms = { one: '{count} plik', few: '{count} pliki', many: '{count} plików', other: '{count} pliku' };
    expect(format(forms, 'pl', { count: 3 })).to.equal('3 pliki');
    expect(format(forms, 'pl', { count: 5 })).to.equal('5 plików');
  });

  it('resolve a regional locale to its base language', () => {
    registerLocale('xx', { faqShowAll: 'XX all' });
    expect(stringsFor('xx-YY', 'faq', en.faq).strings.faqShowAll).to.equal('XX all');
    expect(stringsFor('xx-YY', 'faq', en.faq).strings.faqHideAll).to.equal(en.faq.faqHideAll);
  });
});

describe('locale', () => {
  it('comes from lang on the element, then the nearest ancestor, then <html>', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr-CA"><immuno-faq></immuno-faq><immuno-faq lang="de"></immuno-faq></div>`);
    const [a, b] = wrap.querySelectorAll('immuno-faq') as NodeListOf<ImmunoFaq>;
    expect(a.locale).to.equal('fr-CA');
    expect(b.locale).to.equal('de');
    const lone = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
    expect(lone.locale).to.equal(document.documentElement.lang || 'en');
  });

  it('falls back to English with one warning for an unknown locale', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<div lang="qq"><immuno-faq></immuno-faq><immuno-faq></immuno-faq></div>`);
    });
    const about = warnings.filter((w) => w.includes('"qq"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.match(/^immuno-faq: /);
  });

  it('marks the content language so screen readers pronounce it right', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq lang="zz"></immuno-faq>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
  });
});

describe('UI string namespaces', () => {
  it('name no key like a namespace, so registerLocale() can tell the two forms apart', () => {
    const keys = Object.values(en).flatMap((ns) => Object.keys(ns));
    for (const name of Object.keys(en)) expect(keys, name).not.to.include(name);
  });

  it('keep one widget’s override out of another widget, even for a shared key', async () => {
    registerLocale('xs', { faq: { sourcesLabel: 'Where the answers come from' } });
    // Content in "xs" too, or the UI would follow the English content (never a mix).
    const xs = { ...pack, meta: { ...pack.meta, language: 'xs' } };
    const wrap = await fixture<HTMLElement>(
      html`<div lang="xs"><immuno-faq .content=${xs}></immuno-faq><immuno-how-it-works .content=${xs}></immuno-how-it-works></div>`,
    );
    const summary = (tag: string) =>
      wrap.querySelector(tag)!.shadowRoot!.querySelector('[part~="sources"] summary')!.textContent!.trim();
    expect(summary('immuno-faq')).to.equal('Where the answers come from');
    expect(summary('immuno-how-it-works')).to.equal(en.shared.sourcesLabel);
    expect(stringsFor('xs', 'steps', en.steps).strings.sourcesLabel).to.equal(en.shared.sourcesLabel);
  });

  it('let the same key mean different things in two namespaces', () => {
    registerLocale('xn', { faq: { faqShowAll: 'faq' }, steps: { stepNext: 'steps' } });
    registerLocale('xn', { checklist: { notes: 'checklist notes' } });
    expect(stringsFor('xn', 'faq', en.faq).strings.faqShowAll).to.equal('faq');
    expect(stringsFor('xn', 'steps', en.steps).strings.stepNext).to.equal('steps');
    expect(stringsFor('xn', 'checklist', en.checklist).strings.notes).to.equal('checklist notes');
    expect(stringsFor('xn', 'faq', en.faq).strings).not.to.have.property('notes');
  });

  it('keep what was registered when the page changes its object afterwards', () => {
    const strings = { faq: { faqShowAll: 'first' }, faqHideAll: 'first' };
    registerLocale('xk', strings);
    strings.faq.faqShowAll = 'changed';
    strings.faqHideAll = 'changed';
    expect(stringsFor('xk', 'faq', en.faq).strings.faqShowAll).to.equal('first');
    expect(stringsFor('xk', 'faq', en.faq).strings.faqHideAll).to.equal('first');
  });

  it('let a later registration win, by key or by namespace', () => {
    registerLocale('xo', { faq: { faqShowAll: 'namespace' } });
    registerLocale('xo', { faqShowAll: 'key' });
    expect(stringsFor('xo', 'faq', en.faq).strings.faqShowAll).to.equal('key');
    registerLocale('xo', { faq: { faqShowAll: 'namespace again' } });
    expect(stringsFor('xo', 'faq', en.faq).strings.faqShowAll).to.equal('namespace again');
  });

  it('apply a flat key to the namespace that has it, shared keys to every widget', () => {
    registerLocale('xf', { notes: 'Apuntes', sourcesLabel: 'Fuentes' });
    expect(stringsFor('xf', 'checklist', en.checklist).strings.notes).to.equal('Apuntes');
    expect(stringsFor('xf', 'faq', en.faq).strings.sourcesLabel).to.equal('Fuentes');
    expect(stringsFor('xf', 'explorer', en.explorer).strings.sourcesLabel).to.equal('Fuentes');
  });
});

describe('locale changes', () => {
  it('are noticed on an ancestor, and the widget re-renders in the new language', async () => {
    const wrap = await fixture<HTMLElement>(html`<section lang="en"><div><immuno-faq></immuno-faq></div></section>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    const summary = () => el.shadowRoot!.querySelector('[part~="sources"] summary')?.textContent!.trim();
    expect(summary()).to.equal('Sources');
    wrap.lang = 'es';
    await waitFor(() => summary() === 'Fuentes', 3000, 'the new language');
    expect(el.locale).to.equal('es');
    expect(shadowText(el)).to.include('¿Qué es la inmunoterapia?');
  });

  it('are noticed on <html>', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'hi';
      await waitFor(() => shadowText(el).includes('इम्यूनोथेरेपी क्या है?'), 3000, 'the language of <html>');
      expect(shadowText(el)).to.include('स्रोत');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('are watched by one shared observer that forgets widgets when they leave the page', async () => {
    const start = langListeners().widgets;
    const wrap = await fixture<HTMLElement>(html`<div><immuno-faq></immuno-faq><immuno-faq></immuno-faq></div>`);
    expect(langListeners()).to.deep.equal({ widgets: start + 2, observing: true });
    wrap.remove();
    expect(langListeners().widgets).to.equal(start);
    if (start === 0) expect(langListeners().observing).to.equal(false);
  });

  it('come from ancestors across shadow roots', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="xa"><span></span></div>`);
    const inner = wrap.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<immuno-faq></immuno-faq>';
    const el = inner.querySelector('immuno-faq') as ImmunoFaq;
    await el.updateComplete;
    expect(el.locale).to.equal('xa');
  });
});
