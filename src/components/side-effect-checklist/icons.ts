import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Urgency } from '../../content/schema.js';

/**
 * Tiny icons, one shape per level so urgency never rests on colour:
 * a warning triangle, a phone, a calendar. Always shown next to the words.
 */
export const icons: Record<Urgency, SVGTemplateResult> = {
  emergency: svg`<path d="M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z"/>`,
  call: svg`<path d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1L6.6 10.8Z"/>`,
  visit: svg`<path d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2ZM5 9v10h14V9H5Zm2 2h4v4H7v-4Z"/>`,
};

/** The icon of a level, hidden from assistive technology (the words next to it say it). */
export const urgencyIcon = (level: Urgency): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[level]}</svg>`;
