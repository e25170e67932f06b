import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import type { ChildPart } from 'lit';

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
 * The nodes of one highlighted text in an element, kept from render to render (for `marked()` and
 * `markedNote()`): each `set()` reuses the nodes already there, text runs for text runs and marks for marks,
 * in order, so a mark that moves or grows only has its text changed, and the first mark in a plain name is one
 * `<mark>` inserted beside the name's text node (never the text node removed and made again).
 */
export class MarkedRuns {
  /** In order: a text run's `Text`, or a marked run's `<mark>`. */
  private nodes: (Text | HTMLElement)[] = [];

  /** `highlight()`'s nodes for these arguments, put in `parent` before `end` (null: at its end). */
  set(parent: Node, end: Node | null, text: string, queryTerms: readonly string[], prepared?: Folded): void {
    const ranges = markRanges(text, queryTerms, prepared);
    // Runs of text, each marked or not, in order (one unmarked run when nothing matches).
    const runs: [string, boolean][] = [];
    let pos = 0;
    for (const [s, e] of ranges) {
      if (s > pos) runs.push([text.slice(pos, s), false]);
      runs.push([text.slice(s, e), true]);
      pos = e;
    }
    if (pos < text.length || !runs.length) runs.push([text.slice(pos), false]);
    const old = this.nodes;
    // Same kinds in the same order (the common case as a word is typed): change text only.
    if (old.length === runs.length && runs.every(([, m], k) => (old[k].nodeType === 1) === m)) {
      runs.forEach(([t, m], k) => setText((m ? old[k].firstChild : old[k]) as Text, t));
      return;
    }
    const texts = old.filter((n): n is Text => n.nodeType === 3);
    const marks = old.filter((n): n is HTMLElement => n.nodeType === 1);
    this.nodes = runs.map(([t, m]) => {
      const reused = m ? marks.shift() : texts.shift();
      if (reused) {
        setText((m ? reused.firstChild : reused) as Text, t);
        return reused;
      }
      if (!m) return new Text(t);
      const mark = prototype('mark', 'mark');
      mark.appendChild(new Text(t));
      return mark;
    });
    for (const n of [...texts, ...marks]) n.remove();
    // Put the nodes in order before `end`, moving only those not already in place.
    let ref = end;
    for (let k = this.nodes.length - 1; k >= 0; k--) {
      const node = this.nodes[k];
      if (node.parentNode !== parent || node.nextSibling !== ref) parent.insertBefore(node, ref);
      ref = node;
    }
  }
}

function setText(node: Text, text: string): void {
  if (node.data !== text) node.data = text;
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

/** The start marker's own parent: while a new template's nodes are still in their fragment, a part's `parentNode` says the container. */
const partParent = (part: Part) => (part as ChildPart).startNode!.parentNode!;

/**
 * `highlight()` for text redrawn on every keystroke (a long result list): the same `<mark part="mark">`
 * elements and text, made as plain nodes the directive keeps (see `MarkedRuns`) rather than nested
 * templates. Only in a child position (element content).
 */
class MarkedDirective extends Directive {
  private runs = new MarkedRuns();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('marked() goes in element content');
  }

  render(text: string, queryTerms: readonly string[], prepared?: Folded): TemplateResult | string {
    return highlight(text, queryTerms, prepared);
  }

  override update(part: Part, [text, queryTerms, prepared]: Parameters<this['render']>): unknown {
    this.runs.set(partParent(part), (part as ChildPart).endNode, text, queryTerms, prepared);
    return noChange;
  }
}

/** See `MarkedDirective`. */
export const marked = directive(MarkedDirective);

/** A note under a search result saying which other name matched (`markedNote()`). */
export interface Note {
  id: string;
  /** Text before and after the name ("Matched: " and ""). */
  before: string;
  after: string;
  /** The name, highlighted as `marked()` does. */
  text: string;
  prepared?: Folded;
}

/**
 * `<p class="${className}" part="${part}" id="${note.id}">${before}${marked(text)}${after}</p>` for a note
 * shown and hidden on every keystroke (the explorer's "Matched: …" lines), made as plain nodes and updated in
 * place: no template to clone per note. Nothing when `note` is undefined. Only in a child position.
 */
class MarkedNoteDirective extends Directive {
  private el?: HTMLElement;
  private runs = new MarkedRuns();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('markedNote() goes in element content');
  }

  render(note: Note | undefined, queryTerms: readonly string[], className: string, part: string): unknown {
    return note
      ? html`<p class=${className} part=${part} id=${note.id}>${note.before}${highlight(note.text, queryTerms, note.prepared)}${note.after}</p>`
      : nothing;
  }

  override update(part: Part, [note, queryTerms, className, partName]: Parameters<this['render']>): unknown {
    if (!note) {
      this.el?.remove();
      this.el = undefined;
      this.runs = new MarkedRuns();
      return noChange;
    }
    let el = this.el;
    if (!el) {
      el = this.el = prototype('p', partName, className);
      el.append(note.before, note.after);
      partParent(part).insertBefore(el, (part as ChildPart).endNode);
    } else {
      setText(el.firstChild as Text, note.before);
      setText(el.lastChild as Text, note.after);
    }
    if (el.id !== note.id) el.id = note.id;
    this.runs.set(el, el.lastChild, note.text, queryTerms, note.prepared);
    return noChange;
  }
}

/** See `MarkedNoteDirective`. */
export const markedNote = directive(MarkedNoteDirective);

