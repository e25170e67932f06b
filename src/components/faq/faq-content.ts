import type { FaqSection } from '../../content/schema.js';
import { idFrom, uniqueIds } from '../../shared/ids.js';

/** The schema.org `FAQPage` JSON-LD text, safe inside a `<script>` element. */
export function faqJsonLd(language: string, items: readonly { question: string; answer: string }[]): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: language,
    mainEntity: items.map((q) => ({
      '@type': 'Question',
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer },
    })),
  };
  // `\u003c` is the same character to a JSON parser, but `</script>` and `<!--`
  // can no longer end or confuse the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

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

/** Stable, unique ids for the items: their own, else a slug of the question. */
export const itemIds = (section: FaqSection): string[] => uniqueIds(section.items.map((q) => idFrom(q.id, q.question)));

/** What `HTMLScriptElement.text` accepts where Trusted Types are enforced. */
type ScriptText = string | { toString(): string };
let jsonPolicy: { createScript(s: string): ScriptText } | null | undefined;

/**
 * The JSON-LD text in a form the page's Trusted Types policy accepts. Under an
 * enforced policy, script text must come from a named policy: ours,
 * `immuno-widgets-json`, passes only text that parses as JSON, which can never
 * run as code. Returns undefined when the page's CSP does not allow that name
 * (the caller then leaves structured data out, with a warning).
 */
export function jsonScriptText(text: string): ScriptText | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): { createScript(s: string): ScriptText } } })
    .trustedTypes;
  if (!tt) return text;
  if (jsonPolicy === undefined) {
    try {
      jsonPolicy = tt.createPolicy('immuno-widgets-json', {
        createScript: (s: string) => (JSON.parse(s), s),
      });
    } catch {
      jsonPolicy = null;
    }
  }
  return jsonPolicy?.createScript(text);
}
