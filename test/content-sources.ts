/**
 * Shared by the content-reading tests: for every widget, a small pack whose
 * first item carries a marker word the built-in content never uses, so a test
 * can tell "the author's content is shown" from "the built-in content is shown".
 */
import { en } from '../src/content/en/index.js';
import type { SectionName } from '../src/content/schema.js';
import { renderSnippet } from '../src/embed/render.js';
import { widgets } from '../src/widgets.js';

export const MARK = 'Zanzibar';

/** The field of the first item whose text the widget shows without any click. */
const FIELD: Record<SectionName, string> = { faq: 'question', steps: 'title', symptoms: 'label', therapies: 'name' };

/** A pack for `section` with its first two items (`all`: every item), the first one's visible text marked. */
export function markedPack(section: SectionName, all = false): Record<string, unknown> {
  const built = en[section] as unknown as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const items = built.items.slice(0, all ? undefined : 2).map((item, i) => (i === 0 ? { ...item, [FIELD[section]]: `${MARK} ${String(item[FIELD[section]])}` } : item));
  return { meta: en.meta, [section]: { ...built, items } };
}

/** Every widget with its tag and section, from the registry. */
export const everyWidget = widgets.map((w) => ({ tag: w.tag, section: w.section }));

/** The light-DOM form of a pack for the widget with this tag (what the embed renderer writes inside the element). */
export function lightDomOf(tag: string, pack: unknown): string {
  const html = renderSnippet(tag, { content: pack, style: false }).html;
  const open = html.indexOf('>', html.indexOf(`<${tag}`)) + 1;
  return html.slice(open, html.lastIndexOf(`</${tag}>`));
}

/**
 * A value for every public property of the widgets, unlike its default and
 * visible in the rendering (a pack with the marker; `src` as a `data:` URL of
 * one). The lifecycle tests require an entry for every property the classes
 * declare, so a new property cannot be left out.
 */
export const SAMPLES: Record<string, (section: SectionName) => unknown> = {
  content: (section) => markedPack(section),
  src: (section) => `data:application/json,${encodeURIComponent(JSON.stringify(markedPack(section)))}`,
  srcTimeout: () => 5000,
  headingLevel: () => 2,
  single: () => true,
  searchable: () => true,
  structuredData: () => true,
  linkHash: () => true,
  remember: () => true,
  print: () => 'as-shown',
  step: () => 2,
  layout: () => 'list',
  therapy: () => 'car-t',
  careTeamPhone: () => '+1 555 0100',
  careTeamHoursPhone: () => '+1 555 0199',
  emergencyNumber: () => '112',
  selected: () => 'car-t',
  cancer: () => 'melanoma',
  footer: () => 'shared',
};
