/**
 * The FAQ's schema.org `FAQPage` structured data: the JSON-LD text, the
 * Trusted Types policy that lets it into a `<script>`, the light-DOM script
 * element that carries it, and the controller that keeps it in step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { plainText } from '../../content/rich-text.js';
import type { FaqSection } from '../../content/schema.js';

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

/**
 * Keeps one `<script type="application/ld+json" data-immuno-faq>` child of
 * `host` in step: written (through `text`, with a TrustedScript where the page
 * enforces Trusted Types) when `items` are given, removed when not. Returns
 * false when the page's Trusted Types policy refused; the script is then removed.
 */
export function writeJsonLd(
  host: HTMLElement,
  language?: string,
  items?: readonly { question: string; answer: string }[],
): boolean {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-immuno-faq]');
  const value = language !== undefined && items ? jsonScriptText(faqJsonLd(language, items)) : undefined;
  if (value === undefined) {
    script?.remove();
    return !items;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.immunoFaq = '';
    host.append(script);
  }
  (script as { text: unknown }).text = value;
  return true;
}

/**
 * Writes the JSON-LD after each host update while `source()` returns the
 * content (the widget's `structured-data` is on and the content is loaded),
 * rebuilt only when the section changes, not on every toggle or keystroke;
 * removes it when `source()` returns undefined.
 */
export class FaqJsonLdController implements ReactiveController {
  private written?: FaqSection;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private source: () => { language: string; section: FaqSection } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const src = this.source();
    if (!src) {
      this.written = undefined;
      writeJsonLd(this.host);
      return;
    }
    if (src.section === this.written) return;
    this.written = src.section;
    const items = src.section.items.map((q) => ({ question: q.question, answer: plainText(q.answer) }));
    if (!writeJsonLd(this.host, src.language, items))
      console.warn(
        `${this.host.localName}: structured data left out: this page's Content-Security-Policy must allow the Trusted Types policy "immuno-widgets-json".`,
      );
  }
}
