import { css } from 'lit';

/**
 * Styles every widget shares. Global `--immuno-*` tokens (set by the page on
 * `:root` or any ancestor) feed private `--_*` properties; widget styles read
 * the private ones through their own documented `--immuno-<widget>-*` layer.
 *
 * Default colours meet WCAG AA on the default surface (white): text 14.7:1, muted 7.4:1, accent 6.9:1,
 * borders 4.6:1 (non-text needs 3:1); the dark theme in docs/theming.md does too. Both are checked on the
 * rendered colours by test/e2e/bundle.e2e.mjs ("page CSS: contrast").
 *
 * What the page's CSS can and cannot change (docs/theming.md, "What the page's CSS cannot break"):
 * sizes are in `em` of the widget's own text (never below 16 px) or in `px`, never in `rem`, so a theme's
 * `html { font-size: 62.5% }` shrinks nothing; inherited text properties are reset on the first box inside
 * the shadow root, so only the font family and the tokens come from the page.
 */
export const baseStyles = css`
  :host {
    --_text: var(--immuno-color-text, #1b2330);
    --_muted: var(--immuno-color-muted, #4a5566);
    --_accent: var(--immuno-color-accent, #0a58a8);
    --_on-accent: var(--immuno-color-on-accent, #ffffff);
    --_surface: var(--immuno-color-surface, #ffffff);
    --_surface-alt: var(--immuno-color-surface-alt, #f2f5f9);
    --_border: var(--immuno-color-border, #5f6b7c);
    --_focus: var(--immuno-color-focus, #0a58a8);
    --_emergency: var(--immuno-color-emergency, #a1161b);
    --_call: var(--immuno-color-call, #8a4600);
    --_visit: var(--immuno-color-visit, #1d5e37);
    --_mark: var(--immuno-color-mark, #fff1a8);
    --_on-mark: var(--immuno-color-on-mark, #1b2330);
    --_radius: var(--immuno-radius, 0.5em);
    --_space: var(--immuno-space, 1em);
    --_font: var(--immuno-font-family, inherit);
    --_duration: var(--immuno-duration, 200ms);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    /* 2. The widget paints its own surface, so its text keeps its contrast on a dark page; a dark theme sets the
       surface and text tokens, and --immuno-color-scheme: dark for the browser's own controls and scrollbars. */
    color-scheme: var(--immuno-color-scheme, light);
    background-color: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    /* 1. The page's text size (of the element's parent), never below 16 px. Important, so a page rule on the
       element cannot shrink it either; --immuno-font-size is the way to change it. Container queries use em,
       which they read from this size. */
    font-size: max(16px, var(--immuno-font-size, 1em)) !important;
    /* 6. Never shorter than the author's markup was before upgrade, until the reader's first action
       (ImmunoElement sets --_reserved), so nothing below it moves up when it upgrades. */
    min-block-size: var(--_reserved, 0px);
  }
  /* 5. Scripts with marks far above and below the line (Devanagari, Arabic and their neighbours) get 20 % more
     room between lines, so no vowel sign or conjunct touches the next line; every line-height scales by it. Text
     keeps the page's fonts, and the system's for any script they lack. */
  .base:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(ar), :lang(fa), :lang(ur), :lang(ps)),
  .loading:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(ar), :lang(fa), :lang(ur), :lang(ps)) {
    --_leading: 1.2;
  }
  /* 3. hidden hides, whatever display the page's own rules give the element. */
  :host([hidden]) {
    display: none !important;
  }
  /* 4. The edge: text properties the page sets on any ancestor (or on the element) are inherited into the shadow
     root; those that change layout are reset on its first boxes. Kept from the page: font family, direction,
     writing mode and lang. */
  .base,
  .loading,
  .fallback {
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-kerning: auto;
    font-size-adjust: none;
    line-height: calc(1.5 * var(--_leading, 1));
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    tab-size: 8;
    cursor: auto;
  }
  *,
  *::before,
  *::after {
    /* 5. Not inherited from the host: a page's "* { box-sizing: … }" reaches the element itself. */
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  /* The text fields and selects of every widget look alike. */
  input[type='search'],
  select {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .footer {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .footer p {
    margin-block: 0.25em;
  }
  .disclaimer {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: none;
      min-block-size: 0;
    }
  }
`;
