import { lightDomPack, readJson, readRichText, textOf } from '../../content/read-rich-text.js';
import { stepsSection } from '../../content/sections.js';
import { idFrom, uniqueIds } from '../../shared/ids.js';

/** The stepper's own children in its light-DOM form. */
export const STEPS_CHILDREN = 'ol';

/**
 * Reads the stepper's light-DOM form as a content pack:
 * `<ol><li id data-picture><h2–h6>Title</h2–h6>text blocks<details data-detail><summary>…</summary>detail blocks</details></li></ol>`,
 * plus the shared intro, `data-extra` and `<aside data-meta>`. The text keeps
 * paragraphs, lists and links. An `<li>` without a valid id gets a slug of its
 * title (`-2`, `-3` added to repeats). Undefined when there is no `<ol>` child.
 */
export function readSteps(host: Element): Record<string, unknown> | undefined {
  const list = host.querySelector(':scope > ol');
  if (!list) return undefined;
  const items = [...list.querySelectorAll(':scope > li')].map((li) => {
    const heading = li.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
    const title = textOf(heading);
    const detailEl = li.querySelector(':scope > details[data-detail]');
    const id = idFrom(li.id, title || 'step');
    const detail = readRichText(detailEl, 'summary');
    const picture = li.getAttribute('data-picture');
    return {
      ...readJson(li),
      id,
      title,
      text: readRichText(li, 'h2, h3, h4, h5, h6, details[data-detail]') ?? '',
      ...(detail !== undefined ? { detail } : {}),
      ...(picture ? { picture } : {}),
    };
  });
  const ids = uniqueIds(items.map((s) => s.id));
  const unique = items.map((s, i) => ({ ...s, id: ids[i] }));
  return unique.length ? lightDomPack(host, 'steps', { items: unique }, stepsSection.builtIn.meta) : undefined;
}
