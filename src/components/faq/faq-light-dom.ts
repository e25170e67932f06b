import { lightDomPack, readJson, readRichText, textOf } from '../../content/read-rich-text.js';
import { faqSection } from '../../content/sections.js';

/**
 * The FAQ's light-DOM form read as a whole content pack, rich answers
 * included, without moving any node: `<details id [open]><summary>Question
 * </summary>answer blocks</details>` children, plus the shared intro,
 * `data-extra` and `<aside data-meta>` (see `lightDomPack`). The widget itself
 * keeps reading answers with `readDetails` (it moves them into slots, so the
 * author's own markup is shown); this reader is for tools and tests, and is
 * what `readDetails` must agree with.
 */
export function readFaq(host: Element): Record<string, unknown> | undefined {
  const items = [...host.querySelectorAll(':scope > details')].map((d) => {
    const id = d.getAttribute('id');
    return {
      ...readJson(d),
      ...(id ? { id } : {}),
      question: textOf(d.querySelector(':scope > summary')),
      answer: readRichText(d, 'summary') ?? '',
      ...(d.hasAttribute('open') ? { open: true } : {}),
    };
  });
  return items.length ? lightDomPack(host, 'faq', { items }, faqSection.builtIn.meta) : undefined;
}
