/**
 * What the widget stories share: markup parsed as a CMS page delivers it, a widget's shadow root to query and
 * click in `play` functions, the sample hospital pack, and the frames of the Accessibility and language stories.
 */
/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import { within } from 'storybook/test';
import { registerLocale } from '../../src/i18n/i18n.js';
import { arabicStrings } from '../samples/arabic.js';
import riversidePack from '../samples/riverside.json';
import riversideUrlImport from '../samples/riverside.json?url';
import theming from '../../docs/theming.md?raw';

export { arabicPack } from '../samples/arabic.js';

/** A small hospital pack with all four sections (stories/samples/riverside.json, a valid pack). */
export const riverside = riversidePack;
/** The same pack as a file the built Storybook serves, for the `src` stories. */
export const riversideUrl = riversideUrlImport;

// The Arabic sample is not built in: its UI strings are registered for the stories only.
registerLocale('ar', arabicStrings);

/** Markup as a browser parses it, the way a CMS page delivers it (not through a Lit template). */
export function page(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = markup;
  return box;
}

/** `<script type="application/json">` text of a pack, safe inside HTML. */
export const jsonScript = (pack: unknown, id?: string): string =>
  `<script type="application/json"${id ? ` id="${id}"` : ''}>${JSON.stringify(pack, null, 1).replace(/</g, '\\u003c')}</script>`;

/** The first `<tag>` in the story, once it has rendered, with Testing Library queries on its shadow root. */
export async function widgetIn<T extends HTMLElement & { updateComplete: Promise<boolean> }>(canvasElement: HTMLElement, tag: string) {
  const el = canvasElement.querySelector<T>(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  await customElements.whenDefined(tag);
  await el.updateComplete;
  return { el, shadow: within(el.shadowRoot as unknown as HTMLElement), root: el.shadowRoot! };
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A short note above a story, saying what to look for or how to see it. */
export const note = (text: TemplateResult | string) =>
  html`<p style="max-inline-size: 60ch; margin: 0 0 1em; color: #1b2330; background: #fff">${text}</p>`;

/** The dark theme exactly as docs/theming.md gives it (its css block), scoped to `.dark-page`. */
export const darkTheme = (theming.match(/```css\n([\s\S]*?)```/)?.[1] ?? '').replace(':root', '.dark-page');

/** A dark page with the documented dark theme around `body`. */
export const darkPage = (body: TemplateResult | HTMLElement) =>
  html`<style>
      .dark-page { background: #121212; color: #eee; padding: 1em; }
      ${darkTheme}
    </style>
    <div class="dark-page">${body}</div>`;

/** Text at 200 %: the widget's text follows its parent's size (docs/theming.md), as it does when a reader enlarges text. */
export const text200 = (body: TemplateResult | HTMLElement) => html`<div style="font-size: 200%">${body}</div>`;

/** A page language and direction around `body`, at most `width` px wide. */
export const language = (lang: string, dir: 'ltr' | 'rtl', body: TemplateResult | HTMLElement, width?: number) =>
  html`<div lang=${lang} dir=${dir} style=${width ? `max-inline-size: ${width}px` : ''}>${body}</div>`;

export const forcedColoursNote = note(
  html`<strong>Forced colours</strong> (Windows contrast themes): choose "Forced colours" in the toolbar, or in
    Chromium's DevTools open Rendering and set "Emulate CSS media feature forced-colors" to <code>active</code>. Every
    boundary, state and focus ring must stay visible in system colours; nothing may rely on colour alone.`,
);
export const reducedMotionNote = note(
  html`<strong>Reduced motion</strong>: choose "Reduced motion" in the toolbar, or emulate
    <code>prefers-reduced-motion: reduce</code> in DevTools (Rendering). Transitions stop; nothing slides or fades.`,
);
