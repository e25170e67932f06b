import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`–`<h6>` (the platform's own word, not `role="heading"`) at a
 * level an author sets, clamped to 1–6. Six small static templates: no
 * `unsafeStatic`, nothing built from strings.
 */
const levels = [
  (c: unknown, cls: string) => html`<h1 class=${cls}>${c}</h1>`,
  (c: unknown, cls: string) => html`<h2 class=${cls}>${c}</h2>`,
  (c: unknown, cls: string) => html`<h3 class=${cls}>${c}</h3>`,
  (c: unknown, cls: string) => html`<h4 class=${cls}>${c}</h4>`,
  (c: unknown, cls: string) => html`<h5 class=${cls}>${c}</h5>`,
  (c: unknown, cls: string) => html`<h6 class=${cls}>${c}</h6>`,
];

/** Clamps an author-given level to 1–6 (3 when it is not a number). */
export const clampLevel = (level: number, fallback = 3): number =>
  Math.min(6, Math.max(1, Math.round(level) || fallback));

export function heading(level: number, content: unknown, cls = ''): TemplateResult {
  return levels[clampLevel(level) - 1](content, cls);
}
