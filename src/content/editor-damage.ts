/**
 * Reading the author's markup through what CMS editors do to it. Each repair
 * is made only where the meaning is unambiguous, and returns a note in words
 * (for the one warning the widget logs); anything else the element holds and
 * does not use is named, never dropped silently.
 *
 * What editors do (tested with `test/wpautop.ts`, a port of WordPress's own):
 * - WordPress's `wpautop` (classic content) wraps an element that starts a line
 *   in `<p>`: `<p><immuno-faq></p><details>…</details><p></immuno-faq></p>`. The
 *   browser then closes the element at the first `</p>`: the element is empty,
 *   its content follows as siblings, and an empty `<p>` marks where it ended.
 * - It also leaves `<p></p>` and `<br>` between the children, wraps a script that
 *   starts a line in `<p>`, and writes `</p>\n<p>` for a blank line inside a script.
 * - `wptexturize`, or a visual editor, turns `"` into curly quotes, and a text
 *   field may store the JSON with HTML entities (`&quot;`).
 */

/** Selectors of the children every widget's light-DOM form may hold (see docs/embed/). */
export const SHARED_CHILDREN = '[data-intro], [data-meta], [data-extra], script[type="application/json"], p:has(> script[type="application/json"])';

/** A JSON script child, also one an editor wrapped in `<p>`. */
export const JSON_CHILD = ':scope > script[type="application/json"], :scope > p > script[type="application/json"]';

/** Nodes that carry no content: whitespace, comments, `<br>`, empty `<p>`, scripts and styles that are not a pack. */
export function isNoise(n: Node): boolean {
  if (n.nodeType === Node.TEXT_NODE) return !(n.textContent ?? '').trim();
  if (!(n instanceof Element)) return true;
  const name = n.localName;
  if (name === 'br' || name === 'style' || name === 'template') return true;
  if (name === 'script') return n.getAttribute('type') !== 'application/json';
  if (name === 'p') return [...n.childNodes].every(isNoise);
  return false;
}

/** "3 <details>, 1 <aside>" or `text “Where do I…”`. */
export function describeNodes(nodes: readonly Node[]): string {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const key =
      n instanceof Element ? `<${n.localName}>` : `text “${(n.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, c]) => (c > 1 ? `${c} ${k}` : k)).join(', ');
}

/**
 * Moves back content an editor put after the element (wpautop's `<p><tag></p>`
 * without the snippet's `<div class="immuno-embed">` around it). Only when the
 * element holds nothing, sits alone in a `<p>`, and is followed by children of
 * its own form (`form`, plus the shared parts) up to the empty `<p>` the stray
 * end tag leaves: that pattern is what wpautop makes and nothing else. Returns
 * a note when it moved something, or a precise warning when the pattern is
 * there without its end (nothing is moved then).
 */
export function adoptStrayContent(host: Element, form: string, again = false): string | undefined {
  // `again`: content was moved back before and the parser has since added more after the element.
  if (!again && ![...host.childNodes].every(isNoise)) return undefined;
  const parent = host.parentElement;
  if (parent?.localName !== 'p' || ![...parent.childNodes].every((n) => n === host || isNoise(n))) return undefined;
  const selector = `${form}, ${SHARED_CHILDREN}`;
  const taken: Element[] = [];
  let end: Element | undefined;
  for (let n = parent.nextSibling; n; n = n.nextSibling) {
    if (n instanceof Element && n.matches(selector)) taken.push(n);
    else if (n instanceof Element && n.localName === 'p' && isNoise(n)) {
      end = n;
      if (taken.length) break;
    } else if (!isNoise(n)) break;
  }
  if (!taken.length) return undefined;
  const tag = host.localName;
  if (!end)
    return (
      `the element is empty inside a <p> and ${describeNodes(taken)} after it look like its content: an editor (WordPress's wpautop) ` +
      `may have closed <${tag}> early; not used. Put the snippet inside <div class="immuno-embed"> (or a Custom HTML block)`
    );
  // A JSON script wpautop wrapped in <p> comes back as itself.
  host.append(...taken.map((n) => (n.localName === 'p' ? n.querySelector(':scope > script')! : n)));
  return (
    `an editor closed <${tag}> before its content (WordPress's wpautop wraps an element that starts a line in <p>): ` +
    `read the ${describeNodes(taken)} that followed it. Put the snippet inside <div class="immuno-embed"> (or a Custom HTML block) to avoid it`
  );
}

/** The element's children and text that are neither noise nor matched by `used`. */
export function unusedChildren(host: Element, used: string): Node[] {
  return [...host.childNodes].filter((n) => !isNoise(n) && !(n instanceof Element && n.matches(used)));
}

/**
 * A pack written as the element's text (an editor removed the `<script>` tags
 * around it, or moved it into a `<p>`): the text of the unused children, when
 * it is one JSON object. Undefined when the text does not look like one.
 */
export function looseJsonText(nodes: readonly Node[]): string | undefined {
  const text = nodes.map((n) => n.textContent ?? '').join('\n').trim();
  return text.startsWith('{') && text.endsWith('}') ? text : undefined;
}
