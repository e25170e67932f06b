import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en } from '../../src/content/en/index.js';
import { renderSnippet } from '../../src/embed/render.js';
import { arabicPack, jsonScript, language, page, riverside, riversideUrl } from '../support/stories.js';

/**
 * Where the explorer's words come from, in the order the widget looks (README, "Content"): the `content` property
 * or `content="#id"`, a JSON child, `src`, the page's own `<article>`s, the built-in pack. Bad content shows what
 * is valid and says why in one console warning. Then each language.
 */
const meta: Meta = { title: 'Therapy explorer/Content', component: 'immuno-therapy-explorer', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** The built-in English pack: nothing to write. */
export const BuiltIn: Story = { render: () => html`<immuno-therapy-explorer></immuno-therapy-explorer>` };

/** A hospital's own pack as a `<script type="application/json">` child: its own types, cancers and wording. */
export const JsonChild: Story = {
  render: () => page(`<immuno-therapy-explorer>${jsonScript(riverside)}</immuno-therapy-explorer>`),
};

/** `src`: the URL of a JSON pack (here stories/samples/riverside.json). */
export const Src: Story = { render: () => html`<immuno-therapy-explorer src=${riversideUrl}></immuno-therapy-explorer>` };

/** Content by reference: `content="#id"` names a `<script type="application/json" id>` elsewhere in the page. */
export const ContentByReference: Story = {
  render: () =>
    page(`${jsonScript(riverside, 'story-our-therapies')}<immuno-therapy-explorer content="#story-our-therapies"></immuno-therapy-explorer>`),
};

/** The `content` property, set from script. */
export const Property: Story = { render: () => html`<immuno-therapy-explorer .content=${riverside}></immuno-therapy-explorer>` };

/**
 * The pack written as the page's own HTML (`<article>` per type), as `npx immuno-widgets snippet therapy-explorer`
 * writes it: search engines and visitors without JavaScript read the same text.
 */
export const LightDom: Story = {
  // Without the pack's symptoms, the side effects are named from the built-in checklist.
  render: () => page(renderSnippet('therapy-explorer', { content: { meta: riverside.meta, therapies: riverside.therapies }, style: false }).html),
};

/**
 * What shows before the script loads, or without JavaScript: the page author's own list of links (after the
 * upgrade the widget replaces it). Its links are spaced so each keeps a 24 px target (WCAG 2.2, 2.5.8).
 */
export const BeforeUpgrade: Story = {
  render: () => html`<immuno-therapy-explorer-not-defined>
    <ul style="display: grid; gap: 0.75rem; line-height: 1.5">
      <li><a href="/treatments/checkpoint-inhibitors">Checkpoint inhibitors</a></li>
      <li><a href="/treatments/car-t">CAR T-cell therapy</a></li>
    </ul>
  </immuno-therapy-explorer-not-defined>`,
};

/** One broken type (no name, an unknown cancer): the valid types render, the console names the path. */
export const PartlyBroken: Story = {
  render: () => html`<immuno-therapy-explorer
    .content=${{
      meta: en.meta,
      therapies: { ...riverside.therapies, items: [...riverside.therapies.items, { id: 'broken', summary: 'No name.', cancers: ['nowhere'] }] },
    }}
  ></immuno-therapy-explorer>`,
};

/** A `src` that does not exist: the built-in content shows and the console says why. */
export const BrokenSrc: Story = { render: () => html`<immuno-therapy-explorer src="/no-such-file.json"></immuno-therapy-explorer>` };

/** Spanish, built in: the widget follows the page's `lang="es"`, content and UI. */
export const Spanish: Story = { render: () => language('es', 'ltr', html`<immuno-therapy-explorer></immuno-therapy-explorer>`) };

/** Hindi, built in. */
export const Hindi: Story = { render: () => language('hi', 'ltr', html`<immuno-therapy-explorer></immuno-therapy-explorer>`) };

/** Right to left: the sample Arabic strings and pack (stories/samples/arabic.ts, not built in, not reviewed). */
export const Arabic: Story = {
  render: () => language('ar', 'rtl', html`<immuno-therapy-explorer .content=${arabicPack}></immuno-therapy-explorer>`),
};

/** Arabic in a 320 px column. */
export const Arabic320: Story = {
  render: () => language('ar', 'rtl', html`<immuno-therapy-explorer .content=${arabicPack}></immuno-therapy-explorer>`, 320),
};
