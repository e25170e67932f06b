import { html, type TemplateResult } from 'lit';

/**
 * Folds text for matching: lower case, accents removed ("Ménière" → "meniere").
 * Removing combining marks after NFD keeps one folded character per base
 * character for Latin text, which `highlight()` relies on.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
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
 * Inserted as text, never as HTML.
 */
export function highlight(text: string, queryTerms: readonly string[]): TemplateResult | string {
  if (!queryTerms.length) return text;
  // Map each folded position back to the original string.
  const map: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  const ranges: [number, number][] = [];
  for (const t of queryTerms) {
    let at = folded.indexOf(t);
    while (at !== -1) {
      ranges.push([map[at], map[at + t.length]]);
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
