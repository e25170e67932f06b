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
    // WCAG 2.0–2.2 A and AA (target-size is a 2.2 rule) and axe's best practices.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
    controls: { expanded: true },
    // The sidebar: the Introduction first, then each widget's groups in the same order (literals: Storybook reads
    // this statically when it builds the index).
    options: {
      storySort: {
        order: [
          'Introduction',
          'Theme builder',
          'Therapy explorer',
          ['Docs', 'Playground', 'States', 'Options', 'Content', 'Accessibility'],
          'How it works',
          ['Docs', 'Playground', 'States', 'Options', 'Content', 'Accessibility'],
          'Side-effect checklist',
          ['Docs', 'Playground', 'States', 'Options', 'Content', 'Accessibility'],
          'FAQ',
          ['Docs', 'Playground', 'States', 'Options', 'Content', 'Accessibility'],
          'Host pages',
        ],
      },
    },
  },
};
export default preview;
