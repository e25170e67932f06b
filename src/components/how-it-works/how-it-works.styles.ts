import { css } from 'lit';

export const howItWorksStyles = css`
  :host {
    --_hiw-accent: var(--immuno-how-it-works-accent, var(--_accent));
    --_pic: var(--immuno-how-it-works-picture-size, 8em);
  }
  .stepper {
    display: grid;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .progress,
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    position: relative;
  }
  .progress li {
    display: flex;
  }
  .progress button {
    /* Its visually hidden words are placed inside it, never past the column's edge. */
    position: relative;
    inline-size: max(44px, 2.75em);
    block-size: max(44px, 2.75em);
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
    cursor: pointer;
    font-weight: 600;
    transition: background-color var(--_duration), color var(--_duration);
  }
  .progress .done {
    border-color: var(--_hiw-accent);
    color: var(--_hiw-accent);
  }
  .progress [aria-current] {
    /* 2. The current step is also shown by shape: a thicker ring and an underlined number. */
    border: 4px double var(--_on-accent);
    outline: 2px solid var(--_hiw-accent);
    background: var(--_hiw-accent);
    color: var(--_on-accent);
    text-decoration: underline;
  }
  .progress .label {
    /* 7. A step's title shows under its number only where there is room (see the container query below); screen readers always get it from the button's name. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .progress [aria-current]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @container (min-width: 56em) {
    .horizontal .progress,
    .auto .progress {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      align-items: start;
    }
    .horizontal .progress li,
    .auto .progress li {
      flex-direction: column;
      align-items: center;
    }
    .horizontal .progress button,
    .auto .progress button {
      display: grid;
      justify-items: center;
      gap: 0.25em;
      inline-size: 100%;
      block-size: auto;
      padding: 0;
      border: 0;
      border-radius: 0;
      background: none;
      color: var(--_text);
      outline: none;
      text-decoration: none;
    }
    .horizontal .progress .n,
    .auto .progress .n {
      display: grid;
      place-items: center;
      inline-size: max(44px, 2.75em);
      block-size: max(44px, 2.75em);
      border-radius: 50%;
      border: 2px solid var(--_border);
      background: var(--_surface);
    }
    .horizontal .progress .done .n,
    .auto .progress .done .n {
      border-color: var(--_hiw-accent);
      color: var(--_hiw-accent);
    }
    .horizontal .progress [aria-current] .n,
    .auto .progress [aria-current] .n {
      border: 4px double var(--_on-accent);
      outline: 2px solid var(--_hiw-accent);
      background: var(--_hiw-accent);
      color: var(--_on-accent);
      text-decoration: underline;
    }
    .horizontal .progress [aria-current] .label,
    .auto .progress [aria-current] .label {
      font-weight: 700;
    }
    .horizontal .progress button:focus-visible,
    .auto .progress button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .horizontal .progress .label,
    .auto .progress .label {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      font-size: 0.9375em; /* secondary text no smaller than the footer: 15 px at the 16 px floor */
      font-weight: 400;
      line-height: calc(1.25 * var(--_leading, 1));
      text-align: center;
      overflow-wrap: anywhere;
    }
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .steps > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    align-items: flex-start;
  }
  .steps > li[hidden] {
    display: none;
  }
  .text {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .picture {
    /* 5. The picture comes after the text in the DOM (it adds nothing to it) and is drawn first in the stepper. */
    order: -1;
    flex: none;
    inline-size: var(--_pic);
    max-inline-size: 100%;
    block-size: auto;
    margin-block-start: 0.75em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    color: var(--_text);
  }
  .picture .f {
    fill: var(--_hiw-accent);
    stroke: none;
  }
  .picture .s {
    fill: var(--_surface-alt);
  }
  .title {
    margin-block: 0.5em 0.25em;
    font-size: 1.25em;
    line-height: calc(1.3 * var(--_leading, 1));
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  p {
    margin-block: 0.5em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    padding-block: 0.5em;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-start: var(--_space);
  }
  .nav button {
    min-block-size: max(44px, 2.75em);
    padding-inline: 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_hiw-accent);
    background: var(--_surface);
    color: var(--_hiw-accent);
    cursor: pointer;
    font-weight: 600;
  }
  .nav [part='next'] {
    background: var(--_hiw-accent);
    color: var(--_on-accent);
    margin-inline-start: auto;
  }
  .nav [aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  /* 6. Only after the patient moves, and only a slide: fading the text in
     would drop its contrast below AA while it runs. */
  @media (prefers-reduced-motion: no-preference) {
    .steps.moved > li[aria-current] {
      animation: hiw-in var(--_duration) ease-out;
    }
  }
  @keyframes hiw-in {
    from {
      translate: 0 0.5em;
    }
  }
  /* 3. Vertical: a rail of step buttons beside the step. "auto" picks it in a narrow column. */
  .vertical .stepper {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .vertical .progress {
    flex-direction: column;
  }
  @container (max-width: 29.99em) {
    .auto .stepper {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .auto .progress {
      flex-direction: column;
    }
  }
  /* 4. List: every step, numbered, no stepper controls. Printing always uses it. */
  .list .progress,
  .list .count,
  .list .nav {
    display: none;
  }
  .list .steps {
    list-style: decimal;
    padding-inline-start: 1.5em;
  }
  .list .steps > li {
    display: list-item;
    margin-block-end: var(--_space);
  }
  .list .picture {
    display: block;
    inline-size: calc(var(--_pic) * 0.75);
    margin: 0;
  }
  @container (min-width: 30em) {
    /* 6. In a wide list the picture sits beside the text (it is after it in the DOM, so not a float). */
    .list .steps > li {
      position: relative;
      padding-inline-end: calc(var(--_pic) * 0.75 + var(--_space));
    }
    .list .picture {
      position: absolute;
      inset-block-start: 0.5em;
      inset-inline-end: 0;
    }
  }
  @media print {
    .progress,
    .count,
    .nav {
      display: none;
    }
    .steps {
      list-style: decimal;
      padding-inline-start: 1.5em;
    }
    .steps > li,
    .steps > li[hidden] {
      display: list-item;
      break-inside: avoid;
    }
    .picture {
      display: block;
      inline-size: 6em;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
  @media (forced-colors: active) {
    .progress [aria-current] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
      outline-color: CanvasText;
    }
    /* 8. The author's focus colour can be about 3:1 on a high-contrast theme: system colours only. */
    .stepper .progress button:focus-visible {
      outline-color: Highlight;
    }
    @container (min-width: 56em) {
      .horizontal .progress [aria-current],
      .auto .progress [aria-current] {
        background: none;
        color: CanvasText;
        outline: none;
      }
      .horizontal .progress [aria-current] .n,
      .auto .progress [aria-current] .n {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: HighlightText;
        outline-color: CanvasText;
      }
      .stepper .progress button:focus-visible {
        outline: 3px solid Highlight;
      }
    }
    .picture {
      color: CanvasText;
    }
    .picture .f {
      fill: CanvasText;
    }
    .picture .s {
      fill: Canvas;
    }
    .nav [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
