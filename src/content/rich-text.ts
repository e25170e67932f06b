import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, Paragraph, RichText } from './schema.js';

/**
 * Renders structured rich text with templates only: text is always inserted
 * as text, and links keep the URL the schema already allowed.
 */
export function richText(value: RichText | undefined): TemplateResult | typeof nothing {
  if (value === undefined) return nothing;
  const blocks: readonly Block[] = typeof value === 'string' ? [value] : value;
  return html`${blocks.map(block)}`;
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

function block(b: Block): TemplateResult {
  if (typeof b === 'object' && 'list' in b) {
    const items = b.list.map((p) => html`<li>${inline(p)}</li>`);
    return b.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  }
  return html`<p>${inline(b)}</p>`;
}

function inline(p: Paragraph): unknown {
  if (typeof p === 'string') return p;
  return p.map((run: Inline) => (typeof run === 'string' ? run : html`<a href=${run.href}>${run.text}</a>`));
}
