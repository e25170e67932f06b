/**
 * The theme builder's logic, without Lit (the story element and the Node test both use it): the tokens a set of
 * picks makes, the WCAG 2.2 AA check of every pair the widgets draw (Color.js), and the CSS to copy.
 */
import Color from 'colorjs.io';
import { contrastPairs, defaults, tokensToCss, type ContrastPair, type Tokens } from '../../.storybook/themes.js';

/** The colours a designer picks (each an `<input type="color">`, so `#rrggbb`). */
export interface Picks {
  accent: string;
  text: string;
  surface: string;
  focus: string;
  font: string;
}

/** System font stacks only: a web font would need a request the offline Storybook does not make. */
export const fonts: readonly { label: string; value: string }[] = [
  { label: 'The page\u2019s own font', value: 'inherit' },
  { label: 'System sans-serif', value: 'system-ui, "Segoe UI", Roboto, Ubuntu, "DejaVu Sans", sans-serif' },
  { label: 'Verdana (wide sans-serif)', value: 'Verdana, "DejaVu Sans", sans-serif' },
  { label: 'Georgia (serif)', value: 'Georgia, "DejaVu Serif", "Times New Roman", serif' },
];

const mix = (a: string, b: string, amount: number) => new Color(a).mix(b, amount, { space: 'srgb' }).to('srgb').toString({ format: 'hex' });
const ratio = (fore: string, back: string) => Color.contrast(fore, back, 'WCAG21');

/**
 * Every token the theme sets, from the picks. What is not picked is derived so the theme stays whole: muted
 * text and borders from text toward surface, the alternate surface from surface toward text, the text on the
 * accent (white or the text colour, whichever contrasts more). The urgency and mark colours keep their
 * defaults: a brand should not change what "emergency" looks like (a dark surface then needs them changed,
 * and the check says so).
 */
export function themeTokens(p: Picks): Tokens {
  const onAccent = ratio('#ffffff', p.accent) >= ratio(p.text, p.accent) ? '#ffffff' : p.text;
  const dark = new Color(p.surface).luminance < 0.2;
  return {
    '--immuno-color-scheme': dark ? 'dark' : 'light',
    '--immuno-color-text': p.text,
    '--immuno-color-muted': mix(p.text, p.surface, 0.25),
    '--immuno-color-accent': p.accent,
    '--immuno-color-on-accent': onAccent,
    '--immuno-color-surface': p.surface,
    '--immuno-color-surface-alt': mix(p.surface, p.text, 0.05),
    '--immuno-color-border': mix(p.text, p.surface, 0.35),
    '--immuno-color-focus': p.focus,
    ...(p.font === 'inherit' ? {} : { '--immuno-font-family': p.font }),
  };
}

/** Which pick each token comes from (for putting a warning beside the right control). */
export const from: Record<string, readonly (keyof Picks)[]> = {
  '--immuno-color-text': ['text'],
  '--immuno-color-muted': ['text', 'surface'],
  '--immuno-color-accent': ['accent'],
  '--immuno-color-on-accent': ['accent'],
  '--immuno-color-surface': ['surface'],
  '--immuno-color-surface-alt': ['surface'],
  '--immuno-color-border': ['text', 'surface'],
  '--immuno-color-focus': ['focus'],
};

export interface Result extends ContrastPair {
  ratio: number;
  pass: boolean;
}

/** Each pair the widgets draw, with its WCAG 2.x contrast ratio in this theme. */
export function check(tokens: Tokens): Result[] {
  const all = { ...defaults, ...tokens } as Record<string, string>;
  return contrastPairs.map((p) => {
    const r = ratio(all[p.fore], all[p.back]);
    return { ...p, ratio: r, pass: r >= p.min };
  });
}

/** The CSS a hospital pastes into its page. */
export const themeCss = (tokens: Tokens) => `/* immuno-widgets theme (made with the theme builder) */\n${tokensToCss(':root', tokens)}\n`;

