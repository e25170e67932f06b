import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { playground } from '../support/playground.js';

/** Every attribute of `<immuno-side-effect-checklist>` as a control, with the defaults from custom-elements.json. */
const meta: Meta = {
  title: 'Side-effect checklist/Playground',
  component: 'immuno-side-effect-checklist',
  tags: ['!autodocs'],
  ...playground('immuno-side-effect-checklist', { therapy: ['all', 'checkpoint', 'car-t', 'bispecific'] }),
};
export default meta;

export const Playground: StoryObj = {};
