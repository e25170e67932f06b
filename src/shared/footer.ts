import { html, nothing, type TemplateResult } from 'lit';
import { richText } from '../content/rich-text.js';
import type { Meta } from '../content/schema.js';

/** The words the footer needs, already in the reader's language. */
export interface FooterText {
  /** "Written {date}." when the pack says when it was written. */
  written?: string;
  /** "Reviewed {date} by {reviewer}." when the pack names a reviewer, else "Not yet reviewed by a clinician." */
  review: string;
  /** "Translated from English. Not yet checked by a native speaker." when the pack is a translation. */
  translation?: string;
  /** "Sources". */
  sources: string;
}

/**
 * The footer every widget ends with: the pack's disclaimer, when it was
 * written, whether and by whom it was reviewed (only what the pack says),
 * whether it is a translation and who checked it, and its sources in a
 * disclosure (a translation's sources keep the original's titles, marked with
 * its language). Parts: `footer`, `disclaimer`, `sources`.
 * Given several widgets' footers (`footer="shared"`), it says each distinct
 * disclaimer and review line once, and lists each source (by URL) once.
 */
export function renderFooter(all: readonly { meta: Meta; text: FooterText }[]): TemplateResult {
  const distinct = <T>(items: T[], key: (x: T) => string) => items.filter((x, i) => items.findIndex((y) => key(y) === key(x)) === i);
  const disclaimers = distinct(all.map((p) => p.meta.disclaimer), (d) => JSON.stringify(d));
  const lines = distinct(
    all.map(({ text }) => [text.written, text.review, text.translation].filter(Boolean).join(' ')),
    (l) => l,
  );
  const sources = distinct(
    all.flatMap((p) => p.meta.sources.map((s) => ({ ...s, lang: p.meta.translatedFrom }))),
    (s) => s.url,
  );
  const langs = new Set(sources.map((s) => s.lang));
  const listLang = langs.size === 1 ? [...langs][0] : undefined;
  return html`<div class="footer" part="footer">
    ${disclaimers.map((d) => html`<div class="disclaimer" part="disclaimer">${richText(d)}</div>`)}
    ${lines.map((l) => html`<p>${l}</p>`)}
    <details class="sources" part="sources">
      <summary>${all[0].text.sources}</summary>
      <ul lang=${listLang ?? nothing}>
        ${sources.map(
          (s) => html`<li lang=${langs.size > 1 && s.lang ? s.lang : nothing}><a href=${s.url}>${s.title}</a>${s.publisher ? `, ${s.publisher}` : ''}</li>`,
        )}
      </ul>
    </details>
  </div>`;
}
