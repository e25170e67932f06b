import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en } from '../src/content/en/index.js';
import type { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';

const meta: Meta = {
  title: 'Widgets/Therapy explorer',
  component: 'immuno-therapy-explorer',
};
export default meta;

/** Types into the explorer's search field as a patient would. */
const typeInto = (query: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector<ImmunoTherapyExplorer>('immuno-therapy-explorer')!;
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};

/** The built-in English content, with no attribute at all: the first type is shown. */
export const Default: StoryObj = {
  render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`,
};

/** A type chosen with the `selected` attribute (a page can also link to `#car-t`). */
export const Selected: StoryObj = {
  render: () => html`<immuno-therapy-explorer selected="car-t"></immuno-therapy-explorer>`,
};

/** Narrowed to one cancer with the `cancer` attribute; the count is announced. */
export const FilteredByCancer: StoryObj = {
  render: () => html`<immuno-therapy-explorer cancer="lymphoma"></immuno-therapy-explorer>`,
};

/** "keytr" finds checkpoint inhibitors and says the match was Keytruda (pembrolizumab). */
export const SearchedByBrand: StoryObj = {
  render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`,
  play: typeInto('keytr'),
};

/** Nothing matches: the message and the reset button. */
export const NoMatch: StoryObj = {
  render: () => html`<immuno-therapy-explorer cancer="prostate"></immuno-therapy-explorer>`,
  play: typeInto('keytruda'),
};

/** Next to the side-effect checklist: checkpoint inhibitors and CAR-T offer "Check my symptoms". */
export const WithChecklist: StoryObj = {
  // Each widget sits in its own section, as on a real page: two footers at the top level would be two
  // contentinfo landmarks.
  render: () => html`<section aria-labelledby="types">
      <h2 id="types">Types of immunotherapy</h2>
      <immuno-therapy-explorer selected="checkpoint-inhibitors"></immuno-therapy-explorer>
    </section>
    <section aria-labelledby="symptoms">
      <h2 id="symptoms">Check your symptoms</h2>
      <immuno-side-effect-checklist></immuno-side-effect-checklist>
    </section>`,
};

/** A hospital's own content: its own types, cancers and wording. */
export const HospitalContent: StoryObj = {
  render: () => html`<immuno-therapy-explorer
    .content=${{
      meta: { ...en.meta, publisher: 'Riverside Cancer Centre' },
      therapies: {
        intro: 'These are the immunotherapy treatments we give at the Riverside day unit.',
        cancers: [
          { id: 'melanoma', name: 'Melanoma' },
          { id: 'lung', name: 'Lung cancer' },
        ],
        items: [
          {
            id: 'checkpoint-inhibitors',
            name: 'Checkpoint inhibitors',
            summary: 'Our most common immunotherapy, given in the day unit.',
            howItWorks: 'These medicines take the brakes off your immune system so it can attack the cancer.',
            cancers: ['melanoma', 'lung'],
            medicines: [{ generic: 'pembrolizumab', brands: ['Keytruda'] }],
            givenBy: ['Into a vein (IV drip) in the day unit, Level 2'],
            schedule: 'Every 3 or 6 weeks. Plan for about 2 hours per visit.',
            sideEffects: ['diarrhea', 'rash-itch'],
            questions: ['Can my partner sit with me during the drip?'],
            checklist: 'checkpoint',
          },
        ],
      },
    }}
  ></immuno-therapy-explorer>`,
};

/** The narrowest column it supports: 280 px; list and details stack. */
export const Narrow: StoryObj = {
  render: () => html`<div style="max-width: 280px"><immuno-therapy-explorer></immuno-therapy-explorer></div>`,
};

/** Right to left: the layout mirrors. */
export const RightToLeft: StoryObj = {
  render: () => html`<div dir="rtl"><immuno-therapy-explorer></immuno-therapy-explorer></div>`,
};

/** Themed with the documented custom properties. */
export const Themed: StoryObj = {
  render: () => html`<div
    style="--immuno-color-accent: #5a2d82; --immuno-explorer-list-width: 14rem; --immuno-radius: 0"
  >
    <immuno-therapy-explorer selected="cytokines"></immuno-therapy-explorer>
  </div>`,
};

/**
 * What shows before the script loads, or without JavaScript: the page author's own list. Its links
 * are spaced so each keeps a 24 px target (WCAG 2.2, 2.5.8); a page's own list should be too.
 */
export const BeforeUpgrade: StoryObj = {
  render: () => html`<immuno-therapy-explorer-not-defined>
    <ul style="display: grid; gap: 0.75rem; line-height: 1.5">
      <li><a href="/treatments/checkpoint-inhibitors">Checkpoint inhibitors</a></li>
      <li><a href="/treatments/car-t">CAR T-cell therapy</a></li>
    </ul>
  </immuno-therapy-explorer-not-defined>`,
};
