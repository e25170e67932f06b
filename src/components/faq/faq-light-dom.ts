/** Content source 4 of the FAQ: the page author's own `<details>` markup. */
import { idFrom } from '../../shared/ids.js';

/** A question read from the page author's own `<details>` markup. */
export interface LightQuestion {
  id: string;
  question: string;
  answer: string;
  open: boolean;
}

/**
 * Reads `<details id><summary>Question</summary>…answer…</details>` children.
 * Each answer's nodes move (once) into a `<div slot>` child of the host, so the
 * author's markup and the page's CSS are kept and shown through a named slot.
 * `wrappers` remembers the moved nodes per `<details>`.
 */
export function readDetails(
  host: HTMLElement,
  wrappers: WeakMap<Element, HTMLElement>,
  slots: Map<string, string>,
): LightQuestion[] {
  const out: LightQuestion[] = [];
  slots.clear();
  host.querySelectorAll(':scope > details').forEach((d, i) => {
    const summary = d.querySelector(':scope > summary');
    let wrap = wrappers.get(d);
    if (!wrap) {
      wrap = document.createElement('div');
      wrap.slot = `answer-${i}`;
      wrap.append(...[...d.childNodes].filter((n) => n !== summary));
      d.after(wrap);
      wrappers.set(d, wrap);
    }
    const question = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = idFrom(d.id, question);
    slots.set(id, wrap.slot);
    const answer = (wrap.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 4000);
    out.push({ id, question, answer, open: (d as HTMLDetailsElement).open });
  });
  return out;
}
