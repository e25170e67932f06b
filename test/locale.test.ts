import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { loadLocale, registerLocaleLoader, stringsFor } from '../src/i18n/i18n.js';
import { checklist as checklistStrings } from '../src/i18n/en/checklist.js';
import { faq as faqStrings } from '../src/i18n/en/faq.js';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import { en as pack } from '../src/content/en/index.js';
import { captureWarnings, shadowText, waitFor } from './helpers.js';

defineAll();

describe('locales loaded on demand', () => {
  it('are not present until a widget asks for them', () => {
    expect(stringsFor('es', 'faq', faqStrings).found).to.equal(false);
  });

  it('load when a widget is in that language, then the widget re-renders in it', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq lang="es-MX"></immuno-faq>`);
    await waitFor(() => (el.shadowRoot!.querySelector('[part~="sources"] summary')?.textContent ?? '').includes('Fuentes'), 3000, 'Spanish strings');
    expect(stringsFor('es-MX', 'faq', faqStrings).found).to.equal(true);
  });

  it("count for a widget once its own namespace is loaded, not when only another widget's is", async () => {
    // Hindi: no test before this one in this file loads it. A checklist on the page loads the shared and its own strings.
    expect(await loadLocale('hi', 'immuno-side-effect-checklist', 'checklist')).to.equal(true);
    expect(stringsFor('hi', 'checklist', checklistStrings).found).to.equal(true);
    expect(stringsFor('hi', 'faq', faqStrings).found, 'the FAQ still needs its own').to.equal(false);
    expect(await loadLocale('hi', 'immuno-faq', 'faq')).to.equal(true);
    expect(stringsFor('hi', 'faq', faqStrings).strings.faqShowAll).to.not.equal(faqStrings.faqShowAll);
  });

  it('fall back to English with one warning when loading fails', async () => {
    registerLocaleLoader('xb', () => Promise.reject(new Error('offline')));
    const warnings = await captureWarnings(async () => {
      expect(await loadLocale('xb')).to.equal(false);
      expect(await loadLocale('xb-YY')).to.equal(false);
    });
    expect(warnings.filter((w) => w.includes('"xb"'))).to.have.length(1);
  });

  it('a missing locale file: English UI and one warning naming the element and the URL it tried', async () => {
    const url = new URL('./no-such-folder/xm.js', import.meta.url).href;
    registerLocaleLoader('xm', () => import(/* @vite-ignore */ url), url);
    let el!: ImmunoFaq;
    const warnings = await captureWarnings(async () => {
      // The content is in xm too (UI strings follow the content's language), so only the strings file is missing.
      el = await fixture<ImmunoFaq>(html`<immuno-faq lang="xm-ZZ" .content=${{ ...pack, meta: { ...pack.meta, language: 'xm-ZZ' } }}></immuno-faq>`);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 500));
      el.requestUpdate();
      await el.updateComplete;
    });
    const about = warnings.filter((w) => w.includes('xm'));
    expect(about, JSON.stringify(warnings)).to.have.length(1);
    expect(about[0]).to.include('immuno-faq').and.include(url).and.include('showing English');
    expect(el.shadowRoot!.querySelector('[part~="sources"] summary')?.textContent).to.include('Sources');
  });
});

describe('the built-in UI strings of every language', () => {
  for (const [lang, load] of [
    ['es', () => import('../src/i18n/es/index.js')],
    ['hi', () => import('../src/i18n/hi/index.js')],
  ] as const)
  it(`${lang}: translate every English key, keeping the same placeholders`, async () => {
    // The compiler checks the keys (test/i18n.types.ts); this checks the placeholders too.
    const { strings: es } = await load();
    const { en } = await import('../src/i18n/en.js');
    const holes = (v: unknown) => [...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [ns, strings] of Object.entries(en)) {
      const translated: Record<string, unknown> = es[ns as keyof typeof es];
      expect(Object.keys(translated).sort(), ns).to.deep.equal(Object.keys(strings).sort());
      for (const [k, v] of Object.entries(strings)) expect(holes(translated[k]), `${ns}.${k}`).to.equal(holes(v));
    }
  });

  for (const [lang, within] of [['es', 'en los próximos días'], ['hi', 'कुछ दिनों के अंदर']] as const)
    it(`${lang}: says "within a few days" one way, "${within}", in the UI strings and the content alike`, async () => {
      // "In a few days" would read as "wait a few days": the visit level must keep "within".
      const { en } = await import('../src/i18n/en.js');
      const { en: enPack } = await import('../src/content/en/index.js');
      const { localize } = await import('../src/content/translation.js');
      const ui = (await import(`../src/i18n/${lang}/index.ts`)) as { strings: Record<string, Record<string, unknown>> };
      const { text } = (await import(`../src/content/${lang}/index.ts`)) as { text: Parameters<typeof localize>[1] };
      const pairs: [string, string][] = [];
      for (const [ns, strings] of Object.entries(en))
        for (const [k, v] of Object.entries(strings)) pairs.push([JSON.stringify(v), JSON.stringify(ui.strings[ns][k])]);
      const theirs = localize(enPack, text).pack;
      enPack.symptoms!.items.forEach((s, i) => pairs.push([JSON.stringify(s), JSON.stringify(theirs.symptoms!.items[i])]));
      const lacking = pairs.filter(([a, b]) => a.includes('within a few days') && !b.includes(within)).map(([, b]) => b.slice(0, 80));
      expect(lacking).to.deep.equal([]);
    });

  it('hi: ends sentences with the danda (।), not a full stop, in the UI strings and the content', async () => {
    const { strings } = await import('../src/i18n/hi/index.js');
    const { text } = await import('../src/content/hi/index.js');
    const all: string[] = [];
    JSON.stringify([strings, text], (_k, v: unknown) => (typeof v === 'string' && all.push(v), v));
    // A full stop after Devanagari or a placeholder (numbers, "Dr.", URLs and English names keep theirs).
    expect(all.filter((s) => /[\u0900-\u097F}]\.(\s|$)/.test(s))).to.deep.equal([]);
  });
});

describe('a locale loaded on demand', () => {
  it('loads for a widget inside <div lang> whose pack brings a few strings of its own', async () => {
    // A locale no other test has loaded yet (Spanish may already be registered).
    registerLocaleLoader('xl', () => Promise.resolve({ strings: { sourcesLabel: 'XL sources' } }));
    // The pack says it is in "xl" too: the UI follows the content's language (never a mix).
    const xl = { ...pack, meta: { ...pack.meta, language: 'xl' }, strings: { faqShowAll: 'Open all' } };
    const wrap = await fixture<HTMLElement>(html`<div lang="xl"><immuno-faq .content=${xl}></immuno-faq></div>`);
    const el = wrap.querySelector('immuno-faq') as ImmunoFaq;
    await waitFor(() => shadowText(el).includes('XL sources'), 3000, 'the loaded strings');
    expect(shadowText(el)).to.include('Open all');
  });
});

describe('dates in UI strings', () => {
  it('follow the language of the strings shown, not a locale without strings', async () => {
    const warnings = await captureWarnings(async () => {
      // Tamil: no strings and no content built in, so English around English, dates in English.
      const el = await fixture<ImmunoFaq>(html`<immuno-faq lang="ta"></immuno-faq>`);
      expect(el.uiLocale).to.equal('en');
      expect(shadowText(el)).to.match(/Written \d{1,2} [A-Z][a-z]+ \d{4}|Written [A-Z][a-z]+ \d{1,2}, \d{4}/);
    });
    expect(warnings.filter((w) => w.includes('"ta"'))).to.have.length(1);
  });

  it('are in Hindi inside Hindi words on a Hindi page (content and UI built in)', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq lang="hi"></immuno-faq>`);
    await waitFor(() => shadowText(el).includes('को लिखा गया'), 3000, 'Hindi strings');
    expect(el.uiLocale).to.equal('hi');
    // "1 दिसंबर 2026 को लिखा गया।": the Hindi month inside a Hindi sentence.
    expect(shadowText(el)).to.match(/\d{1,2} दिसंबर \d{4} को लिखा गया/);
  });

  it('are in the page’s language when its strings are', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq lang="es-MX"></immuno-faq>`);
    await waitFor(() => shadowText(el).includes('Escrito el'), 3000, 'Spanish strings');
    expect(el.uiLocale).to.equal('es-MX');
    expect(shadowText(el)).to.match(/Escrito el 1 de diciembre de 2026/);
    expect(shadowText(el)).to.match(/Escrito el \d{1,2} de [a-z]+ de \d{4}/);
  });
});
