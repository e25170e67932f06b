import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';

/**
 * Folds text for matching: lower case, accents removed ("Ménière" → "meniere").
 * Removing combining marks after NFD keeps one folded character per base
 * character for Latin text, which `highlight()` relies on.
 */
export function fold(text: string): string {
  // ASCII has no accents to remove, and lower-casing it keeps every position.
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Text with no character outside ASCII (no accents to remove; lower-casing keeps every position). */
const ASCII = /^[\t\n\r\u0020-\u007e]*$/;

/**
 * `text` folded, with the position in `text` of each folded character (`map`, one longer than
 * `folded`; null when the two line up one to one, as ASCII does). Lets `highlight()` mark the
 * original text; worth keeping for a text highlighted on every keystroke.
 */
export interface Folded {
  folded: string;
  map: number[] | null;
}

/** Folds `text` and maps each folded character back to `text` (see `Folded`). */
export function foldWithMap(text: string): Folded {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), map: null };
  const map: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** Query words, folded, empty ones dropped. */
export function terms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** True when every term occurs in `haystack` (already folded). */
export function matchesAll(foldedHaystack: string, queryTerms: readonly string[]): boolean {
  return queryTerms.every((t) => foldedHaystack.includes(t));
}

/**
 * Where `text` holds any term, as `[start, end)` positions in `text`, sorted and not overlapping.
 * `prepared` is `foldWithMap(text)` kept from before (an index's), so a keystroke does not fold
 * the same text again.
 */
export function markRanges(text: string, queryTerms: readonly string[], prepared?: Folded): [number, number][] {
  if (!queryTerms.length) return [];
  const { folded, map } = prepared ?? foldWithMap(text);
  const at0 = (k: number) => (map ? map[k] : k);
  const found: [number, number][] = [];
  for (const t of queryTerms) {
    let at = folded.indexOf(t);
    while (at !== -1) {
      found.push([at0(at), at0(at + t.length)]);
      at = folded.indexOf(t, at + t.length);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let pos = 0;
  for (const [s, e] of found) {
    if (e <= pos) continue;
    out.push([Math.max(s, pos), e]);
    pos = e;
  }
  return out;
}

/**
 * `text` with every occurrence of any term wrapped in `<mark part="mark">`.
 * Inserted as text, never as HTML. `prepared` as for `markRanges()`.
 */
export function highlight(text: string, queryTerms: readonly string[], prepared?: Folded): TemplateResult | string {
  const ranges = markRanges(text, queryTerms, prepared);
  if (!ranges.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s > pos) parts.push(text.slice(pos, s));
    parts.push(html`<mark part="mark">${text.slice(s, e)}</mark>`);
    pos = e;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return html`${parts}`;
}

/**
 * `highlight()` for text redrawn on every keystroke (a long result list): the same `<mark part="mark">`
 * elements and text, made as plain nodes rather than nested templates; when the marks fall in the
 * same places as in the last render only the changed text is replaced, and nothing when none changed.
 * Only in a child position (element content).
 */
class MarkedDirective extends Directive {
  /** "t" for a text run, "m" for a marked one, in order: the shape of the nodes now in the part. */
  private shape = '';
  /** The text node of each run (inside its `<mark>` for a marked one). */
  private runs: Text[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('marked() goes in element content');
  }

  render(text: string, queryTerms: readonly string[], prepared?: Folded): TemplateResult | string {
    return highlight(text, queryTerms, prepared);
  }

  override update(_part: Part, [text, queryTerms, prepared]: Parameters<this['render']>): unknown {
    const ranges = markRanges(text, queryTerms, prepared);
    if (!ranges.length) {
      this.shape = '';
      return text;
    }
    const runs: [string, boolean][] = [];
    let pos = 0;
    for (const [s, e] of ranges) {
      if (s > pos) runs.push([text.slice(pos, s), false]);
      runs.push([text.slice(s, e), true]);
      pos = e;
    }
    if (pos < text.length) runs.push([text.slice(pos), false]);
    const shape = runs.map(([, m]) => (m ? 'm' : 't')).join('');
    if (shape === this.shape) {
      runs.forEach(([t], k) => {
        if (this.runs[k].data !== t) this.runs[k].data = t;
      });
      return noChange;
    }
    const out = document.createDocumentFragment();
    if (!markPrototype) {
      markPrototype = document.createElement('mark');
      markPrototype.setAttribute('part', 'mark');
    }
    this.runs = runs.map(([t, m]) => {
      const node = new Text(t);
      if (!m) out.append(node);
      else out.appendChild(markPrototype!.cloneNode()).appendChild(node);
      return node;
    });
    this.shape = shape;
    return out;
  }
}

let markPrototype: HTMLElement | undefined;

/** See `MarkedDirective`. */
export const marked = directive(MarkedDirective);
