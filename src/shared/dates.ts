/**
 * A `YYYY-MM-DD` date in the reader's locale, long style ("30 November 2026"),
 * read as UTC so it never shifts a day with the reader's time zone. Returns
 * the ISO string itself when the locale or the date is not valid.
 */
export function formatDate(iso: string, locale: string): string {
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
