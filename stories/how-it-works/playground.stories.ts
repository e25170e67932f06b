import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { playground } from '../support/playground.js';

/** Every attribute of `<immuno-how-it-works>` as a control, with the defaults from custom-elements.json. */
const meta: Meta = {
  title: 'How it works/Playground',
  component: 'immuno-how-it-works',
  tags: ['!autodocs'],
  ...playground('immuno-how-it-works', { layout: ['auto', 'horizontal', 'vertical', 'list'] }),
};
export default meta;

export const Playground: StoryObj = {};
