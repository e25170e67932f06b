import { html, type TemplateResult } from 'lit';
import { richText } from '../content/rich-text.js';
import type { Meta } from '../content/schema.js';

/** The words the footer needs, already in the reader's language. */
export interface FooterText {
  /** "Written {date}." when the pack says when it was written. */
  written?: string;
  /** "Reviewed {date} by {reviewer}." when the pack names a reviewer, else "Not yet reviewed by a clinician." */
  review: string;
  /** "Sources". */
  sources: string;
}

/**
 * The footer every widget ends with: the pack's disclaimer, when it was
 * written, whether and by whom it was reviewed (only what the pack says), and
 * its sources in a disclosure. Parts: `footer`, `disclaimer`, `sources`.
 * Given several widgets' footers (`footer="shared"`), it says each distinct
 * disclaimer and review line once, and lists each source (by URL) once.
 */
export function renderFooter(all: readonly { meta: Meta; text: FooterText }[]): TemplateResult {
  const distinct = <T>(items: T[], key: (x: T) => string) => items.filter((x, i) => items.findIndex((y) => key(y) === key(x)) === i);
  const disclaimers = distinct(all.map((p) => p.meta.disclaimer), (d) => JSON.stringify(d));
  const lines = distinct(all.map(({ text }) => `${text.written ? `${text.written} ` : ''}${text.review}`), (l) => l);
  const sources = distinct(all.flatMap((p) => p.meta.sources), (s) => s.url);
  return html`<div class="footer" part="footer">
    ${disclaimers.map((d) => html`<div class="disclaimer" part="disclaimer">${richText(d)}</div>`)}
    ${lines.map((l) => html`<p>${l}</p>`)}
    <details class="sources" part="sources">
      <summary>${all[0].text.sources}</summary>
      <ul>
        ${sources.map((s) => html`<li><a href=${s.url}>${s.title}</a>${s.publisher ? `, ${s.publisher}` : ''}</li>`)}
      </ul>
    </details>
  </div>`;
}
