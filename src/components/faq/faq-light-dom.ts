/** Content source 4 of the FAQ: the page author's own `<details>` markup. */
import { lightDomPack, readJson, readRichText, textOf } from '../../content/read-rich-text.js';
import { faqSection } from '../../content/sections.js';
import { idFrom } from '../../shared/ids.js';

/** The FAQ's own children in its light-DOM form (with the answer wrappers it makes). */
export const FAQ_CHILDREN = 'details, [slot^="answer-"]';

/** A question read from the page author's own `<details>` markup. */
export interface LightQuestion {
  id: string;
  question: string;
  answer: string;
  open: boolean;
}

/**
 * Reads `<details id><summary>Question</summary>…answer…</details>` children.
 * Each answer's nodes move into a `<div slot>` child of the host (nodes added
 * to the `<details>` later follow on the next read), so the
 * author's markup and the page's CSS are kept and shown through a named slot.
 * `wrappers` remembers the moved nodes per `<details>`. Given `later`, the moves
 * (and the ids', `authoredId`) wait there instead: while the widget upgrades in
 * pieces its page markup is what is drawn, and must stay as it was pasted.
 */
export function readDetails(
  host: HTMLElement,
  wrappers: WeakMap<Element, HTMLElement>,
  slots: Map<string, string>,
  later?: (() => void)[],
): LightQuestion[] {
  const out: LightQuestion[] = [];
  slots.clear();
  // Wrappers made so far, some maybe still waiting to be placed (`later`).
  let made = Math.max(host.querySelectorAll(':scope > [slot^="answer-"]').length, madeFor.get(host) ?? 0);
  host.querySelectorAll(':scope > details').forEach((d) => {
    const summary = d.querySelector(':scope > summary');
    let wrap = wrappers.get(d);
    if (!wrap) {
      wrap = document.createElement('div');
      // Numbered by creation, so a question inserted later never takes an existing answer's slot.
      wrap.slot = `answer-${made++}`;
      wrappers.set(d, wrap);
    }
    // Also what arrived since the last read (a page streamed in parts, a script adding to the answer).
    const nodes = [...d.childNodes].filter((n) => n !== summary);
    const to = wrap;
    const move = () => {
      authoredId(d);
      if (!to.parentNode) d.after(to);
      to.append(...nodes);
    };
    const question = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = idFrom(d.id || d.getAttribute('data-immuno-id') || '', question);
    slots.set(id, wrap.slot);
    const answer = (wrap.textContent + nodes.map((n) => (n.nodeType === 8 ? '' : n.textContent)).join('')).replace(/\s+/g, ' ').trim().slice(0, 4000);
    if (later) later.push(move);
    else move();
    out.push({ id, question, answer, open: (d as HTMLDetailsElement).open });
  });
  madeFor.set(host, made);
  return out;
}
const madeFor = new WeakMap<Element, number>();

/**
 * The author's id of a `<details>`. On first read it moves to `data-immuno-id`: the `<details>`
 * is no longer shown (its question and answer are), and the browser's own jump to a `#fragment`
 * that names a hidden element would take focus from the question the FAQ has just opened
 * (Chromium blurs to `<body>`). The FAQ opens, scrolls to and focuses the question itself.
 */
function authoredId(d: Element): string {
  if (d.id) {
    d.setAttribute('data-immuno-id', d.id);
    d.removeAttribute('id');
  }
  return d.getAttribute('data-immuno-id') ?? '';
}

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
    const id = d.getAttribute('id') ?? d.getAttribute('data-immuno-id');
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
