import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/How it works',
  component: 'immuno-how-it-works',
};
export default meta;

/** The built-in English content, with no attribute at all. */
export const Default: StoryObj = {
  render: () => html`<immuno-how-it-works></immuno-how-it-works>`,
};
