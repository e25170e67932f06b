/**
 * The Storybook toolbar: one set of globals, applied by decorators to every story (no story is copied per
 * theme, language or width). Their names are stable (the smoke test and the visual baselines pass them in the
 * URL, `&globals=theme:dark;dir:rtl;width:280`):
 *
 * | global | values | applied as |
 * |---|---|---|
 * | `theme` | `default`, `dark`, `high-contrast`, `brand-harbour`, `brand-rowan` | `data-immuno-theme` on `<html>` (@storybook/addon-themes), whose rule sets only `--immuno-*` tokens |
 * | `locale` | `story`, `en`, `es`, `hi`, `ar` | `lang` on a wrapper: the widgets follow the nearest `lang`, as on a page |
 * | `dir` | `story`, `ltr`, `rtl` | `dir` on the wrapper |
 * | `width` | `story`, `280`, `400`, `720`, `1100` | the wrapper's width in px: the widgets' container queries follow it |
 * | `forcedColors` | `off`, `active` | an approximation, labelled as such (see `forcedColorsNote`) |
 * | `reducedMotion` | `off`, `reduce` | `--immuno-duration: 0s`, labelled (see `reducedMotionNote`) |
 *
 * `story` keeps what the story itself sets (most set nothing: English, left to right, the canvas width).
 */
import { withThemeByDataAttribute } from '@storybook/addon-themes';
import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { useEffect } from 'storybook/preview-api';
import theming from '../docs/theming.md?raw';
import { registerLocale } from '../src/i18n/i18n.js';
import { widgets } from '../src/widgets.js';
import { arabicPack, arabicStrings } from '../stories/samples/arabic.js';
import { brandHarbour, brandRowan, highContrast, tokensFromCss, tokensToCss, type Tokens } from './themes.js';

/** The dark theme exactly as docs/theming.md gives it. */
const dark = tokensFromCss(theming.match(/```css\n([\s\S]*?)```/)?.[1] ?? '');

/** Theme name (the `theme` global) → its tokens; `default` sets none. */
export const themes: Record<string, Tokens> = {
  default: {},
  dark,
  'high-contrast': highContrast,
  'brand-harbour': brandHarbour,
  'brand-rowan': brandRowan,
};

/**
 * Each theme's tokens on `<html data-immuno-theme="…">`, the way a hospital sets them on `:root`. The page
 * behind the story keeps its own colours (stories draw host pages of their own); each widget paints its surface.
 */
function themeStyles(): HTMLStyleElement {
  const style = document.createElement('style');
  style.id = 'immuno-sb-themes';
  style.textContent = Object.entries(themes)
    .filter(([, t]) => Object.keys(t).length)
    .map(([name, t]) => tokensToCss(`html[data-immuno-theme='${name}']`, t))
    .join('\n');
  return style;
}
if (!document.getElementById('immuno-sb-themes')) document.head.append(themeStyles());

registerLocale('ar', arabicStrings);

export const globalTypes = {
  locale: {
    description: 'Language: lang on a wrapper around the story (the widgets follow the nearest lang)',
    toolbar: {
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'story', title: 'Language: as the story sets it' },
        { value: 'en', right: 'en', title: 'English' },
        { value: 'es', right: 'es', title: 'Español' },
        { value: 'hi', right: 'hi', title: 'हिन्दी (Hindi)' },
        { value: 'ar', right: 'ar', title: 'العربية (Arabic sample, not built in)' },
      ],
    },
  },
  dir: {
    description: 'Direction: dir on a wrapper around the story',
    toolbar: {
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: 'story', title: 'Direction: as the story sets it' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
    },
  },
  width: {
    description: 'Container width: the width of a wrapper around the story (the widgets use container queries)',
    toolbar: {
      icon: 'ruler',
      dynamicTitle: true,
      items: [
        { value: 'story', title: 'Width: as the story sets it' },
        { value: '280', title: '280 px (a narrow phone column)' },
        { value: '400', title: '400 px' },
        { value: '720', title: '720 px' },
        { value: '1100', title: '1100 px' },
      ],
    },
  },
  forcedColors: {
    description: 'Forced colours: an approximation with system colours (a page cannot turn on the real mode)',
    toolbar: {
      icon: 'contrast',
      dynamicTitle: true,
      items: [
        { value: 'off', title: 'Forced colours: off' },
        { value: 'active', title: 'Forced colours: approximation (see the note above the story)' },
      ],
    },
  },
  reducedMotion: {
    description: 'Reduced motion: the widgets\u2019 --immuno-duration token at 0 s (a page cannot set the reader\u2019s preference)',
    toolbar: {
      icon: 'lightningoff',
      dynamicTitle: true,
      items: [
        { value: 'off', title: 'Motion: as the reader\u2019s system says' },
        { value: 'reduce', title: 'Motion: --immuno-duration 0 s (see the note above the story)' },
      ],
    },
  },
};

export const initialGlobals = { locale: 'story', dir: 'story', width: 'story', forcedColors: 'off', reducedMotion: 'off' };

/**
 * What forced colours does to the widgets' colours, approximated with tokens: every colour becomes a CSS system
 * colour. It is not the real mode: the browser does not override colours, and the widgets' own
 * `@media (forced-colors: active)` rules do not apply.
 */
