import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ImmunoFaq } from '../src/components/faq/faq.js';

const meta: Meta = {
  title: 'Widgets/FAQ',
  component: 'immuno-faq',
};
export default meta;

type Story = StoryObj;
const faqIn = (root: HTMLElement) => root.querySelector<ImmunoFaq>('immuno-faq')!;

/** Puts the search field in a state by typing into it as a person would. */
async function search(root: HTMLElement, text: string) {
  const el = faqIn(root);
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** The built-in English content, with no attribute at all. */
export const Default: Story = {
  render: () => html`<immuno-faq></immuno-faq>`,
};

/** Every answer open, through "Show all answers": the button now offers "Hide all answers". */
export const AllOpen: Story = {
  render: () => html`<immuno-faq></immuno-faq>`,
  play: async ({ canvasElement }) => {
    const el = faqIn(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')!.click();
  },
};

/** `single`: opening one question closes the others. */
export const Single: Story = {
  render: () => html`<immuno-faq single></immuno-faq>`,
};

/** `heading-level="2"` for a page where the questions sit right under the page title. */
export const HeadingLevel2: Story = {
  render: () => html`<immuno-faq heading-level="2"></immuno-faq>`,
};

/** `searchable`: a labelled search field above the questions. */
export const Searchable: Story = {
  render: () => html`<immuno-faq searchable></immuno-faq>`,
};

/** A search with matches: words are marked, the count is announced. */
export const Searched: Story = {
  render: () => html`<immuno-faq searchable></immuno-faq>`,
  play: ({ canvasElement }) => search(canvasElement, 'side effects'),
};

/** A search with no match: a message and a way to clear it. */
export const NoResults: Story = {
  render: () => html`<immuno-faq searchable></immuno-faq>`,
  play: ({ canvasElement }) => search(canvasElement, 'zebra'),
};

/** `link-hash`: opening a question writes `#its-id` to the URL (no new history entry). */
export const LinkHash: Story = {
  render: () => html`<immuno-faq link-hash></immuno-faq>`,
};

/** `remember`: the open questions survive a reload in this browser session. */
export const Remember: Story = {
  render: () => html`<immuno-faq id="story-remember" remember></immuno-faq>`,
};

/** `print="as-shown"`: printing keeps what is open on screen (the default prints every answer). */
export const PrintAsShown: Story = {
  render: () => html`<immuno-faq print="as-shown"></immuno-faq>`,
};

/** `structured-data`: a schema.org FAQPage JSON-LD script is written into the element's light DOM. */
export const StructuredData: Story = {
  render: () => html`<immuno-faq structured-data searchable></immuno-faq>`,
};

/** The page author's own `<details>` markup is the content; links, lists and emphasis are kept. */
export const LightDom: Story = {
  render: () => html`<immuno-faq>
    <details id="parking">
      <summary>Where do I park for my infusion?</summary>
      <p>Use the <a href="#parking">blue car park</a> next to the day unit. Parking is <strong>free</strong> on treatment days.</p>
    </details>
    <details id="bring" open>
      <summary>What should I bring?</summary>
      <ul>
        <li>Your medicine list</li>
        <li>Something to read, and a snack</li>
      </ul>
    </details>
  </immuno-faq>`,
};

/** A right-to-left page: the layout mirrors. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><immuno-faq searchable></immuno-faq></div>`,
};

/** A 280 px wide column: the controls stack, nothing scrolls sideways. */
export const Narrow: Story = {
  render: () => html`<div style=${styleMap({ maxInlineSize: '280px' })}><immuno-faq searchable></immuno-faq></div>`,
};
