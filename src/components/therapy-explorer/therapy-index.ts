import type { Therapy } from '../../content/schema.js';
import { fold, matchesAll } from '../../shared/search.js';

/** A name a therapy can be found by, folded once. */
interface Name {
  /** What "Matched: …" shows, e.g. "Keytruda (pembrolizumab)". */
  label: string;
  folded: string;
}

/** What a search needs about one therapy, built once per content change. */
interface Entry {
  /** The type's own name, folded. */
  name: string;
  /** Every searchable name joined, folded: the type name, other names, medicines. */
  all: string;
  /** Other names and medicines, in content order, for the "Matched:" note. */
  names: Name[];
}

/**
 * A folded index of therapy names, built once per content change so a
 * keystroke costs one `includes()` per therapy and term, never a re-fold.
 */
export class TherapyIndex {
  private entries = new WeakMap<Therapy, Entry>();

  constructor(items: readonly Therapy[]) {
    for (const t of items) {
      const names: Name[] = [
        ...(t.medicines ?? []).map((m) => {
          const label = m.brands?.length ? `${m.brands.join(', ')} (${m.generic})` : m.generic;
          return { label, folded: fold(label) };
        }),
        ...(t.otherNames ?? []).map((n) => ({ label: n, folded: fold(n) })),
      ];
      const name = fold(t.name);
      this.entries.set(t, { name, all: [name, ...names.map((n) => n.folded)].join('\n'), names });
    }
  }

  /** True when every term occurs in one of the therapy's names. */
  matches(t: Therapy, terms: readonly string[]): boolean {
    const e = this.entries.get(t);
    return !!e && matchesAll(e.all, terms);
  }

  /**
   * The other name or medicine that matched, when the type's own name does
   * not hold every term; undefined when the name itself explains the match.
   */
  matchedName(t: Therapy, terms: readonly string[]): string | undefined {
    const e = this.entries.get(t);
    if (!e || !terms.length || matchesAll(e.name, terms)) return undefined;
    const best =
      e.names.find((n) => matchesAll(n.folded, terms)) ?? e.names.find((n) => terms.some((q) => n.folded.includes(q)));
    return best?.label;
  }
}
