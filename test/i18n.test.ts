import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { format, registerLocale, stringsFor } from '../src/i18n/i18n.js';
import { en } from '../src/i18n/en.js';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import { captureWarnings } from './helpers.js';

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
    expect(stringsFor('xx-YY', 'faq').strings.faqShowAll).to.equal('XX all');
    expect(stringsFor('xx-YY', 'faq').strings.faqHideAll).to.equal(en.faq.faqHideAll);
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
