/**
 * HTML as strings, for the embed renderer: it runs in Node (the CLI) as well as
 * in a browser (the embed builder), so there is no DOM and no Lit here. Every
 * text and attribute value goes through `text()` / `attr()`; nothing else
 * reaches the output unescaped.
 */
import type { Block, Inline, Paragraph, RichText } from '../content/schema.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Collapses whitespace the way a browser shows it. A blank line inside text
 * would let WordPress's `wpautop` split a paragraph, and a single newline would
 * become a `<br>`, so none is written.
 */
export const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** Escapes text for an element's content (whitespace collapsed). */
export const text = (s: string): string => squash(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Escapes an attribute value (to be written between double quotes). */
export const attrValue = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]).replace(/[\r\n\t]/g, ' ');

/** Attribute names the renderer writes: lower-case, never an event handler. */
const ATTR_NAME = /^(?!on)[a-z][a-z0-9-]*$/;

/** A value for an attribute: string, true (present, empty), or false/undefined (left out). */
export type AttrValue = string | number | boolean | undefined | null;

/** ` name="value"` pairs; throws on a name that is not a plain lower-case name or is an `on…` handler. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (!ATTR_NAME.test(name)) throw new Error(`refusing the attribute name "${name}"`);
    if (value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${attrValue(String(value))}"`;
  }
  return out;
}

/** An element with escaped attributes around already-escaped inner HTML. */
export const el = (tag: string, a: Record<string, AttrValue>, inner = ''): string => `<${tag}${attrs(a)}>${inner}</${tag}>`;

/**
 * A URL the schema allows (`https:`, `http:`, `tel:`, `mailto:`, relative),
 * checked again here so the renderer stays inert even if handed unvalidated
 * content: anything else is written as text, without a link.
 */
export function safeHref(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse
  if (/[\u0000-\u0020\u007f]/.test(href)) return undefined;
  return /^(?:https?:|tel:|mailto:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))/.test(href) ? href : undefined;
}

/** JSON in an attribute: compact, so it has no newline for a CMS to turn into `<br>`. */
export const json = (value: unknown): string => JSON.stringify(value);

/** The blocks of rich text. */
export const blocks = (value: RichText): readonly Block[] => (typeof value === 'string' ? [value] : value);

function inline(p: Paragraph): string {
  if (typeof p === 'string') return text(p);
  return p
    .map((run: Inline) => {
      if (typeof run === 'string') return text(run);
      const href = safeHref(run.href);
      return href ? el('a', { href }, text(run.text)) : text(run.text);
    })
    .join('');
}

/**
 * Rich text as `<p>`, `<ul>` and `<ol>` blocks: block-level tags only, nothing
 * bare. A line break separates blocks and list items (only ever after a
 * block's closing tag, where `wpautop` adds nothing), so a reader that takes
 * `textContent` still gets "one. Two" and not "one.Two".
 */
export function richHtml(value: RichText | undefined): string {
  if (value === undefined) return '';
  return blocks(value)
    .map((b) => {
      if (typeof b === 'object' && 'list' in b) {
        const items = b.list.map((p) => `<li>${inline(p)}</li>`).join('\n');
        return b.ordered ? `<ol>${items}</ol>` : `<ul>${items}</ul>`;
      }
      return `<p>${inline(b)}</p>`;
    })
    .join('\n');
}

/**
 * The one canonical form of rich text, so two ways of writing the same text
 * compare equal: whitespace collapsed and trimmed at paragraph edges, adjacent
 * text runs joined, a paragraph of one text run as a string, a single plain
 * paragraph as a string, `ordered: false` left out. What the readers return is
 * already canonical.
 */
export function canonicalRichText(value: RichText): RichText {
  const para = (p: Paragraph): Paragraph => {
    const runs: Inline[] = [];
    for (const r of typeof p === 'string' ? [p] : p) {
      const last = runs[runs.length - 1];
      if (typeof r === 'string' && typeof last === 'string') runs[runs.length - 1] = last + r;
      else runs.push(typeof r === 'string' ? r : { text: squash(r.text).trim(), href: r.href });
    }
    const out = runs.map((r) => (typeof r === 'string' ? squash(r) : r));
    if (typeof out[0] === 'string') out[0] = out[0].trimStart();
    const end = out.length - 1;
    if (typeof out[end] === 'string') out[end] = (out[end] as string).trimEnd();
    const kept = out.filter((r) => r !== '');
    return kept.length === 1 && typeof kept[0] === 'string' ? kept[0] : kept;
  };
  const out: Block[] = blocks(value).map((b) =>
    typeof b === 'object' && 'list' in b ? { list: b.list.map(para), ...(b.ordered ? { ordered: true } : {}) } : para(b),
  );
  return out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
}
