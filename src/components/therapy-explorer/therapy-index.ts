import type { Therapy, TherapiesSection } from '../../content/schema.js';
import { foldWithMap, matchesAll, type Folded } from '../../shared/search.js';

/** A name a therapy can be found by, folded once, with what "Matched: …" shows (`label`, e.g. "Keytruda (pembrolizumab)"). */
export interface IndexedName extends Folded {
  label: string;
}

/** What a search needs about one therapy. */
interface Entry {
  /** The type's own name, folded, with its map back to the name for highlighting. */
  name: Folded;
  /** Every searchable name joined, folded: the type name, other names, medicines. */
  all: string;
  /** Other names and medicines, in content order, for the "Matched:" note. */
  names: IndexedName[];
}

/**
 * A folded index of one content pack's therapy names, made once per content change
 * (the explorer makes a new one when its section object changes), so a keystroke costs
 * one `includes()` per therapy and term, never a re-fold, and a highlight reuses the
 * fold. Each type is folded on first use, or one type at a time by `warmNext()` (the
 * explorer calls it in idle callbacks after the first render).
 *
 * A render without search terms folds nothing (the explorer asks for `folded` only to mark a
 * search), and a search folds a type's medicines and other names only through `matches` and
 * `matchedName`. A name with an accent ("Calmette-Guérin") or in Devanagari makes `fold` use
 * `normalize` and a `\p{M}` expression, whose first use in a page loads ICU's Unicode data
 * (15 ms of main thread here), which would otherwise land in the explorer's first render.
 */
export class TherapyIndex {
  /** The section's cancers that at least one type treats, in content order (the filter's options). */
  readonly cancers: TherapiesSection['cancers'];
  private readonly entries = new WeakMap<Therapy, Entry>();
  /** Each type's own name, folded (shared with its entry). */
  private readonly names = new WeakMap<Therapy, Folded>();
  /** How many types `warmNext` has folded. */
  private warmed = 0;

  constructor(private readonly section: TherapiesSection) {
    const used = new Set(section.items.flatMap((t) => t.cancers));
    this.cancers = section.cancers.filter((c) => used.has(c.id));
  }

  /** Folds every type now, so that the first keystroke does not. */
  warm(): void {
    while (this.warmNext());
  }

  /** Folds the next type not folded yet, so that the first keystroke does not; false once all are. */
  warmNext(): boolean {
    const t = this.section.items[this.warmed];
    if (!t) return false;
    this.warmed++;
    this.entry(t);
    return this.warmed < this.section.items.length;
  }

  /** True when every term occurs in one of the therapy's names. */
  matches(t: Therapy, terms: readonly string[]): boolean {
    return matchesAll(this.entry(t).all, terms);
  }

  /** The type's name, folded, for `highlight()` (its other names are not folded for it). */
  folded(t: Therapy): Folded {
    let name = this.names.get(t);
    if (!name) this.names.set(t, (name = foldWithMap(t.name)));
    return name;
  }

  /**
   * The other name or medicine that matched, when the type's own name does
   * not hold every term; undefined when the name itself explains the match.
   */
  matchedName(t: Therapy, terms: readonly string[]): IndexedName | undefined {
    if (!terms.length) return undefined;
    const e = this.entry(t);
    if (matchesAll(e.name.folded, terms)) return undefined;
    return e.names.find((n) => matchesAll(n.folded, terms)) ?? e.names.find((n) => terms.some((q) => n.folded.includes(q)));
  }

  private entry(t: Therapy): Entry {
    let e = this.entries.get(t);
    if (!e) {
      const names: IndexedName[] = [
        ...(t.medicines ?? []).map((m) => (m.brands?.length ? `${m.brands.join(', ')} (${m.generic})` : m.generic)),
        ...(t.otherNames ?? []),
      ].map((label) => ({ label, ...foldWithMap(label) }));
      const name = this.folded(t);
      e = { name, all: [name.folded, ...names.map((n) => n.folded)].join('\n'), names };
      this.entries.set(t, e);
    }
    return e;
  }
}
