import { lightDomPack, readJson, readRichText, textOf } from '../../content/read-rich-text.js';
import { therapiesSection } from '../../content/sections.js';

/** The explorer's own children in its light-DOM form. */
export const EXPLORER_CHILDREN = 'article, details[data-cancers]';

/**
 * Reads the explorer's light-DOM form as a content pack:
 *
 * ```html
 * <details data-cancers><summary>Cancer type</summary><ul><li data-id="melanoma">Melanoma</li>…</ul></details>
 * <article id="checkpoint-inhibitors" data-checklist="checkpoint">
 *   <h3>Name</h3><p>Summary</p>
 *   <dl><dt>How it works</dt><dd data-field="howItWorks">rich text</dd>
 *       <dt>Used for</dt><dd data-field="cancers"><ul><li data-id="melanoma">Melanoma</li></ul></dd> …</dl>
 * </article>
 * ```
 *
 * The reader goes by `data-field` and `data-id`, never by the `<dt>` words.
 * Cancer types come from `[data-cancers]`, else from the types' "used for"
 * lists in order of first mention. Undefined when there is no `<article>` child.
 */
export function readTherapies(host: Element): Record<string, unknown> | undefined {
  const articles = [...host.querySelectorAll(':scope > article')];
  if (!articles.length) return undefined;
  const cancers = new Map<string, string>();
  const ids = (dd: Element | null) =>
    [...(dd?.querySelectorAll('li[data-id]') ?? [])].map((li) => {
      const id = li.getAttribute('data-id')!;
      return { id, name: textOf(li) };
    });
  for (const c of ids(host.querySelector(':scope > [data-cancers]'))) cancers.set(c.id, c.name);
  const items = articles.map((a) => {
    const field = (name: string) => a.querySelector(`:scope > dl > dd[data-field="${name}"]`);
    const texts = (name: string) => {
      const dd = field(name);
      return dd ? [...dd.querySelectorAll('li')].map(textOf) : undefined;
    };
    const rich = (name: string) => readRichText(field(name));
    const used = ids(field('cancers'));
    for (const c of used) if (!cancers.has(c.id)) cancers.set(c.id, c.name);
    const medicines = field('medicines')
      ? [...field('medicines')!.querySelectorAll('li')].map((li) => {
          const brands = [...li.querySelectorAll('[data-brand]')].map(textOf);
          return { generic: textOf(li.querySelector('[data-generic]') ?? li), ...(brands.length ? { brands } : {}) };
        })
      : undefined;
    const sideEffects = field('sideEffects') ? ids(field('sideEffects')).map((c) => c.id) : undefined;
    const optional = {
      otherNames: texts('otherNames'),
      medicines,
      schedule: rich('schedule'),
      sideEffects: field('sideEffects')?.querySelector('ul') ? sideEffects : undefined,
      sideEffectsNote: rich('sideEffectsNote'),
      questions: texts('questions'),
      checklist: a.getAttribute('data-checklist') ?? undefined,
    };
    return {
      ...readJson(a),
      id: a.id,
      name: textOf(a.querySelector(':scope > :is(h2, h3, h4, h5, h6)')),
      summary: textOf(a.querySelector(':scope > p')),
      howItWorks: rich('howItWorks') ?? '',
      cancers: used.map((c) => c.id),
      givenBy: texts('givenBy') ?? [],
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
  });
  const section = { cancers: [...cancers].map(([id, name]) => ({ id, name })), items };
  return lightDomPack(host, 'therapies', section, therapiesSection.builtIn.meta);
}
