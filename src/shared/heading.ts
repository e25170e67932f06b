import { html, nothing, type TemplateResult } from 'lit';

/** Optional attributes of a {@link heading}. */
export interface HeadingOptions {
  /** `id` of the heading (for `aria-labelledby`). */
  id?: string;
  /** `tabindex="-1"`: focusable from script (to move focus to it), not a Tab stop. */
  focusable?: boolean;
  /** `aria-describedby`: what a screen reader says after the heading when focus lands on it. */
  describedBy?: string;
}

type Attr = string | typeof nothing;
type Make = (c: unknown, cls: string, id: Attr, tab: Attr, by: Attr) => TemplateResult;

/**
 * A real `<h1>`–`<h6>` (the platform's own word, not `role="heading"`) at a
 * level an author sets, clamped to 1–6. Six small static templates: no
 * `unsafeStatic`, nothing built from strings.
 */
const levels: Make[] = [
  (c, cls, id, tab, by) => html`<h1 class=${cls} id=${id} tabindex=${tab} aria-describedby=${by}>${c}</h1>`,
  (c, cls, id, tab, by) => html`<h2 class=${cls} id=${id} tabindex=${tab} aria-describedby=${by}>${c}</h2>`,
  (c, cls, id, tab, by) => html`<h3 class=${cls} id=${id} tabindex=${tab} aria-describedby=${by}>${c}</h3>`,
  (c, cls, id, tab, by) => html`<h4 class=${cls} id=${id} tabindex=${tab} aria-describedby=${by}>${c}</h4>`,
  (c, cls, id, tab, by) => html`<h5 class=${cls} id=${id} tabindex=${tab} aria-describedby=${by}>${c}</h5>`,
  (c, cls, id, tab, by) => html`<h6 class=${cls} id=${id} tabindex=${tab} aria-describedby=${by}>${c}</h6>`,
];

/** Clamps an author-given level to 1–6 (`fallback` when it is not a number). */
export const clampLevel = (level: number, fallback = 3): number =>
  Math.min(6, Math.max(1, Math.round(level) || fallback));

/** `<h{level}>` holding `content`, with class `cls`; levels outside 1–6 are clamped. */
export function heading(level: number, content: unknown, cls = '', options: HeadingOptions = {}): TemplateResult {
  return levels[clampLevel(level) - 1](content, cls, options.id ?? nothing, options.focusable ? '-1' : nothing, options.describedBy ?? nothing);
}
