import { html, nothing, type TemplateResult } from 'lit';
import { highlight as mark } from '../shared/search.js';
import type { Block, Inline, Paragraph, RichText } from './schema.js';

/** Options of {@link richText}. */
export interface RichTextOptions {
  /** Folded search terms (`terms(query)`) to wrap in `<mark part="mark">`, in text and link text alike. */
  highlight?: readonly string[];
}

/**
 * Renders structured rich text with templates only: text is always inserted
 * as text, and links keep the URL the schema already allowed. With
 * `highlight`, the search terms are marked.
 */
export function richText(value: RichText | undefined, options: RichTextOptions = {}): TemplateResult | TemplateResult[] | typeof nothing {
  if (value === undefined) return nothing;
  const words = options.highlight ?? [];
  const text = (s: string) => (words.length ? mark(s, words) : s);
  const inline = (p: Paragraph): unknown =>
    typeof p === 'string'
      ? text(p)
      : p.map((run: Inline) => (typeof run === 'string' ? text(run) : html`<a href=${run.href}>${text(run.text)}</a>`));
  const block = (b: Block) => {
    if (typeof b === 'object' && 'list' in b) {
      const items = b.list.map((p) => html`<li>${inline(p)}</li>`);
      return b.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    return html`<p>${inline(b)}</p>`;
  };
  // The blocks themselves, not a template around them: one template instance fewer per answer (500 FAQ answers).
  return typeof value === 'string' ? block(value) : value.map(block);
}

/** Plain text of rich text, for search, copying and structured data. */
export function plainText(value: RichText | undefined): string {
  if (value === undefined) return '';
  const blocks: readonly Block[] = typeof value === 'string' ? [value] : value;
  return blocks
    .map((b) => (typeof b === 'object' && 'list' in b ? b.list.map(paragraphText).join('\n') : paragraphText(b)))
    .join('\n');
}

function paragraphText(p: Paragraph): string {
  return typeof p === 'string' ? p : p.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}
