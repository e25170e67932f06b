import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Each attribute of `<immuno-faq>` that changes what is seen (the Playground has them all as controls). */
const meta: Meta = { title: 'FAQ/Options', component: 'immuno-faq', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** No attribute at all: the built-in English questions. */
export const Default: Story = { render: () => html`<immuno-faq></immuno-faq>` };

/** `single`: opening one question closes the others. */
export const Single: Story = { render: () => html`<immuno-faq single></immuno-faq>` };

/** `heading-level="2"` for a page where the questions sit right under the page title. */
export const HeadingLevel2: Story = { render: () => html`<immuno-faq heading-level="2"></immuno-faq>` };

/** `searchable`: a labelled search field above the questions. */
export const Searchable: Story = { render: () => html`<immuno-faq searchable></immuno-faq>` };

/** `link-hash`: opening a question writes `#its-id` to the URL (no new history entry). */
export const LinkHash: Story = { render: () => html`<immuno-faq link-hash></immuno-faq>` };

/** `remember`: the open questions survive a reload in this browser session (see States, Restored answer). */
export const Remember: Story = { render: () => html`<immuno-faq id="story-remember" remember></immuno-faq>` };

/** `print="as-shown"`: printing keeps what is open on screen (the default prints every answer). */
export const PrintAsShown: Story = { render: () => html`<immuno-faq print="as-shown"></immuno-faq>` };

/** `structured-data`: a schema.org FAQPage JSON-LD script is written into the element's light DOM. */
export const StructuredData: Story = { render: () => html`<immuno-faq structured-data searchable></immuno-faq>` };
