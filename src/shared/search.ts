import { html, type TemplateResult } from 'lit';

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
 * `text` with every occurrence of any term wrapped in `<mark part="mark">`.
 * Inserted as text, never as HTML. `prepared` is `foldWithMap(text)` kept from
 * before (an index's), so a keystroke does not fold the same text again.
 */
export function highlight(text: string, queryTerms: readonly string[], prepared?: Folded): TemplateResult | string {
  if (!queryTerms.length) return text;
  const { folded, map } = prepared ?? foldWithMap(text);
  const at0 = (k: number) => (map ? map[k] : k);
  const ranges: [number, number][] = [];
  for (const t of queryTerms) {
    let at = folded.indexOf(t);
    while (at !== -1) {
      ranges.push([at0(at), at0(at + t.length)]);
      at = folded.indexOf(t, at + t.length);
    }
  }
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: (string | TemplateResult)[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (e <= pos) continue;
    const start = Math.max(s, pos);
    if (start > pos) parts.push(text.slice(pos, start));
    parts.push(html`<mark part="mark">${text.slice(start, e)}</mark>`);
    pos = e;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return html`${parts}`;
}
