import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en } from '../../src/content/en/index.js';
import { renderSnippet } from '../../src/embed/render.js';
import { arabicPack, jsonScript, language, page, riverside, riversideUrl } from '../support/stories.js';

/**
 * Where the symptoms and their urgency rules come from, in the order the widget looks (README, "Content"): the
 * `content` property or `content="#id"`, a JSON child, `src`, the page's own `<fieldset>`s, the built-in pack. Bad
 * content shows what is valid and says why in one console warning. Then each language.
 */
const meta: Meta = { title: 'Side-effect checklist/Content', component: 'immuno-side-effect-checklist', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** The built-in English pack: nothing to write. */
export const BuiltIn: Story = { render: () => html`<immuno-side-effect-checklist care-team-phone="+1 555 0100"></immuno-side-effect-checklist>` };

/** A hospital's own symptoms and urgency rules as a `<script type="application/json">` child. */
export const JsonChild: Story = {
  render: () => page(`<immuno-side-effect-checklist care-team-phone="0161 555 0100" emergency-number="999">${jsonScript(riverside)}</immuno-side-effect-checklist>`),
};

/** `src`: the URL of a JSON pack (here stories/samples/riverside.json). */
export const Src: Story = { render: () => html`<immuno-side-effect-checklist src=${riversideUrl}></immuno-side-effect-checklist>` };

/** Content by reference: `content="#id"` names a `<script type="application/json" id>` elsewhere in the page. */
export const ContentByReference: Story = {
  render: () =>
    page(`${jsonScript(riverside, 'story-our-symptoms')}<immuno-side-effect-checklist content="#story-our-symptoms"></immuno-side-effect-checklist>`),
};

/** The `content` property, set from script. */
export const Property: Story = {
  render: () => html`<immuno-side-effect-checklist care-team-phone="0161 555 0100" emergency-number="999" .content=${riverside}></immuno-side-effect-checklist>`,
};

/**
 * The pack written as the page's own HTML (a `<fieldset>` per group, an `<li>` per symptom with its advice), as
 * `npx immuno-widgets snippet side-effect-checklist` writes it: visitors without JavaScript read every symptom and
 * its advice.
 */
export const LightDom: Story = {
  render: () => page(renderSnippet('side-effect-checklist', { content: riverside, style: false }).html),
};

/** One broken symptom (no label, an unknown urgency): the valid ones render, the console names the path. */
export const PartlyBroken: Story = {
  render: () => html`<immuno-side-effect-checklist
    .content=${{
      meta: en.meta,
      symptoms: { ...riverside.symptoms, items: [...riverside.symptoms.items, { id: 'broken', group: 'any', therapies: ['checkpoint'], urgency: 'soon' }] },
    }}
  ></immuno-side-effect-checklist>`,
};

/** A `src` that does not exist: the built-in content shows and the console says why. */
export const BrokenSrc: Story = { render: () => html`<immuno-side-effect-checklist src="/no-such-file.json"></immuno-side-effect-checklist>` };

/** Spanish, built in: the widget follows the page's `lang="es"`, content and UI. */
export const Spanish: Story = {
  render: () => language('es', 'ltr', html`<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100"></immuno-side-effect-checklist>`),
};

/** Hindi, built in. */
export const Hindi: Story = {
  render: () => language('hi', 'ltr', html`<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100"></immuno-side-effect-checklist>`),
};

/** Right to left: the sample Arabic strings and pack (stories/samples/arabic.ts, not built in, not reviewed). */
export const Arabic: Story = {
  render: () =>
    language('ar', 'rtl', html`<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" .content=${arabicPack}></immuno-side-effect-checklist>`),
};

/** Arabic in a 320 px column. */
export const Arabic320: Story = {
  render: () =>
    language(
      'ar',
      'rtl',
      html`<immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" .content=${arabicPack}></immuno-side-effect-checklist>`,
      320,
    ),
};
