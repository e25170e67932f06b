/**
 * The explorer's list items (up to 1,000 types, filtered on every keystroke), made as plain nodes a directive
 * keeps by type id, updated in place, and removed or put back in order: no template instance, parts or marker
 * comments per item, so a key that removes 445 items removes 445 nodes, and one that marks every name touches
 * only the marks.
 */
import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import { MarkedNote, MarkedRuns, type Folded, type Note } from '../../shared/search.js';

/** One type in the list. */
export interface TypeItem {
  id: string;
  name: string;
  /** The name folded (the index's), for its marks. */
  prepared: Folded;
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

/** Sets or removes an attribute when it changed (undefined: absent). */
function attr(el: HTMLElement, name: string, value: string | undefined, last: string | undefined): void {
  if (value === last) return;
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

class TypeListDirective extends Directive {
  private rows = new Map<string, Row>();
  private choose!: (id: string) => void;

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
    const order = items.map((t) => {
      // A repeated id (a pack's mistake) gets a row of its own.
      let key = t.id;
      while (rows.has(key)) key += '\u0000';
      const row = old.get(key) ?? this.make();
      rows.set(key, row);
      row.id = t.id;
      const { button, li } = row;
      // In the template's order (an attribute set anew goes last, as Lit's did).
      const partName = t.current ? 'item current' : 'item';
      attr(button, 'part', partName, row.part);
      row.part = partName;
      const current = t.current ? 'true' : undefined;
      attr(button, 'aria-current', current, row.current);
      row.current = current;
      const described = t.note?.id;
      attr(button, 'aria-describedby', described, row.described);
      row.described = described;
      row.name.set(button, t.name, queryTerms, t.prepared);
      row.note.set(li, li.lastChild, t.note, queryTerms, 'match', 'match');
      return row;
    });
    for (const [key, row] of old) if (rows.get(key) !== row) row.li.remove();
    this.rows = rows;
    // In order before the part's end, moving only the items not already in place (a filter keeps the order).
    const at = part as ChildPart;
    const parent = at.startNode!.parentNode!;
    let ref = at.endNode;
    for (let k = order.length - 1; k >= 0; k--) {
      const { li } = order[k];
      if (li.parentNode !== parent || li.nextSibling !== ref) parent.insertBefore(li, ref);
      ref = li;
    }
    return noChange;
  }

  private make(): Row {
    const li = item();
    const button = li.children[0] as HTMLElement;
    const row: Row = { li, button, id: '', name: new MarkedRuns(true), note: new MarkedNote() };
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