const forcedColorTokens: Tokens = {
  '--immuno-color-text': 'CanvasText',
  '--immuno-color-muted': 'CanvasText',
  '--immuno-color-accent': 'LinkText',
  '--immuno-color-on-accent': 'Canvas',
  '--immuno-color-surface': 'Canvas',
  '--immuno-color-surface-alt': 'Canvas',
  '--immuno-color-border': 'CanvasText',
  '--immuno-color-focus': 'Highlight',
  '--immuno-color-emergency': 'CanvasText',
  '--immuno-color-call': 'CanvasText',
  '--immuno-color-visit': 'CanvasText',
  '--immuno-color-mark': 'Mark',
  '--immuno-color-on-mark': 'MarkText',
};

const devtools = 'Chrome DevTools, Rendering panel';
const forcedColorsNote = (real: boolean) =>
  real
    ? 'Forced colours are on in this browser: what you see is the real mode.'
    : 'Forced colours, approximated: the widgets\u2019 colour tokens are set to system colours. The real mode ' +
      `(the browser overriding colours, and the widgets\u2019 own forced-colours rules) cannot be turned on by a page: use ` +
      `${devtools}, \u201cEmulate CSS media feature forced-colors\u201d, or Windows contrast themes. The story smoke test runs the real emulation.`;
const reducedMotionNote = (real: boolean) =>
  real
    ? 'Reduced motion is on in this browser: the widgets follow it.'
    : 'Reduced motion, approximated: --immuno-duration is 0 s, so transitions and the step and answer animations take no time. ' +
      `The reader\u2019s own setting (which also stops smooth scrolling) cannot be set by a page: use ${devtools}, ` +
      '\u201cEmulate CSS media feature prefers-reduced-motion\u201d. The story smoke test emulates it.';

const tags = widgets.map((w) => w.tag).join(',');

/** A widget showing the built-in content: no content of its own (`content`, `src`, JSON child or markup). */
function showsBuiltIn(el: Element): boolean {
  const controller = (el as unknown as { contentController?: { source?: string } }).contentController;
  return (
    (el as { content?: unknown }).content === undefined &&
    !el.hasAttribute('src') &&
    controller?.source === 'built-in'
  );
}

/**
 * Wraps the story in the page the globals describe. A change of language renders the story afresh (`keyed`),
 * so widgets start in it as they would on a page in that language. Arabic is a sample, not built in: its UI
 * strings are registered, and its content pack is given to each widget that shows built-in content (a
 * widget with content of its own keeps it, in its own language).
 */
const withPage: Decorator = (story, context) => {
  const { locale = 'story', dir = 'story', width = 'story', forcedColors = 'off', reducedMotion = 'off' } = context.globals;
  // The theme is on <html> before the widgets first render, as on a page: the addon sets it only after the
  // render, so the widgets would start light and the axe check would read colours mid-transition.
  const theme = String(context.globals.theme || 'default');
  if (theme in themes) document.documentElement.dataset.immunoTheme = theme;
  const realForced = matchMedia('(forced-colors: active)').matches;
  const realReduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // 1. In the browser's real forced-colours mode, axe's color-contrast rule reads the authored colours against the
  //    forced background (it reported #eceff3 on #ffffff where Chromium painted black on white): the reader's
  //    palette sets the colours there, so that one rule is off for the story; every other rule still runs.
  if (realForced) {
    const a11y = (context.parameters.a11y ?? {}) as { options?: { rules?: Record<string, unknown> } };
    context.parameters.a11y = { ...a11y, options: { ...a11y.options, rules: { ...a11y.options?.rules, 'color-contrast': { enabled: false } } } };
  }
  const px = Number(width);
  const style: Record<string, string> = {};
  if (px > 0) Object.assign(style, { inlineSize: `${px}px`, maxInlineSize: 'none' });
  if (forcedColors === 'active' && !realForced) Object.assign(style, forcedColorTokens);
  if (reducedMotion === 'reduce' && !realReduced) style['--immuno-duration'] = '0s';

  useEffect(() => {
    if (locale !== 'ar') return;
    for (const el of context.canvasElement.querySelectorAll(tags)) if (showsBuiltIn(el)) (el as { content?: unknown }).content = arabicPack;
  }, [locale, context.id]);

  const notes = [
    forcedColors === 'active' ? forcedColorsNote(realForced) : '',
    reducedMotion === 'reduce' ? reducedMotionNote(realReduced) : '',
  ].filter(Boolean);
  return html`${notes.map((n) => html`<p class="immuno-sb-note" style="margin:0 0 1em;max-inline-size:60em">${n}</p>`)}
    ${keyed(
      locale,
      html`<div
        class="immuno-sb-page"
        lang=${locale === 'story' ? nothing : locale}
        dir=${dir === 'story' ? nothing : dir}
        style=${styleMap(style)}
      >
        ${story()}
      </div>`,
    )}`;
};

export const decorators: Decorator[] = [
  withPage,
  withThemeByDataAttribute({
    themes: Object.fromEntries(Object.keys(themes).map((t) => [t, t])),
    defaultTheme: 'default',
    attributeName: 'data-immuno-theme',
  }) as Decorator,
];
