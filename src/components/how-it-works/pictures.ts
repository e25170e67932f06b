import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Picture } from '../../content/schema.js';

/*
 * Small pictures drawn for this product, one per step. Lines use
 * `currentColor`; class `f` is filled with the accent, class `s` with the soft
 * surface colour (both set in the styles, so forced-colors mode can replace
 * them). A cancer cell is a round cell with triangle markers; a T cell is a
 * circle with short "receptor" strokes.
 */
const cancer = (x: number) =>
  svg`<circle class="s" cx=${x} cy="36" r="18"/><path class="f" d="M${x - 4} 18l4-7 4 7zM${x - 4} 54l4 7 4-7zM${x + 18} 32l7 4-7 4zM${x - 18} 32l-7 4 7 4z"/>`;
const tcell = (x: number, y = 36) =>
  svg`<circle cx=${x} cy=${y} r="11"/><path d="M${x + 11} ${y}h5M${x - 11} ${y}h-5M${x} ${y - 11}v-5M${x} ${y + 11}v5"/>`;

const pictures: Record<Picture, SVGTemplateResult> = {
  spot: svg`${cancer(80)}<circle cx="30" cy="30" r="13"/><path d="M40 40l10 10"/>`,
  release: svg`${cancer(44)}<path class="f" d="M86 22l4-7 4 7zM98 44l4-7 4 7zM80 58l4-7 4 7z"/><path d="M14 36h6M70 36h6"/>`,
  present: svg`<path class="s" d="M34 14l8 14 14 2-10 10 4 16-16-8-16 8 4-16L12 30l14-2z"/><path class="f" d="M30 30l4-7 4 7z"/>${tcell(92)}<path d="M58 36h14"/>`,
  activate: svg`${tcell(22)}<path d="M40 36h14M48 30l6 6-6 6"/>${tcell(76, 20)}${tcell(76, 52)}${tcell(104, 36)}`,
  travel: svg`<path d="M4 18h112M4 54h112"/>${tcell(30)}${tcell(70)}<path d="M90 36h18M102 30l6 6-6 6"/>`,
  attack: svg`${tcell(24)}${cancer(86)}<path class="f" d="M48 24l10 10-6 2 10 12-14-9 6-2z"/>`,
  memory: svg`${tcell(36)}<path d="M76 16l22 8v14c0 12-10 18-22 22-12-4-22-10-22-22V24z"/><path d="M66 38l7 7 13-14"/>`,
  combine: svg`${tcell(30)}<path d="M54 36h12M60 30v12"/><rect class="s" x="76" y="24" width="36" height="24" rx="12"/><path d="M94 24v24"/>`,
};

/** The picture of a step, decorative: the step's text says everything it shows. */
export function picture(name: Picture | undefined): TemplateResult | typeof nothing {
  if (!name || !(name in pictures)) return nothing;
  return html`<svg class="picture" part="picture" viewBox="0 0 120 72" aria-hidden="true" focusable="false">
    ${pictures[name]}
  </svg>`;
}
