import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { defineAll } from '../src/define-all.js';

setCustomElementsManifest(manifest);
defineAll();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story must pass axe: the smoke test (scripts/smoke-stories.mjs) fails on a violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
