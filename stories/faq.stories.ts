import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/FAQ',
  component: 'immuno-faq',
};
export default meta;

/** The built-in English content, with no attribute at all. */
export const Default: StoryObj = {
  render: () => html`<immuno-faq></immuno-faq>`,
};
