/**
 * A `YYYY-MM-DD` date in the reader's locale, long style ("30 November 2026"),
 * read as UTC so it never shifts a day with the reader's time zone. Returns
 * the ISO string itself when the locale or the date is not valid.
 */
export function formatDate(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  } catch {
    return iso;
  }
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
