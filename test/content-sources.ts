/**
 * Shared by the content-reading tests: for every widget, a small pack whose
 * first item carries a marker word the built-in content never uses, so a test
 * can tell "the author's content is shown" from "the built-in content is shown".
 */
import { en } from '../src/content/en/index.js';
import type { SectionName } from '../src/content/schema.js';
import { widgets } from '../src/widgets.js';

export const MARK = 'Zanzibar';

/** The field of the first item whose text the widget shows without any click. */
const FIELD: Record<SectionName, string> = { faq: 'question', steps: 'title', symptoms: 'label', therapies: 'name' };

/** A pack for `section` with its first two items, the first one's visible text marked. */
export function markedPack(section: SectionName): Record<string, unknown> {
  const built = en[section] as unknown as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const items = built.items.slice(0, 2).map((item, i) => (i === 0 ? { ...item, [FIELD[section]]: `${MARK} ${String(item[FIELD[section]])}` } : item));
  return { meta: en.meta, [section]: { ...built, items } };
}

/** Every widget with its tag and section, from the registry. */
export const everyWidget = widgets.map((w) => ({ tag: w.tag, section: w.section }));
