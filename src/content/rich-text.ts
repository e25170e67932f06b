import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
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

/** The DOM `richText(value)` renders without highlight, made with DOM calls: text as text, links with the schema's URL. */
function richNodes(value: RichText): DocumentFragment {
  const d = document;
  const inline = (el: HTMLElement, p: Paragraph) => {
    if (typeof p === 'string') el.append(p);
    else
      for (const run of p) {
        if (typeof run === 'string') el.append(run);
        else {
          const a = d.createElement('a');
          a.setAttribute('href', run.href);
          a.append(run.text);
          el.append(a);
        }
      }
    return el;
  };
  const out = d.createDocumentFragment();
  for (const b of typeof value === 'string' ? [value] : value) {
    if (typeof b === 'object' && 'list' in b) {
      const list = d.createElement(b.ordered ? 'ol' : 'ul');
      for (const p of b.list) list.append(inline(d.createElement('li'), p));
      out.append(list);
    } else out.append(inline(d.createElement('p'), b));
  }
  return out;
}

class RichTextDirective extends Directive {
  /** The value whose nodes are in the part now, made by `richNodes()` (undefined: templates, or nothing yet). */
  private built?: RichText;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('richTextPart() goes in a child position');
  }

  render(value: RichText | undefined, options: RichTextOptions = {}): unknown {
    return richText(value, options);
  }

  override update(_part: unknown, [value, options = {}]: [RichText | undefined, RichTextOptions?]): unknown {
    if (value === undefined || options.highlight?.length) {
      this.built = undefined;
      return richText(value, options);
    }
    if (value === this.built) return noChange;
    this.built = value;
    return richNodes(value);
  }
}

/**
 * `richText()` for long lists of rich text (500 FAQ answers): the same elements and text, but without highlight
 * they are made with DOM calls, once per value (no template instance per paragraph, list and item, no marker
 * comments), and kept while the value stays the same; with highlight it renders `richText()`'s templates.
 */
export const richTextPart = directive(RichTextDirective);

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
