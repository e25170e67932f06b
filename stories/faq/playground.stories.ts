import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { playground } from '../support/playground.js';

/** Every attribute of `<immuno-faq>` as a control, with the defaults from custom-elements.json. */
const meta: Meta = {
  title: 'FAQ/Playground',
  component: 'immuno-faq',
  tags: ['!autodocs'],
  ...playground('immuno-faq'),
};
export default meta;

export const Playground: StoryObj = {};
