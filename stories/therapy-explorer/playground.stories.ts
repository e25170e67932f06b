import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { en } from '../../src/content/en/index.js';
import { playground } from '../support/playground.js';

/** Every attribute of `<immuno-therapy-explorer>` as a control, with the defaults from custom-elements.json. */
const meta: Meta = {
  title: 'Therapy explorer/Playground',
  component: 'immuno-therapy-explorer',
  tags: ['!autodocs'],
  ...playground('immuno-therapy-explorer', {
    selected: en.therapies!.items.map((t) => t.id),
    cancer: ['', ...en.therapies!.cancers!.map((c) => c.id)],
  }),
};
export default meta;

export const Playground: StoryObj = {};
