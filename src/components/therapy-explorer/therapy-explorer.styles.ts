import { css } from 'lit';

export const explorerStyles = css`
  :host {
    --_list-width: var(--immuno-explorer-list-width, 17em);
    --_current-bg: var(--immuno-explorer-current-background, var(--_accent));
    --_current-fg: var(--immuno-explorer-current-color, var(--_on-accent));
  }
  .controls {
    display: grid;
    gap: 0.75em var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  .status {
    min-block-size: 1.5em;
    margin-block: 0.5em;
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .list {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .list button {
    inline-size: 100%;
    min-block-size: max(44px, 2.75em);
    padding: 0.5em 0.75em;
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_border);
    /* 1. A thick start edge marks the chosen type without relying on colour (forced colors keep it). */
    border-inline-start-width: 1px;
    transition: background-color var(--_duration);
  }
  .list button:hover {
    background: var(--_surface-alt);
    text-decoration: underline;
  }
  .list button[aria-current='true'] {
    background: var(--_current-bg);
    color: var(--_current-fg);
    font-weight: 700;
    border-inline-start-width: 0.5em;
  }
  .match {
    margin: 0.25em 0.75em 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  mark {
    background: var(--_mark);
    color: var(--_on-mark);
    border-radius: 0.15em;
  }
  .details {
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: calc(1.25 * var(--_leading, 1));
    scroll-margin-block-start: var(--_space);
  }
  .h {
    margin-block: 1.25em 0.25em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .aka {
    color: var(--_muted);
  }
  .summary {
    font-size: 1.0625em;
  }
  .details p {
    margin-block: 0.5em;
  }
  .details ul,
  .details ol {
    margin-block: 0.25em;
    padding-inline-start: 1.25em;
  }
  .cols {
    columns: 13em;
    column-gap: 2em;
  }
  .cols li {
    break-inside: avoid;
  }
  .check,
  .empty button {
    min-block-size: max(44px, 2.75em);
    margin-block-start: 0.5em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .check:hover,
  .empty button:hover {
    text-decoration: underline;
  }
  .empty {
    margin-block-start: 0.5em;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin-block-start: 0;
  }
  @container (max-width: 22em) {
    .details {
      padding: 0.75em;
    }
  }
  @container (min-width: 36em) {
    .controls {
      grid-template-columns: 1fr 1fr;
      align-items: end;
    }
  }
  @container (min-width: 44em) {
    .layout {
      grid-template-columns: minmax(12em, var(--_list-width)) minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .list button[aria-current='true'] {
      /* 2. Selected state in system colours, on top of the thick start edge. */
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
    }
    [aria-current='true'] mark {
      color: SelectedItemText;
      background: transparent;
      text-decoration: underline;
    }
  }

  /* 1. Long lists (a hospital's own catalogue): items out of view skip style,
     layout and paint, so a keystroke costs what is on screen, not the whole list.
     2. display: block, not the list-item default (the list shows no markers): content-visibility
     brings style containment, and Chromium then renumbers the list-item counter of every later
     item each time one is removed; with 1,000 items that was most of a keystroke's time.
     3. The list itself a block, not the short list's grid: the same 0.375em between items as margins
     (the list's negative end margin takes the last one back), so a change in one item no longer
     lays out a grid of 1,000 (docs/performance.md, "Explorer search", step 3). */
  .list.long {
    display: block;
    margin-block-end: -0.375em;
  }
  .list.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
    display: block;
    margin-block-end: 0.375em;
  }
`;
