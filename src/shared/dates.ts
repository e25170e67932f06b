/**
 * A `YYYY-MM-DD` date in the reader's locale, long style ("30 November 2026"),
 * read as UTC so it never shifts a day with the reader's time zone. Returns
 * the ISO string itself when the locale or the date is not valid. The page's
 * own words for that day when it wrote them ({@link keepPageDate}); in six
 * English locales the same words without a formatter ({@link englishLongDate}).
 */
export function formatDate(iso: string, locale: string): string {
  const written = pageDates.get(dateKey(iso, locale)) ?? englishLongDate(iso, locale);
  if (written) return written;
  try {
    return dateFormat(locale).format(new Date(iso));
  } catch {
    return iso;
  }
}

/**
 * One formatter per locale, made on first use: building an `Intl.DateTimeFormat`
 * costs about 5 ms of main thread (more for the first, which loads the locale
 * data), and every widget's footer formats two dates on each render. A few
 * locales at most, so the cache stays small; it holds no elements.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/**
 * Long dates the page already wrote, by locale and ISO date. The first `Intl` formatter of a page costs 25–40 ms of
 * main thread (ICU loads its data, once per page, whichever formatter it is): a widget whose page markup already
 * says the date (the snippet's `<time datetime="2026-11-22">November 22, 2026</time>`) shows those words instead of
 * making one. Only words that name that very day are kept (see {@link namesDay}).
 */
const pageDates = new Map<string, string>();
const dateKey = (iso: string, locale: string) => `${locale.toLowerCase()} ${iso}`;

/**
 * Keeps the page's own words for a date (a `<time datetime>`'s text, in the language `lang` of the text around it)
 * for {@link formatDate} when they name the same day as `iso` in the long style; returns whether it did. Without
 * a formatter the month name can only be checked in English, so other languages always use `Intl`.
 */
export function keepPageDate(iso: string, text: string, lang: string): boolean {
  const words = text.trim().replace(/\s+/g, ' ');
  if (!namesDay(iso, words, lang)) return false;
  pageDates.set(dateKey(iso, lang), words);
  return true;
}

/**
 * The long date of `iso` (`YYYY-MM-DD`) exactly as `Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })`
 * writes it, without making a formatter, for the English locales whose long pattern is fixed here (CLDR's long date
 * format): "March 5, 2026" for `en` and `en-US`, "5 March 2026" for `en-GB`, `en-AU`, `en-IE` and `en-NZ` (any case).
 * `undefined` for every other locale, a year before 1000 or a day not in the calendar ("2026-02-30"), which go to
 * `Intl` as before. The page's first `Intl` formatter costs 25–80 ms of main thread (ICU loads its data), which a
 * zero-config English widget paid in its first render for its footer dates (docs/performance.md). test/dates.test.ts
 * compares every day of several years with `Intl` in Chromium, Firefox and WebKit.
 */
export function englishLongDate(iso: string, locale: string): string | undefined {
  const [, y, m, d] = /^([1-9]\d{3})-(\d\d)-(\d\d)$/.exec(iso) ?? [];
  const monthFirst = /^en(-us)?$/i.test(locale);
  if (!y || (!monthFirst && !/^en-(gb|au|ie|nz)$/i.test(locale))) return;
  const day = new Date(Date.UTC(+y, +m - 1, +d));
  if (day.getUTCMonth() !== +m - 1 || day.getUTCDate() !== +d) return;
  const month = MONTHS[+m - 1];
  return monthFirst ? `${month} ${+d}, ${y}` : `${+d} ${month} ${y}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Whether `text` is the long date of the day `iso` (`YYYY-MM-DD`) as an English locale writes it: "November 22, 2026"
 * (`en`, `en-US`) or "22 November 2026" (`en-GB` and most others). English only, and without a `-u-` extension that
 * could change the calendar or the digits: elsewhere the month's name cannot be checked without a formatter. A day
 * not in the calendar, or before the year 1000, is never named.
 */
export function namesDay(iso: string, text: string, lang: string): boolean {
  return /^en(-(?!u-)[a-z\d]{1,8})*$/i.test(lang) && [englishLongDate(iso, 'en'), englishLongDate(iso, 'en-GB')].includes(text);
}

/**
 * The name of a language in another language's words (`es` in `hi` → "स्पेनिश"),
 * through `Intl.DisplayNames`; the tag itself when the engine cannot name it.
 */
export function languageName(tag: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
