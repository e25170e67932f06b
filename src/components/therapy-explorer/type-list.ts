/**
 * The explorer's list items (up to 1,000 types, filtered on every keystroke), made as plain nodes a directive
 * keeps by type id, updated in place, and removed or put back in order: no template instance, parts or marker
 * comments per item, so a key that removes 445 items removes 445 nodes, and one that marks every name touches
 * only the marks.
 *
 * Marks in view first: a key that matches hundreds of names ("c", "ce") spent about 60 % of its main-thread time
 * marking them and writing their "Matched:" notes (docs/performance.md, "Explorer search: marks in view first"). Each
 * update now sets every item's place, `part` and `aria-current` at once, and the marks and note of the first
 * `inView()` items and of the chosen one; the others' follow in tasks of their own, a few milliseconds each, those
 * on screen first, so a frame shows the list's top (under the search field) marked as soon as the key's own work is
 * done, and a page that keeps the field on screen far down the list gets the items there marked a task later.
 */
import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import { nextTask } from '../../shared/define.js';
import { MarkedNote, MarkedRuns, type Folded, type Note } from '../../shared/search.js';

/** One type in the list. */
export interface TypeItem {
  id: string;
  name: string;
  /** The name folded (the index's), for its marks; undefined when there are no search terms (nothing to mark). */
  prepared?: Folded;
  /** The type shown in the details. */
  current: boolean;
  /** "Matched: …" under the name, when another name matched. */
  note?: Note;
}

/** An item's nodes and what they show. */
interface Row {
  li: HTMLElement;
  button: HTMLElement;
  id: string;
  part?: string;
  current?: string;
  described?: string;
  name: MarkedRuns;
  note: MarkedNote;
  /** Its place in the list last rendered (-1: new). */
  at: number;
}

/**
 * The indexes into `places` of a longest run whose values rise (patience sorting, O(n log n)); negative values
 * (new rows) are never in it. The rows it names keep their nodes where they are and the others move round them, so a
 * reorder moves the fewest items, and a focused item that stays in order is not moved (moving a node blurs it).
 */
function staying(places: readonly number[]): Set<number> {
  const tails: number[] = [];
  const before: number[] = [];
  places.forEach((v, i) => {
    if (v < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    before[i] = lo ? tails[lo - 1] : -1;
    tails[lo] = i;
  });
  const run = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = before[i]) run.add(i);
  return run;
}

let proto: HTMLElement | undefined;

/** `<li> <button type="button" aria-controls="details"> </button> </li>` with its spaces as the template had them. */
function item(): HTMLElement {
  if (!proto) {
    proto = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-controls', 'details');
    button.append(' ', ' ');
    proto.append(' ', button, ' ', ' ');
  }
  return proto.cloneNode(true) as HTMLElement;
}

/**
 * How many items from the list's start can be on screen at once, at most: each item is at least 24 CSS px tall
 * (WCAG 2.2's smallest target; the explorer's are `max(44px, 2.75em)`), and while a patient types, the search
 * field above the list is on screen (browsers scroll the caret into view). Never fewer than 50, the length up to
 * which a list is short (`.list.long`) and is marked whole.
 */
function inView(): number {
  return Math.max(50, Math.ceil((globalThis.innerHeight || 0) / 24));
}

/** How long one task of the marks left for later runs, in ms: a key pressed meanwhile waits at most this long. */
const SLICE_MS = 4;

