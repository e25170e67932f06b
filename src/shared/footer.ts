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
 * written, whether and by whom it was reviewed (only what the pack says), and
 * whether it is a translation and who checked it, and its sources in a
 * disclosure (a translation's sources keep the original's titles, marked with
 * its language). Parts: `footer`, `disclaimer`,
 * `sources`.
 */
export function renderFooter(meta: Meta, text: FooterText): TemplateResult {
  return html`<div class="footer" part="footer">
    <div class="disclaimer" part="disclaimer">${richText(meta.disclaimer)}</div>
    <p>${text.written ? html`${text.written} ` : nothing}${text.review}${text.translation ? html` ${text.translation}` : nothing}</p>
    <details class="sources" part="sources">
      <summary>${text.sources}</summary>
      <ul lang=${meta.translatedFrom ?? nothing}>
        ${meta.sources.map((s) => html`<li><a href=${s.url}>${s.title}</a>${s.publisher ? `, ${s.publisher}` : ''}</li>`)}
      </ul>
    </details>
  </div>`;
}
