import { html, nothing, type TemplateResult } from 'lit';
import { richText } from '../content/rich-text.js';
import type { Meta } from '../content/schema.js';

/** The words the footer needs, already in the reader's language. */
export interface FooterText {
  /** "Last reviewed {date}" with the date filled in. */
  reviewed: string;
  /** "Reviewed by {reviewer}", when the pack names a reviewer. */
  reviewedBy?: string;
  /** "Sources". */
  sources: string;
}

/**
 * The footer every widget ends with: the pack's disclaimer, its date and
 * reviewer, and its sources in a disclosure. Parts: `footer`, `disclaimer`,
 * `sources`.
 */
export function renderFooter(meta: Meta, text: FooterText): TemplateResult {
  return html`<div class="footer" part="footer">
    <div class="disclaimer" part="disclaimer">${richText(meta.disclaimer)}</div>
    <p>${text.reviewed}${text.reviewedBy ? html`. ${text.reviewedBy}` : nothing}</p>
    <details class="sources" part="sources">
      <summary>${text.sources}</summary>
      <ul>
        ${meta.sources.map((s) => html`<li><a href=${s.url}>${s.title}</a>${s.publisher ? `, ${s.publisher}` : ''}</li>`)}
      </ul>
    </details>
  </div>`;
}
