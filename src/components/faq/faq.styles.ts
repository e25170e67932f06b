import { css } from 'lit';

export const faqStyles = css`
  :host {
    --_divider: var(--immuno-faq-divider, var(--_border));
    --_question: var(--immuno-faq-question-color, var(--_text));
    --_faq-mark: var(--immuno-faq-mark, var(--_mark));
  }
  p {
    margin-block: 0 0.75em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em var(--_space);
    margin-block-end: 0.5em;
  }
  .search {
    flex: 1 1 14em;
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  .show-all,
  .copy,
  .no-results button {
    min-block-size: max(44px, 2.75em);
    padding: 0.25em 0.875em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .show-all {
    margin-inline-start: auto;
  }
  .show-all:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
  .copy {
    min-block-size: max(24px, 2.25em);
    font-weight: 400;
    font-size: 0.9375em;
  }
  .status:empty {
    /* 1. The live region stays in the page (so it is announced when filled) but takes no room. */
    margin: 0;
  }
  .list {
    border-block-start: 1px solid var(--_divider);
  }
  .item {
    border-block-end: 1px solid var(--_divider);
  }
  .heading {
    margin: 0;
    font: inherit;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    inline-size: 100%;
    padding-block: 0.75em;
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--_question);
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .text {
    /* 200 % text on a phone: a long word breaks rather than push the toggle out of the column (WCAG 1.4.4, 1.4.10). */
    overflow-wrap: anywhere;
  }
  .question:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .toggle {
    /* GOV.UK's accordion research: people missed a chevron alone; a word says the question opens. */
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.25em;
    font-weight: 400;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .toggle::before {
    /* 2. The chevron: the two lower sides of a square turned 45°, a "V" that points down and turns up when open.
          Borders take the text colour and show in forced colours. The sides (right and bottom) are physical on
          purpose: the "V" must not mirror in right-to-left pages. Box 0.44em, line 0.125em: the 12-unit SVG "V" it replaced
          (stroke 2) at 0.75em, centred where that was. A pseudo-element, not an SVG per question (performance.md). */
    content: '';
    flex: none;
    /* Its own box even where a host page sets ::part(toggle) to display: inline or block. */
    display: inline-block;
    vertical-align: middle;
    box-sizing: border-box;
    inline-size: 0.44em;
    block-size: 0.44em;
    margin-inline: 0.155em 0.405em;
    border: solid;
    border-width: 0 0.125em 0.125em 0;
    transform: scaleY(var(--_flip, 1)) translateY(-0.058em) rotate(45deg);
    transition: transform var(--_duration) ease;
  }
  [data-open] .toggle::before {
    --_flip: -1;
  }
  .answer {
    padding-block-end: 0.75em;
  }
  .answer[hidden] {
    /* 4. hidden="until-found" keeps the box (content-visibility: hidden), so drop its padding. */
    padding: 0;
  }
  .answer > :first-child {
    margin-block-start: 0;
  }
  ul,
  ol {
    margin-block: 0 0.75em;
    padding-inline-start: 1.5em;
  }
  mark {
    background: var(--_faq-mark);
    color: var(--_on-mark);
    border-radius: 0.15em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .answer:not([hidden]) {
      animation: faq-open var(--_duration) ease-out;
    }
  }
  /* A slide only: fading the text in would drop its contrast below AA while it runs. */
  @keyframes faq-open {
    from {
      transform: translateY(-0.25em);
    }
  }
  @container (max-width: 24em) {
    .show-all {
      inline-size: 100%;
    }
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .show-all:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media print {
    /* 3. Print every answer unless print="as-shown"; controls make no sense on paper. */
    :host(:not([print='as-shown'])) .answer[hidden],
    :host(:not([print='as-shown'])) .item[hidden] {
      display: block;
      content-visibility: visible;
    }
    .toolbar,
    .status,
    .no-results,
    .copy,
    .toggle {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
