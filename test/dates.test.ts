import { expect, fixture } from '@open-wc/testing';
import { ImmunoFaq } from '../src/components/faq/faq.js';
import { defineAll } from '../src/define.js';
import { renderSnippet } from '../src/embed/render.js';
import { formatDate, keepPageDate, namesDay } from '../src/shared/dates.js';
import { formatNumber } from '../src/i18n/i18n.js';
import { shadowText } from './helpers.js';

defineAll();

describe('formatDate', () => {
  it('writes a YYYY-MM-DD date in the long style of the locale', () => {
    expect(formatDate('2026-03-05', 'en-GB')).to.equal('5 March 2026');
    expect(formatDate('2026-03-05', 'en-US')).to.equal('March 5, 2026');
    expect(formatDate('2026-03-05', 'es')).to.equal('5 de marzo de 2026');
  });

  it('falls back to the ISO string for a date or locale it cannot read', () => {
    expect(formatDate('not-a-date', 'en')).to.equal('not-a-date');
    expect(formatDate('2026-03-05', 'not a locale!')).to.equal('2026-03-05');
  });
});

describe('formatDate without Intl, in English (no formatter on first render)', () => {
  const intl = (iso: string, locale: string) => {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
    } catch {
      return iso;
    }
  };
  const days = (year: number) => {
    const out: string[] = [];
    for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  };

  /** Counts calls of `Intl.DateTimeFormat`'s formatting methods from now until `stop()`, which returns the count. */
  function spyIntl(): { stop: () => number } {
    const proto = Intl.DateTimeFormat.prototype;
    const saved = { format: Object.getOwnPropertyDescriptor(proto, 'format')!, formatToParts: proto.formatToParts };
    let calls = 0;
    Object.defineProperty(proto, 'format', { configurable: true, get() { calls++; return saved.format.get!.call(this); } });
    proto.formatToParts = function (this: Intl.DateTimeFormat, ...a) { calls++; return saved.formatToParts.apply(this, a); };
    return {
      stop() {
        Object.defineProperty(proto, 'format', saved.format);
        proto.formatToParts = saved.formatToParts;
        return calls;
      },
    };
  }
  const intlCalls = (run: () => void) => {
    const spy = spyIntl();
    let calls: number;
    try {
      run();
    } finally {
      calls = spy.stop();
    }
    return calls;
  };

  it('writes every day as Intl does, in each English locale it knows and in the ones it leaves to Intl', () => {
    for (const locale of ['en', 'en-US', 'EN-us', 'en-GB', 'en-gb', 'en-AU', 'en-IE', 'en-NZ', 'en-CA', 'en-ZA', 'en-IN', 'en-001'])
      for (const year of [1000, 1999, 2024, 2026, 2100, 9999])
        for (const iso of days(year)) {
          const want = intl(iso, locale);
          if (formatDate(iso, locale) !== want) expect(formatDate(iso, locale), `${iso} in ${locale}`).to.equal(want);
        }
  });

  it('makes no Intl call for en, en-US, en-GB, en-AU, en-IE and en-NZ, and leaves other locales and odd dates to Intl', () => {
    expect(intlCalls(() => ['en', 'en-US', 'en-GB', 'en-AU', 'en-IE', 'en-NZ'].forEach((l) => formatDate('2027-09-14', l)))).to.equal(0);
    for (const [iso, locale] of [['2027-09-14', 'en-ZA'], ['2027-09-14', 'es'], ['2027-09-14', 'en-u-ca-buddhist'], ['0999-05-01', 'en']])
    {
      let got = '';
      expect(intlCalls(() => (got = formatDate(iso, locale))), `${iso} in ${locale}`).to.equal(1);
      expect(got).to.equal(intl(iso, locale));
    }
    // Not a day of the calendar: whatever Intl made of it before (the engine's own reading of the date, or the ISO string).
    for (const iso of ['2026-02-30', '2100-02-29', '2026-04-31', '2026-00-10', '2026-13-01', '2026-1-01'])
      expect(formatDate(iso, 'en'), iso).to.equal(intl(iso, 'en'));
  });

  it("a zero-config English widget's footer dates need no Intl call", async () => {
    const spy = spyIntl();
    let calls: number;
    const el = document.createElement('immuno-faq') as ImmunoFaq;
    try {
      el.lang = 'en';
      document.body.append(el);
      await el.updateComplete;
    } finally {
      calls = spy.stop();
    }
    expect(shadowText(el)).to.match(/Written [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(calls).to.equal(0);
    el.remove();
  });
});

describe("the page's own words for a date (no Intl formatter at start-up)", () => {
  it('accepts an English long date only when it names that very day', () => {
    expect(namesDay('2026-11-22', 'November 22, 2026', 'en')).to.equal(true);
    expect(namesDay('2026-11-22', '22 November 2026', 'en-GB')).to.equal(true);
    expect(namesDay('2026-03-05', 'March 5, 2026', 'EN-us')).to.equal(true);
    for (const [text, why] of [
      ['November 23, 2026', 'another day'],
      ['November 22, 2025', 'another year'],
      ['December 22, 2026', 'another month'],
      ['November 22, 2026 or December', 'two months'],
      ['Nov 22, 2026', 'an abbreviation'],
      ['22/11/2026', 'no month name'],
      ['November 22', 'no year'],
      ['Monday, November 22, 2026', 'another word'],
      ['November 22, 2026, 10:30', 'more numbers'],
    ])
      expect(namesDay('2026-11-22', text, 'en'), why).to.equal(false);
  });

  it('never accepts another language or calendar, where the month cannot be checked without Intl', () => {
    expect(namesDay('2026-11-22', '22 de noviembre de 2026', 'es')).to.equal(false);
    expect(namesDay('2026-11-22', 'November 22, 2026', 'es')).to.equal(false);
    expect(namesDay('2026-11-22', 'November 22, 2026', 'en-u-ca-buddhist')).to.equal(false);
    expect(namesDay('2026-11-22T10:00', 'November 22, 2026', 'en')).to.equal(false);
  });

  it("formatDate gives the kept words for that locale and day only", () => {
    expect(keepPageDate('2031-07-04', ' 4  July 2031 ', 'en')).to.equal(true);
    expect(formatDate('2031-07-04', 'en')).to.equal('4 July 2031');
    expect(formatDate('2031-07-04', 'EN')).to.equal('4 July 2031');
    expect(formatDate('2031-07-04', 'en-US')).to.equal('July 4, 2031');
    expect(formatDate('2031-07-05', 'en')).to.equal('July 5, 2031');
    expect(keepPageDate('2031-08-04', '4 July 2031', 'en')).to.equal(false);
    expect(formatDate('2031-08-04', 'en')).to.equal('August 4, 2031');
  });

  /** The built-in FAQ snippet with its "Written" date in the page's words `text`. */
  async function faqWritten(iso: string, text: string): Promise<ImmunoFaq> {
    const wrap = await fixture<HTMLDivElement>(`<div lang="en"></div>`);
    const { html } = renderSnippet('faq');
    wrap.innerHTML = html.replace(/<time data-written datetime="[^"]*">[^<]*<\/time>/, `<time data-written datetime="${iso}">${text}</time>`);
    const el = wrap.querySelector<ImmunoFaq>('immuno-faq')!;
    await el.updateComplete;
    return el;
  }

  it("a widget's footer says the date in the page's words when they name the same day, else formats the datetime", async () => {
    const own = await faqWritten('2032-02-03', '3 February 2032');
    expect(shadowText(own)).to.contain('Written 3 February 2032.');
    // A date edited in the text but not in `datetime` (or the other way round): the datetime, formatted, as before.
    const edited = await faqWritten('2032-02-04', '3 February 2032');
    expect(shadowText(edited)).to.contain('Written February 4, 2032.');
  });
});

describe('formatNumber', () => {
  it('writes small whole numbers as Intl.NumberFormat does, in the languages it writes without a formatter', () => {
    for (const lang of ['en', 'en-GB', 'es', 'es-MX', 'hi', 'fr', 'de', 'it', 'pt-BR', 'nl']) {
      const intl = new Intl.NumberFormat(lang);
      for (let n = 0; n < 1000; n++) if (formatNumber(n, lang) !== intl.format(n)) expect(formatNumber(n, lang), `${n} in ${lang}`).to.equal(intl.format(n));
    }
  });

  it('uses Intl for other digits, larger numbers and numbering extensions', () => {
    expect(formatNumber(5, 'en-u-nu-arab')).to.equal(new Intl.NumberFormat('en-u-nu-arab').format(5));
    expect(formatNumber(5, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').format(5));
    expect(formatNumber(1234, 'de')).to.equal(new Intl.NumberFormat('de').format(1234));
    expect(formatNumber(2.5, 'fr')).to.equal(new Intl.NumberFormat('fr').format(2.5));
  });
});
