/**
 * "Print for my appointment": a shadow root cannot hide the page around it, so
 * while the browser prints, the page gets the class `immuno-checklist-printing`
 * on `<html>`, the element gets the attribute `immuno-printing`, and a
 * constructed style sheet (allowed under a strict CSP) hides everything else.
 * All three are removed on `afterprint`. Hospitals may add their own rules for
 * the same class.
 */
let sheet: CSSStyleSheet | undefined;
const cls = 'immuno-checklist-printing';
const attr = 'immuno-printing';

export function printPage(host: HTMLElement): void {
  const root = document.documentElement;
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(
      `@media print{html.${cls} body *{visibility:hidden!important}` +
        `html.${cls} [${attr}]{visibility:visible!important;position:absolute!important;inset-block-start:0!important;inset-inline:0!important;margin:0!important}}`,
    );
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // no constructed style sheets: the widget alone still prints only its summary
  }
  root.classList.add(cls);
  host.setAttribute(attr, '');
  const done = () => {
    root.classList.remove(cls);
    host.removeAttribute(attr);
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