/** Sets or removes an attribute when it changed (undefined: absent). */
function attr(el: HTMLElement, name: string, value: string | undefined, last: string | undefined): void {
  if (value === last) return;
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * `later` with the items on screen (in the window's height) first, then those after them, then those before, each in
 * list order. Items are in list order down the page, so two binary searches find them: about 20 reads of a box, in a
 * task after the key's, when the browser has usually laid out the page for the frame that showed the key already.
 */
function onScreenFirst(later: [Row, TypeItem][]): [Row, TypeItem][] {
  const box = (k: number) => later[k][0].li.getBoundingClientRect();
  const find = (from: number, before: (k: number) => boolean) => {
    let lo = from;
    let hi = later.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = find(0, (k) => box(k).bottom <= 0);
  const b = find(a, (k) => box(k).top < innerHeight);
  return a === 0 || a >= b ? later : [...later.slice(a, b), ...later.slice(b), ...later.slice(0, a)];
}

/** An item's name, marked for `queryTerms`, and its "Matched:" note (with the button's `aria-describedby` naming it). */
function mark(row: Row, t: TypeItem, queryTerms: readonly string[]): void {
  const described = t.note?.id;
  attr(row.button, 'aria-describedby', described, row.described);
  row.described = described;
  row.name.set(row.button, t.name, queryTerms, t.prepared);
  row.note.set(row.li, row.li.lastChild, t.note, queryTerms, 'match', 'match');
}

class TypeListDirective extends Directive {
  private rows = new Map<string, Row>();
  private choose!: (id: string) => void;
  /** Items whose marks and note wait for a task, in list order, with the terms to mark (the last update's). */
  private later: [Row, TypeItem][] = [];
  private terms: readonly string[] = [];
  private scheduled = false;
  /** Whether `later` has been put in on-screen-first order since the last update. */
  private ordered = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('typeList() goes in element content');
  }

  render(items: readonly TypeItem[], queryTerms: readonly string[], choose: (id: string) => void): unknown {
    void [items, queryTerms, choose];
    return noChange;
  }

  override update(part: Part, [items, queryTerms, choose]: Parameters<this['render']>): unknown {
    this.choose = choose;
    const old = this.rows;
    const rows = new Map<string, Row>();
    const first = inView();
    const later: [Row, TypeItem][] = [];
    const order = items.map((t, k) => {
      // A repeated id (a pack's mistake) gets a row of its own.
      let key = t.id;
      while (rows.has(key)) key += '\u0000';
      const row = old.get(key) ?? this.make();
      rows.set(key, row);
      row.id = t.id;
      const { button } = row;
      // In the template's order (an attribute set anew goes last, as Lit's did).
      const partName = t.current ? 'item current' : 'item';
      attr(button, 'part', partName, row.part);
      row.part = partName;
      const current = t.current ? 'true' : undefined;
      attr(button, 'aria-current', current, row.current);
      row.current = current;
      if (k < first || t.current || !(queryTerms.length || this.terms.length)) mark(row, t, queryTerms);
      else {
        // Its words now (a new item, or a renamed type), its marks and note in a later task.
        if (row.name.text !== t.name) row.name.set(button, t.name, []);
        later.push([row, t]);
      }
      return row;
    });
    // What an earlier update left for later is replaced: its rows are in `later` again if they are still listed.
    this.later = later;
    this.ordered = false;
    this.terms = queryTerms;
    if (later.length && !this.scheduled) {
      this.scheduled = true;
      nextTask(this.markLater);
    }
    for (const [key, row] of old) if (rows.get(key) !== row) row.li.remove();
    this.rows = rows;
    // In order before the part's end, moving only the items outside the longest run still in order (a filter
    // keeps the order and moves none).
    const at = part as ChildPart;
    const parent = at.startNode!.parentNode!;
    const stay = staying(order.map((row) => row.at));
    let ref = at.endNode;
    for (let k = order.length - 1; k >= 0; k--) {
      const row = order[k];
      if (!stay.has(k)) parent.insertBefore(row.li, ref);
      ref = row.li;
      row.at = k;
    }
    return noChange;
  }

  /**
   * Marks the items left for later for about `SLICE_MS`, those on screen first (a page that keeps its search field on
   * screen while the patient scrolls far down the list, or a content change while they are there), then the rest in
   * list order; then again in another task if any are left.
   */
  private readonly markLater = (): void => {
    // Cleared first: should a mark fail, the next update schedules its own.
    this.scheduled = false;
    const end = performance.now() + SLICE_MS;
    if (!this.ordered) {
      this.later = onScreenFirst(this.later);
      this.ordered = true;
    }
    const later = this.later;
    let k = 0;
    while (k < later.length) {
      const [row, t] = later[k++];
      mark(row, t, this.terms);
      if (performance.now() > end) break;
    }
    this.later = later.slice(k);
    this.scheduled = this.later.length > 0;
    if (this.scheduled) nextTask(this.markLater);
  };

  private make(): Row {
    const li = item();
    const button = li.children[0] as HTMLElement;
    const row: Row = { li, button, id: '', name: new MarkedRuns(true), note: new MarkedNote(), at: -1 };
    button.addEventListener('click', () => this.choose(row.id));
    return row;
  }
}

/**
 * The list's `<li>`s: each `<li> <button type="button" part="item" aria-controls="details"
 * aria-describedby="m-…">name, marked</button> <p class="match" part="match" id="m-…">Matched: …</p> </li>`,
 * the chosen type's button with `part="item current" aria-current="true"`; a click calls `choose(id)`. Only in
 * element content, alone between its markers.
 */
export const typeList = directive(TypeListDirective);
