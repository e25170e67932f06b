import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/Therapy explorer',
  component: 'immuno-therapy-explorer',
};
export default meta;

/** The built-in English content, with no attribute at all. */
export const Default: StoryObj = {
  render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`,
};
