/**
 * Reads rich text and the shared parts of the light-DOM form (intro, metadata,
 * extra JSON) back from the page's DOM. The inverse of `src/embed/forms.ts`.
 * Text is read as text (`textContent`), links keep only their `href`, which the
 * schema checks afterwards like any other content.
 */
import { nearestLang } from '../controllers/locale-controller.js';
import { keepPageDate } from '../shared/dates.js';
import type { Block, Inline, Paragraph, RichText, SectionName } from './schema.js';

/** Text of an element with whitespace collapsed and trimmed, as a browser shows it. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const INLINE_SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const LIST = new Set(['UL', 'OL']);

function runs(nodes: Iterable<Node>, out: Inline[]): void {
  for (const child of nodes) {
    if (child.nodeType === Node.TEXT_NODE) out.push((child.textContent ?? '').replace(/\s+/g, ' '));
    else if (child instanceof Element && !INLINE_SKIP.has(child.tagName)) {
      const href = child.tagName === 'A' ? child.getAttribute('href') : null;
      if (href !== null) out.push({ text: textOf(child), href });
      else if (child.tagName === 'BR') out.push(' ');
      else runs(child.childNodes, out);
    }
  }
}

/** One paragraph from inline nodes: text runs and links, canonical (see `canonicalRichText`). */
export function readParagraph(nodes: Iterable<Node>): Paragraph | undefined {
  const raw: Inline[] = [];
  runs(nodes, raw);
  const merged: Inline[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (typeof r === 'string' && typeof last === 'string') merged[merged.length - 1] = (last + r).replace(/\s+/g, ' ');
    else merged.push(r);
  }
  if (typeof merged[0] === 'string') merged[0] = merged[0].trimStart();
  const end = merged.length - 1;
  if (typeof merged[end] === 'string') merged[end] = (merged[end] as string).trimEnd();
  const kept = merged.filter((r) => r !== '');
  if (!kept.length) return undefined;
  return kept.length === 1 && typeof kept[0] === 'string' ? kept[0] : kept;
}

/**
 * Rich text from the child nodes of `container`: `<p>` → a paragraph,
 * `<ul>`/`<ol>` → a list, other block elements (`<div>`) → their own blocks,
 * loose text and inline elements → a paragraph. Children matching `skip` are
 * left out (a heading, a nested `<details>`; the selector is matched against each direct child). Undefined when there is no text.
 */
export function readRichText(container: Element | null | undefined, skip?: string): RichText | undefined {
  if (!container) return undefined;
  const out: Block[] = [];
  let loose: Node[] = [];
  const flush = () => {
    const p = loose.length ? readParagraph(loose) : undefined;
    if (p !== undefined) out.push(p);
    loose = [];
  };
  const walk = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (child instanceof Element && skip && child.matches(skip)) continue;
      if (child instanceof Element && INLINE_SKIP.has(child.tagName)) continue;
      if (child instanceof Element && LIST.has(child.tagName)) {
        flush();
        const list = [...child.children].filter((li) => li.tagName === 'LI').map((li) => readParagraph(li.childNodes)).filter((p) => p !== undefined);
        if (list.length) out.push(child.tagName === 'OL' ? { list, ordered: true } : { list });
      } else if (child instanceof Element && child.tagName === 'P') {
        flush();
        const p = readParagraph(child.childNodes);
        if (p !== undefined) out.push(p);
      } else if (child instanceof Element && /^(DIV|SECTION|BLOCKQUOTE)$/.test(child.tagName)) {
        flush();
        walk(child);
      } else loose.push(child);
    }
    flush();
  };
  walk(container);
  if (!out.length) return undefined;
  return out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
}

/** Parses a JSON attribute; undefined when absent or not an object. */
export function readJson(el: Element | null | undefined, name = 'data-json'): Record<string, unknown> | undefined {
  const raw = el?.getAttribute(name);
  if (!raw) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Space-separated tokens of an attribute (`data-therapies="checkpoint car-t"`). */
export const tokens = (el: Element, name: string): string[] => (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);

/**
 * Metadata from `<aside data-meta lang>`: disclaimer from `[data-disclaimer]`,
 * `written` from `<time data-written>`, `lastReviewed` from `<time data-reviewed>`,
 * reviewer from `[data-reviewer]`,
 * sources from `[data-sources] li` (link text and `href`, `[data-publisher]`).
 * Undefined when the host has no such child (the caller uses its built-in meta).
 */
const date = (key: string, time: Element | null) => {
  const iso = time?.getAttribute('datetime');
  // The footer may say the date in the page's own words, when they name the same day (no `Intl` formatter to make).
  if (iso) keepPageDate(iso, time!.textContent ?? '', nearestLang(time!));
  return iso ? { [key]: iso } : {};
};

/**
 * Whether the host's page markup says every date its footer will show in words the footer can use
 * (`keepPageDate`, which this keeps): then its first render makes no date formatter. False without `<aside data-meta>`
 * (the built-in metadata's dates are formatted).
 */
export function pageSaysDates(host: Element): boolean {
  const aside = host.querySelector(':scope > [data-meta]');
  const lang = nearestLang(host).toLowerCase();
  return (
    !!aside &&
    [...aside.querySelectorAll('time[datetime]')].every(
      (time) => nearestLang(time).toLowerCase() === lang && keepPageDate(time.getAttribute('datetime')!, time.textContent ?? '', nearestLang(time)),
    )
  );
}

export function readMeta(host: Element): Record<string, unknown> | undefined {
  const aside = host.querySelector(':scope > [data-meta]');
  if (!aside) return undefined;
  const sources = [...aside.querySelectorAll('[data-sources] li')].map((li) => {
    const a = li.querySelector('a');
    const publisher = li.querySelector('[data-publisher]');
    return { title: textOf(a), url: a?.getAttribute('href') ?? '', ...(publisher ? { publisher: textOf(publisher) } : {}) };
  });
  const reviewer = aside.querySelector('[data-reviewer]');
  const publisher = aside.getAttribute('data-publisher');
  return {
    ...readJson(aside),
    language: aside.getAttribute('lang') ?? host.closest('[lang]')?.getAttribute('lang') ?? 'en',
    ...(publisher ? { publisher } : {}),
    sources,
    ...date('written', aside.querySelector('time[data-written]')),
    ...date('lastReviewed', aside.querySelector('time[data-reviewed]')),
    ...(reviewer ? { reviewer: textOf(reviewer) } : {}),
    disclaimer: readRichText(aside.querySelector('[data-disclaimer]')) ?? '',
  };
}

/**
 * A content pack from a widget's light DOM: its section's items (read by the
 * widget's own reader) plus the parts every form shares: the intro
 * (`<div data-intro>`), fields a form does not know (`<div data-extra
 * data-section data-pack>`, JSON) and the metadata (`<aside data-meta>`).
 * `fallbackMeta` is used when the page has no `<aside data-meta>`.
 */
export function lightDomPack(
  host: Element,
  name: SectionName,
  section: Record<string, unknown>,
  fallbackMeta: unknown,
): Record<string, unknown> {
  const intro = readRichText(host.querySelector(':scope > [data-intro]'));
  const extra = host.querySelector(':scope > [data-extra]');
  return {
    ...readJson(extra, 'data-pack'),
    meta: readMeta(host) ?? fallbackMeta,
    [name]: { ...readJson(extra, 'data-section'), ...(intro !== undefined ? { intro } : {}), ...section },
  };
}
