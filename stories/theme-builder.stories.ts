import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineThemeBuilder } from './theme-builder/theme-builder.js';

defineThemeBuilder();

/**
 * Pick the brand's accent, text, surface and focus colours and a font: all four widgets take them as you
 * choose. A colour pair that fails WCAG 2.2 AA (text 4.5:1; borders and focus rings 3:1) is named beside
 * the colour that causes it. "Copy CSS" copies the `--immuno-*` tokens to paste into your page (they are
 * also shown below the button). Tested by test/e2e/theme-builder.e2e.mjs.
 */
const meta: Meta = {
  title: 'Theme builder',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const ThemeBuilder: StoryObj = {
  name: 'Theme builder',
  render: () => html`<immuno-sb-theme-builder></immuno-sb-theme-builder>`,
};
