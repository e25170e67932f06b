import { css } from 'lit';

export const checklistStyles = css`
  :host {
    --_c-emergency: var(--immuno-checklist-emergency, var(--_emergency));
    --_c-call: var(--immuno-checklist-call, var(--_call));
    --_c-visit: var(--immuno-checklist-visit, var(--_visit));
  }
  .layout {
    display: grid;
    /* One column no wider than the widget: an auto column grows to the longest word (at 200 % text, wider). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  /* 1. Side by side only when the widget's own column is wide enough. */
  @container (min-width: 46em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    margin-block: 0.5em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 0.25em 0.75em 0.5em;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .symptom {
    display: grid;
    grid-template-columns: max(24px, 1.5em) minmax(0, 1fr);
    column-gap: 0.625em;
    margin-block: 0.625em;
  }
  .symptom > :not(input) {
    grid-column: 2;
  }
  .symptom > label {
    grid-column: 2;
    grid-row: 1;
    cursor: pointer;
  }
  input[type='checkbox'],
  input[type='radio'] {
    /* 2. 24 × 24 px targets (WCAG 2.5.8); the labels widen them further. */
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint {
    color: var(--_muted);
  }
  .none {
    padding-block-start: 0.625em;
    border-block-start: 1px solid var(--_border);
  }
  .severity {
    margin: 0.5em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    border-style: dashed;
  }
  .severity legend {
    font-weight: 600;
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: max(44px, 2.75em);
    cursor: pointer;
  }
  .tag,
  .level-title,
  .alert.on {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
  }
  .tag {
    margin: 0.5em 0 0;
  }
  /* "See what to do (N)" after each group with a tick: the plan is always one press away, and nothing sticky
     covers the list at 320 px or 400 % zoom. */
  .see-plan {
    /* The look is the checklist's own button rule below; this adds only place and size. */
    display: block;
    min-block-size: 44px;
    margin-block: 0.5em 1em;
    font-weight: 700;
  }
  .showing .link {
    min-block-size: 24px;
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .rule {
    border: 2px solid var(--_c);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    margin-block: 0.75em;
    font-weight: 600;
  }
  /* What to do, right where the patient ticked an emergency or call-now symptom. */
  .act-now {
    margin-block: 0.25em 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_c);
  }
  .act-now p {
    margin-block: 0.25em;
  }
  /* The number is also on the button below: here it may wrap in a narrow column. */
  .act-now p a,
  .act-now .call-button {
    white-space: normal;
  }
  .call-button {
    display: flex;
    inline-size: fit-content;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_c);
    border-radius: var(--_radius);
    background: var(--_c);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .call-button .icon {
    fill: currentColor;
  }
  .call-button span {
    min-inline-size: 0;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }
  .emergency {
    --_c: var(--_c-emergency);
  }
  .call {
    --_c: var(--_c-call);
  }
  .visit {
    --_c: var(--_c-visit);
  }
  .tag,
  .level-title {
    color: var(--_c);
  }
  .plan {
    background: var(--immuno-checklist-plan-background, var(--_surface-alt));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space) var(--_space);
  }
  .alert.on {
    color: var(--_c-emergency);
    background: var(--_surface);
    border: 3px solid var(--_c-emergency);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-block: 0.75em;
  }
  .count {
    color: var(--_muted);
  }
  .level {
    background: var(--_surface);
    border: 2px solid var(--_c);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    margin-block: 0.75em;
  }
  .level-title {
    font-size: 1.125em;
    margin-block: 0.5em;
  }
  .level ul {
    padding-inline-start: 1.25em;
  }
  .level li + li {
    margin-block-start: 0.5em;
  }
  .advice p {
    margin-block: 0.25em;
  }
  .sev {
    white-space: nowrap;
  }
  .actions,
  .remember {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_space);
  }
  .actions .note,
  .remember .note,
  .remember .symptom {
    flex: 1 1 100%;
    margin: 0;
  }
  button {
    min-block-size: max(44px, 2.75em);
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    /* 3. Colour is gone: each level keeps its own border style and icon shape. */
    .level,
    .alert.on {
      border-color: CanvasText;
    }
    .level.emergency,
    .alert.on {
      border-style: double;
      border-width: 6px;
    }
    .level.visit {
      border-style: dashed;
    }
    .tag,
    .level-title,
    .alert.on {
      color: CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    /* 4. Only the summary: the checklist, buttons, alert and footer are left out. */
    .checklist,
    .actions,
    .remember,
    .alert,
    .alert.on,
    .count,
    .footer {
      display: none;
    }
    /* 4b. One page for a typical set of ticks: print-sized type (11 pt, advice 10 pt) and tighter spacing; the
       printed title names the page, so "What to do" is left out. */
    .plan > .heading {
      display: none;
    }
    .plan {
      font-size: 11pt;
      line-height: calc(1.3 * var(--_leading, 1));
    }
    .advice {
      font-size: 10pt;
    }
    .level,
    .rule {
      margin-block: 0.5em;
      padding: 0 0.5em;
    }
    .level-title {
      font-size: 1.1em;
      margin-block: 0.35em;
    }
    .level p,
    .rule div,
    .advice p,
    .heading {
      margin-block: 0.2em;
    }
    .level li + li {
      margin-block-start: 0.3em;
    }
    .layout {
      display: block;
    }
    .print-only {
      display: block;
    }
    .print-title {
      font-weight: 700;
    }
    /* The date beside the title, set apart by space, not by a full stop (which is not every language's). */
    .print-date {
      font-weight: 400;
      margin-inline-start: 1em;
    }
    .plan,
    .level {
      background: none;
      border-color: #000;
      color: #000;
    }
    /* 4a. Keep a symptom and its advice together, and a heading with what follows it; never the whole plan,
       which would push a plan longer than a page onto the next one and leave the first blank. */
    .level li,
    .rule {
      break-inside: avoid;
    }
    .level-title {
      break-after: avoid;
    }
    .plan {
      border: 0;
      padding: 0;
    }
    .notes {
      font-weight: 700;
      min-block-size: 5em;
      border: 1px solid #000;
      padding: 0.5em;
    }
  }
  /* 5. A phone number never breaks across lines. */
  a[href^='tel:'] {
    white-space: nowrap;
  }
`;
