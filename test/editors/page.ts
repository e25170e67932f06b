/**
 * Puts HTML into a fresh page that loads the built bundle (dist/immuno-widgets.js) the way a
 * hospital page does, and reads what the widgets show. The page records its own errors and
 * warnings (test/e2e/probe.js), and each widget's `immuno-content-error` events.
 */
import { aTimeout } from '@open-wc/testing';

const TAGS = ['immuno-faq', 'immuno-how-it-works', 'immuno-side-effect-checklist', 'immuno-therapy-explorer'];

export interface RenderedPage {
  doc: Document;
  /** Uncaught errors, failed loads and console.error calls. */
  errors: string[];
  /** console.warn calls. */
  warnings: string[];
  /** `immuno-content-error` events, by the `data-case` of the nearest ancestor (or `page`). */
  contentErrors: Map<string, number>;
  remove(): void;
}

/**
 * The text a visitor can be shown: shadow trees instead of their hosts' children, slots
 * replaced by what is assigned to them, and no style, script or template text. Light-DOM
 * children a widget does not slot are not part of it.
 */
export function composedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const el = node as Element;
  if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) return '';
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...el.childNodes]).map(composedText).join(' ');
  }
  const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
  return [...kids].map(composedText).join(' ');
}

/** Counts `immuno-content-error` events by the `data-case` of the nearest ancestor, from the start. */
const RECORD =
  '<script>window.__contentErrors={};document.addEventListener("immuno-content-error",function(e){' +
  'var c=e.composedPath().find(function(n){return n.dataset&&n.dataset.case});var k=c?c.dataset.case:"page";' +
  'window.__contentErrors[k]=(window.__contentErrors[k]||0)+1},true)</script>';

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Loads `body` into an iframe with the bundle (leave `bundle` empty when the page loads it itself); resolves when
 * every widget in it has rendered. With `expectWidgets: false` it gives the page 1.5 s and resolves either way.
 */
export async function renderPage(
  body: string,
  { bundle = '/dist/immuno-widgets.js', head = '', expectWidgets = true }: { bundle?: string; head?: string; expectWidgets?: boolean } = {},
): Promise<RenderedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size:800px;block-size:600px;border:0';
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page</title><script src="/test/e2e/probe.js"></script>${RECORD}${head}</head>` +
    `<body>${body}${bundle ? `<script type="module" src="${bundle}"></script>` : ''}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __probe: { errors: string[]; warnings: string[] }; __contentErrors: Record<string, number> };
  const doc = frame.contentDocument!;
  // The bundle defines every tag; then each widget renders (a content error can only come before that).
  const end = Date.now() + (expectWidgets ? 15000 : 1500);
  while (!TAGS.every((t) => win.customElements.get(t))) {
    if (!expectWidgets && Date.now() > end) break;
    if (Date.now() > end) throw new Error(`the bundle did not define the widgets (errors: ${win.__probe.errors.join('; ')})`);
    await aTimeout(20);
  }
  for (const el of doc.querySelectorAll(TAGS.join(','))) await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await aTimeout(50);
  const contentErrors = new Map(Object.entries(win.__contentErrors));
  return { doc, errors: win.__probe.errors, warnings: win.__probe.warnings, contentErrors, remove: () => frame.remove() };
}
