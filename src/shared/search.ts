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

/** ASCII white space only (what HTML collapses; a no-break space is kept as a character). */
const SPACE_ONLY = /^[\t\n\f\r ]+$/;

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
 * Matches with only white space between them are one range ("side effects" for `side effects`):
 * a space on its own between two marks, next to a template's marker comment, is left out of the
 * accessibility tree and of names by Chromium ("sideeffects" heard while "side effects" is shown;
 * w3c/accname#193), and one phrase marked as one run reads as one.
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
    const last = out[out.length - 1];
    if (last && s > pos && SPACE_ONLY.test(text.slice(pos, s))) last[1] = e;
    else out.push([Math.max(s, pos), e]);
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
 * The nodes of one highlighted text in an element, kept from render to render (a list's name redrawn on every
 * keystroke, `MarkedNote`'s name): `highlight()`'s `<mark part="mark">` elements and text as plain nodes. Each
 * `set()` reuses the nodes already there, text runs for text runs and marks for marks, in order, so a mark that
 * moves or grows only has its text changed, and the first mark in a plain name is one `<mark>` inserted beside the
 * name's text node (never the text node removed and made again). It remembers
 * what it wrote, so the same text and terms again cost nothing, and a changed run is told from an unchanged one
 * without reading the DOM.
 */
export class MarkedRuns {
  /** In order: a text run's `Text`, or a marked run's `<mark>`. */
  private nodes: (Text | HTMLElement)[] = [];
  /** Each node's text as last written (a mark's: its text node's). */
  private texts: string[] = [];
  /** The text last written (undefined before the first `set()`); read-only outside. */
  text?: string;
  private terms: readonly string[] = [];

  /** @param beforeLast In an element, the runs go before its last child (a note's text after the name), else at its end. */
  constructor(private readonly beforeLast = false) {}

  /**
   * `highlight()`'s nodes for these arguments, put in the element `at` (see the constructor). Where is only read
   * when nodes come or go.
   */
  set(at: HTMLElement, text: string, queryTerms: readonly string[], prepared?: Folded): void {
    if (text === this.text && sameTerms(queryTerms, this.terms)) return;
    this.text = text;
    this.terms = queryTerms;
    const ranges = markRanges(text, queryTerms, prepared);
    // Runs of text in order, each marked or not (one unmarked run when nothing matches).
    const runs: string[] = [];
    const marked: boolean[] = [];
    const add = (from: number, to: number, mark: boolean) => {
      runs.push(text.slice(from, to));
      marked.push(mark);
    };
    let pos = 0;
    for (const [s, e] of ranges) {
      if (s > pos) add(pos, s, false);
      add(s, e, true);
      pos = e;
    }
    if (pos < text.length || !runs.length) add(pos, text.length, false);
    const old = this.nodes;
    const texts = this.texts;
    // Same kinds in the same order (the common case as a word is typed): change text only.
    let same = old.length === runs.length;
    for (let k = 0; same && k < runs.length; k++) same = (old[k].nodeType === 1) === marked[k];
    if (same) {
      for (let k = 0; k < runs.length; k++)
        if (texts[k] !== runs[k]) {
          (marked[k] ? (old[k].firstChild as Text) : (old[k] as Text)).data = runs[k];
          texts[k] = runs[k];
        }
      return;
    }
    // Old nodes of each kind, with their texts, to reuse in order.
    const pool: [Text | HTMLElement, string][][] = [[], []];
    old.forEach((n, k) => pool[n.nodeType === 1 ? 1 : 0].push([n, texts[k]]));
    this.nodes = runs.map((t, k) => {
      const m = marked[k];
      const reused = pool[m ? 1 : 0].shift();
      if (reused) {
        if (reused[1] !== t) (m ? (reused[0].firstChild as Text) : (reused[0] as Text)).data = t;
        return reused[0];
      }
      if (!m) return new Text(t);
      const mark = prototype('mark', 'mark');
      mark.appendChild(new Text(t));
      return mark;
    });
    this.texts = runs;
    for (const [n] of [...pool[0], ...pool[1]]) n.remove();
    // Put the nodes in order before the end, moving only those not already in place.
    let ref = this.beforeLast ? at.lastChild : null;
    for (let k = this.nodes.length - 1; k >= 0; k--) {
      const node = this.nodes[k];
      if (node.parentNode !== at || node.nextSibling !== ref) at.insertBefore(node, ref);
      ref = node;
    }
  }
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((t, k) => t === b[k]));
}

/** Elements cloned rather than made: `<tag part="part">` (with `class`), made once per page. */
const prototypes = new Map<string, HTMLElement>();
function prototype(tag: string, part: string, className?: string): HTMLElement {
  const key = `${tag} ${part} ${className ?? ''}`;
  let el = prototypes.get(key);
  if (!el) {
    el = document.createElement(tag);
    if (className) el.className = className;
    el.setAttribute('part', part);
    prototypes.set(key, el);
  }
  return el.cloneNode() as HTMLElement;
}

/** A note under a search result saying which other name matched (`MarkedNote`). */
export interface Note {
  id: string;
  /** Text before and after the name ("Matched: " and ""). */
  before: string;
  after: string;
  /** The name, highlighted as `highlight()` does. */
  text: string;
  prepared?: Folded;
}

/**
 * A note's nodes kept from render to render (the explorer's list): `<p class="${className}"
 * part="${part}" id="${note.id}">${before}${highlight(text)}${after}</p>`, made once as plain nodes and updated in
 * place, or removed when `note` is undefined. Where it goes is only read when it is made.
 */
export class MarkedNote {
  private el?: HTMLElement;
  /** The note last written (its id, before and after are read from here, not from the DOM). */
  private note?: Note;
  private runs = new MarkedRuns(true);

  /** Shows `note` (undefined: none), put before `ref` in `parent` when it is made. */
  set(parent: Node, ref: Node | null, note: Note | undefined, queryTerms: readonly string[], className: string, part: string): void {
    if (!note) {
      if (!this.el) return;
      this.el.remove();
      this.el = this.note = undefined;
      this.runs = new MarkedRuns(true);
      return;
    }
    let el = this.el;
    const last = this.note;
    if (!el || !last) {
      el = this.el = prototype('p', part, className);
      el.append(note.before, note.after);
      el.id = note.id;
      parent.insertBefore(el, ref);
    } else {
      if (last.before !== note.before) (el.firstChild as Text).data = note.before;
      if (last.after !== note.after) (el.lastChild as Text).data = note.after;
      if (last.id !== note.id) el.id = note.id;
    }
    this.note = note;
    this.runs.set(el, note.text, queryTerms, note.prepared);
  }
}
