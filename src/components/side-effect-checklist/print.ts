/**
 * "Print for my appointment": prints the checklist's summary alone, from the
 * top of the first page, with no blank pages, wherever the page put it.
 *
 * A shadow root cannot hide the page around it, so while the browser prints:
 * - `<html>` gets the class `immuno-checklist-printing`;
 * - the element gets the attribute `immuno-printing`, and each of its
 *   ancestors (through any shadow roots it sits in) `immuno-print-path`;
 * - a constructed style sheet (allowed under a strict CSP, no inline style)
 *   is adopted by the document and by those shadow roots. In print media it
 *   takes every element off the path out of the layout (`display: none`, not
 *   `visibility: hidden`, which keeps their space and prints it as blank
 *   pages) and puts the path back into normal flow, so a `position: relative`
 *   column, a fixed height or a transform around the widget cannot move it
 *   down the page or clip it.
 *
 * All of it is removed on `afterprint`. Hospitals may add their own print
 * rules for the same class.
 */
let sheet: CSSStyleSheet | undefined;
const cls = 'immuno-checklist-printing';
const attr = 'immuno-printing';
const path = 'immuno-print-path';

const flow =
  'position:static!important;display:block!important;float:none!important;transform:none!important;' +
  'margin:0!important;padding:0!important;border:0!important;inline-size:auto!important;max-inline-size:none!important;' +
  'block-size:auto!important;min-block-size:0!important;max-block-size:none!important;overflow:visible!important;' +
  'contain:none!important;content-visibility:visible!important;columns:auto!important;box-shadow:none!important';

/** The print rules: off the path, nothing; on it, normal flow from the top of the page. */
const rules =
  '@page{margin:12mm}' +
  '@media print{' +
  `html.${cls}{${flow}}` +
  `[${path}]>:not([${path}],[${attr}]),:host([${path}])>:not([${path}],[${attr}]){display:none!important}` +
  `[${path}]::before,[${path}]::after{display:none!important}` +
  `[${path}],[${attr}]{${flow}}` +
  '}';

/**
 * The element's ancestors as rendered (a slotted element's slot, then out of
 * each shadow root to its host) up to `<html>`, and the shadow roots passed.
 */
function ancestors(host: HTMLElement): { elements: Element[]; roots: ShadowRoot[] } {
  const elements: Element[] = [];
  const roots: ShadowRoot[] = [];
  let node: Node | null = host;
  while (node) {
    const parent: Node | null = (node as Element).assignedSlot ?? node.parentNode;
    if (parent instanceof ShadowRoot) {
      roots.push(parent);
      node = parent.host;
    } else node = parent instanceof Element ? parent : null;
    if (node instanceof Element) elements.push(node);
  }
  return { elements, roots };
}

export function printPage(host: HTMLElement): void {
  const root = document.documentElement;
  const { elements, roots } = ancestors(host);
  const adopters: (Document | ShadowRoot)[] = [document, ...roots];
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(rules);
    for (const a of adopters) if (!a.adoptedStyleSheets.includes(sheet)) a.adoptedStyleSheets = [...a.adoptedStyleSheets, sheet];
  } catch {
    // no constructed style sheets: the widget's own print styles still leave out all but the summary
  }
  root.classList.add(cls);
  host.setAttribute(attr, '');
  for (const e of elements) e.setAttribute(path, '');
  const done = () => {
    root.classList.remove(cls);
    host.removeAttribute(attr);
    for (const e of elements) e.removeAttribute(path);
    if (sheet) for (const a of adopters) a.adoptedStyleSheets = a.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
