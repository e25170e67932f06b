import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ImmunoFaq } from '../../src/components/faq/faq.js';
import { widgetIn } from '../support/stories.js';

/** What a patient sees after using the FAQ, reached by clicking and typing as they would (`play`). */
const meta: Meta = { title: 'FAQ/States', component: 'immuno-faq', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const faq = (canvasElement: HTMLElement) => widgetIn<ImmunoFaq>(canvasElement, 'immuno-faq');

/** Types into the search field. */
async function search(canvasElement: HTMLElement, text: string) {
  const { shadow } = await faq(canvasElement);
  await userEvent.type(shadow.getByRole('searchbox'), text);
}

/** One question opened with a click: its answer shows and the button says it is expanded. */
export const OpenQuestion: Story = {
  render: () => html`<immuno-faq></immuno-faq>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await faq(canvasElement);
    const first = root.querySelector<HTMLButtonElement>('.question')!;
    await userEvent.click(first);
    await el.updateComplete;
    await expect(first).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Every answer open, through "Show all answers": the button now offers "Hide all answers". */
export const AllOpen: Story = {
  render: () => html`<immuno-faq></immuno-faq>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await faq(canvasElement);
    const showAll = root.querySelector<HTMLButtonElement>('.show-all')!;
    await userEvent.click(showAll);
    await el.updateComplete;
    await expect(showAll).toHaveAttribute('aria-expanded', 'true');
  },
};

/** A search with matches: words are marked, the count is announced. */
export const Searched: Story = {
  render: () => html`<immuno-faq searchable></immuno-faq>`,
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'side effects');
    const { root } = await faq(canvasElement);
    await waitFor(() => expect(root.querySelector('mark')).not.toBeNull());
  },
};

/** A search with no match: a message and a way to clear it. */
export const NoResults: Story = {
  render: () => html`<immuno-faq searchable></immuno-faq>`,
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'zebra');
    const { root } = await faq(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="no-results"]')).not.toBeNull());
  },
};

/**
 * `remember`: a question opened, then the page reloaded (the element is replaced by a new one with the same id).
 * The new FAQ opens the same question from this browser session's storage.
 */
export const RestoredAnswer: Story = {
  beforeEach: () => sessionStorage.removeItem('immuno-faq:story-restored'),
  render: () => html`<div id="restored-box"><immuno-faq id="story-restored" remember></immuno-faq></div>`,
  play: async ({ canvasElement }) => {
    const { root } = await faq(canvasElement);
    await userEvent.click(root.querySelectorAll<HTMLButtonElement>('.question')[1]);
    const box = canvasElement.querySelector('#restored-box')!;
    box.innerHTML = '<immuno-faq id="story-restored" remember></immuno-faq>';
    const again = await faq(canvasElement);
    await waitFor(() => expect(again.root.querySelectorAll('.question')[1]).toHaveAttribute('aria-expanded', 'true'));
  },
};
