/**
 * The Storybook toolbar's themes, built only from the widgets' public `--immuno-*` tokens (README, "Theming";
 * docs/theming.md), so each is exactly what a hospital could paste into its own page. The dark theme is not
 * repeated here: the preview reads it from docs/theming.md's css block (`tokensFromCss`), so the toolbar shows
 * what the docs give.
 *
 * Also the WCAG 2.2 AA pairs a theme must meet (`contrastPairs`), shared by the theme builder story and its test.
 */

/** Token name (`--immuno-…`) → CSS value. */
export type Tokens = Readonly<Record<`--immuno-${string}`, string>>;

/** Reads the `--immuno-*` declarations out of a CSS block (the first rule's), in order. */
export function tokensFromCss(css: string): Tokens {
  const out: Record<string, string> = {};
  for (const m of css.matchAll(/(--immuno-[\w-]+)\s*:\s*([^;}]+)/g)) out[m[1]] = m[2].trim();
  return out as Tokens;
}

/** The tokens as declarations inside `selector { … }`. */
export function tokensToCss(selector: string, tokens: Tokens): string {
  const lines = Object.entries(tokens).map(([k, v]) => `  ${k}: ${v};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

/**
 * High contrast: black text and borders on white, a dark blue accent, a yellow mark, urgency colours darkened
 * (text on surface 21:1, muted 15.1:1, accent 12.7:1, urgency 11.4–12.5:1, borders and focus 21:1). It is a
 * theme a page can choose; the reader's own forced-colours mode is the "Forced colours" toolbar item.
 */
export const highContrast: Tokens = {
  '--immuno-color-scheme': 'light',
  '--immuno-color-text': '#000000',
  '--immuno-color-muted': '#262626',
  '--immuno-color-accent': '#002b80',
  '--immuno-color-on-accent': '#ffffff',
  '--immuno-color-surface': '#ffffff',
  '--immuno-color-surface-alt': '#ffffff',
  '--immuno-color-border': '#000000',
  '--immuno-color-focus': '#000000',
  '--immuno-color-emergency': '#7a0000',
  '--immuno-color-call': '#5c2e00',
  '--immuno-color-visit': '#003d14',
  '--immuno-color-mark': '#ffff00',
  '--immuno-color-on-mark': '#000000',
};

/**
 * A sample hospital brand, "Harbour Health": teal and navy, a humanist sans-serif from the reader's own
 * system (no web font: the Storybook stays offline), square-ish corners. The urgency colours stay the
 * defaults: a brand should not change what "emergency" looks like.
 */
export const brandHarbour: Tokens = {
  '--immuno-color-text': '#10243a',
  '--immuno-color-muted': '#3b4d60',
  '--immuno-color-accent': '#00666b',
  '--immuno-color-on-accent': '#ffffff',
  '--immuno-color-surface': '#ffffff',
  '--immuno-color-surface-alt': '#eaf4f4',
  '--immuno-color-border': '#4f6873',
  '--immuno-color-focus': '#a4005b',
  '--immuno-color-mark': '#ffe98a',
  '--immuno-color-on-mark': '#10243a',
  '--immuno-font-family': '"Segoe UI", "Trebuchet MS", Ubuntu, "DejaVu Sans", system-ui, sans-serif',
  '--immuno-radius': '0.25em',
};

/** A second sample brand, "St Rowan's": plum on warm white, a serif from the reader's system, round corners. */
export const brandRowan: Tokens = {
  '--immuno-color-text': '#2a1530',
  '--immuno-color-muted': '#57445d',
  '--immuno-color-accent': '#7a1f5c',
  '--immuno-color-on-accent': '#ffffff',
  '--immuno-color-surface': '#fffaf5',
  '--immuno-color-surface-alt': '#f5ebf0',
  '--immuno-color-border': '#7a677d',
  '--immuno-color-focus': '#1f4fa8',
  '--immuno-color-mark': '#ffe38a',
  '--immuno-color-on-mark': '#2a1530',
  '--immuno-font-family': 'Georgia, "DejaVu Serif", "Times New Roman", serif',
  '--immuno-radius': '1em',
};

/** The widgets' defaults (src/shared/base.styles.ts), for pairs a theme leaves unset. */
export const defaults: Tokens = {
  '--immuno-color-text': '#1b2330',
  '--immuno-color-muted': '#4a5566',
  '--immuno-color-accent': '#0a58a8',
  '--immuno-color-on-accent': '#ffffff',
  '--immuno-color-surface': '#ffffff',
  '--immuno-color-surface-alt': '#f2f5f9',
  '--immuno-color-border': '#5f6b7c',
  '--immuno-color-focus': '#0a58a8',
  '--immuno-color-emergency': '#a1161b',
  '--immuno-color-call': '#8a4600',
  '--immuno-color-visit': '#1d5e37',
  '--immuno-color-mark': '#fff1a8',
  '--immuno-color-on-mark': '#1b2330',
};

type Color = keyof typeof defaults;

/** A pair of tokens the widgets draw one on the other, and the WCAG 2.2 AA ratio it needs. */
export interface ContrastPair {
  fore: Color;
  back: Color;
  /** 4.5 for text (1.4.3), 3 for borders, focus rings and other non-text (1.4.11). */
  min: 4.5 | 3;
  /** What the pair is, in words a designer uses. */
  what: string;
}

/** Every pair the widgets draw (docs/theming.md, "A dark theme", lists the same). */
export const contrastPairs: readonly ContrastPair[] = [
  { fore: '--immuno-color-text', back: '--immuno-color-surface', min: 4.5, what: 'text on surface' },
  { fore: '--immuno-color-text', back: '--immuno-color-surface-alt', min: 4.5, what: 'text on the alternate surface' },
  { fore: '--immuno-color-muted', back: '--immuno-color-surface', min: 4.5, what: 'hints and footer on surface' },
  { fore: '--immuno-color-muted', back: '--immuno-color-surface-alt', min: 4.5, what: 'hints on the alternate surface' },
  { fore: '--immuno-color-accent', back: '--immuno-color-surface', min: 4.5, what: 'links and accent text on surface' },
  { fore: '--immuno-color-on-accent', back: '--immuno-color-accent', min: 4.5, what: 'button text on the accent colour' },
  { fore: '--immuno-color-border', back: '--immuno-color-surface', min: 3, what: 'borders and checkboxes on surface' },
  { fore: '--immuno-color-focus', back: '--immuno-color-surface', min: 3, what: 'focus ring on surface' },
  { fore: '--immuno-color-emergency', back: '--immuno-color-surface', min: 4.5, what: 'emergency text on surface' },
  { fore: '--immuno-color-call', back: '--immuno-color-surface', min: 4.5, what: '"call now" text on surface' },
  { fore: '--immuno-color-visit', back: '--immuno-color-surface', min: 4.5, what: '"tell your team" text on surface' },
  { fore: '--immuno-color-on-accent', back: '--immuno-color-emergency', min: 4.5, what: 'call-button text on emergency' },
  { fore: '--immuno-color-on-accent', back: '--immuno-color-call', min: 4.5, what: 'call-button text on "call now"' },
  { fore: '--immuno-color-on-mark', back: '--immuno-color-mark', min: 4.5, what: 'search-match text on its mark' },
];
