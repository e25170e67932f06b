import { css } from 'lit';

/**
 * Styles every widget shares. Global `--immuno-*` tokens (set by the page on
 * `:root` or any ancestor) feed private `--_*` properties; widget styles read
 * the private ones through their own documented `--immuno-<widget>-*` layer.
 *
 * Default colours meet WCAG AA on white: text 14.7:1, muted 7.4:1, accent 6.9:1,
 * borders 4.6:1 (non-text needs 3:1).
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
    --_radius: var(--immuno-radius, 0.5rem);
    --_space: var(--immuno-space, 1rem);
    --_font: var(--immuno-font-family, inherit);
    --_duration: var(--immuno-duration, 200ms);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    /* 1. Never below 16 px, but grow with the page's own text size. */
    font-size: max(16px, var(--immuno-font-size, 1rem));
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
    }
  }
`;
