import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/Side-effect checklist',
  component: 'immuno-side-effect-checklist',
};
export default meta;

/** The built-in English content, with no attribute at all. */
export const Default: StoryObj = {
  render: () => html`<immuno-side-effect-checklist></immuno-side-effect-checklist>`,
};
