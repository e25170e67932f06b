import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ImmunoTherapyExplorer } from '../../src/components/therapy-explorer/therapy-explorer.js';
import type { ImmunoSideEffectChecklist } from '../../src/components/side-effect-checklist/side-effect-checklist.js';
import { en } from '../../src/content/en/index.js';
import { therapies } from '../../src/content/en/therapies.js';
import { widgetIn } from '../support/stories.js';

/** What a patient sees after using the explorer, reached by clicking and typing as they would (`play`). */
const meta: Meta = { title: 'Therapy explorer/States', component: 'immuno-therapy-explorer', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const explorer = (canvasElement: HTMLElement) => widgetIn<ImmunoTherapyExplorer>(canvasElement, 'immuno-therapy-explorer');

/** Types into the search field as a patient would. */
async function typeInto(canvasElement: HTMLElement, query: string) {
  const { shadow } = await explorer(canvasElement);
  await userEvent.type(shadow.getByRole('searchbox'), query);
}

/** Lymphoma picked in the cancer select: only the types used for it are listed, and the count is announced. */
export const Filtered: Story = {
  render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await explorer(canvasElement);
    const all = root.querySelectorAll('.list button').length;
    await userEvent.selectOptions(root.querySelector('select')!, 'lymphoma');
    await el.updateComplete;
    await expect(root.querySelectorAll('.list button').length).toBeLessThan(all);
  },
};

/** A type chosen with a click: its details show and focus moves to its name. */
export const TypeChosen: Story = {
  render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`,
  play: async ({ canvasElement }) => {
    const { el, shadow } = await explorer(canvasElement);
    await userEvent.click(shadow.getByRole('button', { name: /CAR T-cell/ }));
    await el.updateComplete;
    await expect(el.selected).toBe('car-t');
  },
};

/** "keytr" finds checkpoint inhibitors and says the match was Keytruda (pembrolizumab). */
export const SearchedByBrand: Story = {
  render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`,
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'keytr');
    const { root } = await explorer(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="match"]')).not.toBeNull());
  },
};

/** A hospital's catalogue of 1,000 types: the built-in ones, each 111 times over with a number after its name. */
const catalogue = {
  meta: en.meta,
  therapies: {
    ...therapies,
    items: Array.from({ length: 1000 }, (_, i) => {
      const t = therapies.items[i % therapies.items.length];
      return { ...t, id: `${t.id}-${i}`, name: `${t.name} ${i + 1}` };
    }),
  },
};

/**
 * "therapy" typed into a catalogue of 1,000 types. Each key lists the types that match at once and marks the words in
 * the first screenful (the list's top, under the search field); the marks further down follow a moment later, in
 * short tasks, so a key is not held up by names no one can see yet (docs/performance.md, "Explorer search: marks in
 * view first"). Scroll down the list: every name that holds "therapy" is marked.
 */
export const LongListSearched: Story = {
  render: () => html`<immuno-therapy-explorer .content=${catalogue}></immuno-therapy-explorer>`,
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'therapy');
    const { root } = await explorer(canvasElement);
    const items = () => [...root.querySelectorAll('.list li')];
    await waitFor(() => expect(items().at(-1)?.querySelector('mark')?.textContent?.toLowerCase()).toBe('therapy'), { timeout: 5000 });
    await expect(items().every((li) => !/therapy/i.test(li.querySelector('button')!.textContent!) || li.querySelector('mark'))).toBe(true);
  },
};

/** Nothing matches: the message and the reset button. */
export const NoMatch: Story = {
  render: () => html`<immuno-therapy-explorer cancer="prostate"></immuno-therapy-explorer>`,
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'keytruda');
    const { root } = await explorer(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="empty"]')).not.toBeNull());
  },
};

/**
 * Next to the side-effect checklist: checkpoint inhibitors offer "Check my symptoms", which sets the checklist to
 * that treatment. Each widget sits in its own section, as on a real page (two footers at the top level would be two
 * contentinfo landmarks).
 */
export const CheckMySymptoms: Story = {
  render: () => html`<section aria-labelledby="types">
      <h2 id="types">Types of immunotherapy</h2>
      <immuno-therapy-explorer selected="checkpoint-inhibitors"></immuno-therapy-explorer>
    </section>
    <section aria-labelledby="symptoms">
      <h2 id="symptoms">Check your symptoms</h2>
      <immuno-side-effect-checklist></immuno-side-effect-checklist>
    </section>`,
  play: async ({ canvasElement }) => {
    const { root } = await explorer(canvasElement);
    await userEvent.click(root.querySelector<HTMLElement>('[part="check-symptoms"]')!);
    const checklist = canvasElement.querySelector<ImmunoSideEffectChecklist>('immuno-side-effect-checklist')!;
    await waitFor(() => expect(checklist.therapy).toBe('checkpoint'));
  },
};
