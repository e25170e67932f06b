import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Each attribute of `<immuno-therapy-explorer>` that changes what is seen (the Playground has them all as controls). */
const meta: Meta = { title: 'Therapy explorer/Options', component: 'immuno-therapy-explorer', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** No attribute at all: the built-in English content, the first type shown. */
export const Default: Story = { render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>` };

/** A type chosen with the `selected` attribute (a page can also link to `#car-t`). */
export const Selected: Story = { render: () => html`<immuno-therapy-explorer selected="car-t"></immuno-therapy-explorer>` };

/** Narrowed to one cancer with the `cancer` attribute; the count is announced. */
export const FilteredByCancer: Story = { render: () => html`<immuno-therapy-explorer cancer="lymphoma"></immuno-therapy-explorer>` };

/** `heading-level="2"`: the chosen type's name is an `<h2>`. */
export const HeadingLevel2: Story = { render: () => html`<immuno-therapy-explorer heading-level="2"></immuno-therapy-explorer>` };

/**
 * Themed with the documented custom properties: a brand accent with the text colour on it (a pair: under a theme
 * whose accent is light, such as the toolbar's dark one, the accent alone would put dark text on the purple), a
 * narrower list, square corners.
 */
export const Themed: Story = {
  render: () => html`<div style="--immuno-color-accent: #5a2d82; --immuno-color-on-accent: #ffffff; --immuno-explorer-list-width: 14rem; --immuno-radius: 0">
    <immuno-therapy-explorer selected="cytokines"></immuno-therapy-explorer>
  </div>`,
};
