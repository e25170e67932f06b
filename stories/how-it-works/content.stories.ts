import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en } from '../../src/content/en/index.js';
import { arabicPack, jsonScript, language, page, riverside, riversideUrl } from '../support/stories.js';

/**
 * Where the steps come from, in the order the widget looks (README, "Content"): the `content` property or
 * `content="#id"`, a JSON child, `src`, the page's own `<ol>`, the built-in pack. Bad content shows what is valid
 * and says why in one console warning. Then each language.
 */
const meta: Meta = { title: 'How it works/Content', component: 'immuno-how-it-works', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** The built-in English pack: nothing to write. */
export const BuiltIn: Story = { render: () => html`<immuno-how-it-works></immuno-how-it-works>` };

/** A hospital's own steps as a `<script type="application/json">` child. */
export const JsonChild: Story = { render: () => page(`<immuno-how-it-works>${jsonScript(riverside)}</immuno-how-it-works>`) };

/** `src`: the URL of a JSON pack (here stories/samples/riverside.json). */
export const Src: Story = { render: () => html`<immuno-how-it-works src=${riversideUrl}></immuno-how-it-works>` };

/** Content by reference: `content="#id"` names a `<script type="application/json" id>` elsewhere in the page. */
export const ContentByReference: Story = {
  render: () => page(`${jsonScript(riverside, 'story-our-steps')}<immuno-how-it-works content="#story-our-steps"></immuno-how-it-works>`),
};

/** The `content` property, set from script. */
export const Property: Story = { render: () => html`<immuno-how-it-works .content=${riverside}></immuno-how-it-works>` };

/** Steps written by the page author in the page's own HTML: an `<ol>`, a heading and paragraphs per step. */
export const LightDom: Story = {
  render: () => html`<immuno-how-it-works>
    <ol>
      <li id="visit"><h3>Your first visit</h3><p>You meet the team and ask your questions.</p></li>
      <li><h3>Your first dose</h3><p>A nurse gives the medicine through a drip. It takes about an hour.</p></li>
      <li><h3>Check-ups</h3><p>We see you before every dose to ask how you feel.</p></li>
    </ol>
  </immuno-how-it-works>`,
};

/** One broken step (no title, an unknown picture): the valid steps render, the console names the path. */
export const PartlyBroken: Story = {
  render: () => html`<immuno-how-it-works
    .content=${{ meta: en.meta, steps: { items: [...riverside.steps.items, { id: 'broken', text: 'No title.', picture: 'nothing' }] } }}
  ></immuno-how-it-works>`,
};

/** A `src` that does not exist: the built-in content shows and the console says why. */
export const BrokenSrc: Story = { render: () => html`<immuno-how-it-works src="/no-such-file.json"></immuno-how-it-works>` };

/** Spanish, built in: the widget follows the page's `lang="es"`, content and UI. */
export const Spanish: Story = { render: () => language('es', 'ltr', html`<immuno-how-it-works></immuno-how-it-works>`) };

/** Hindi, built in. */
export const Hindi: Story = { render: () => language('hi', 'ltr', html`<immuno-how-it-works></immuno-how-it-works>`) };

/** Right to left: the sample Arabic strings and pack; the progress runs from the right. */
export const Arabic: Story = {
  render: () => language('ar', 'rtl', html`<immuno-how-it-works .content=${arabicPack}></immuno-how-it-works>`),
};

/** Arabic in a 320 px column: the vertical rail, right to left. */
export const Arabic320: Story = {
  render: () => language('ar', 'rtl', html`<immuno-how-it-works .content=${arabicPack}></immuno-how-it-works>`, 320),
};
