import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en } from '../../src/content/en/index.js';
import { arabicPack, jsonScript, language, page, riverside, riversideUrl } from '../support/stories.js';

/**
 * Where the FAQ's words come from, in the order the widget looks (README, "Content"): the `content` property or
 * `content="#id"`, a JSON child, `src`, the page's own `<details>`, the built-in pack. Bad content shows what is
 * valid and says why in one console warning. Then each language.
 */
const meta: Meta = { title: 'FAQ/Content', component: 'immuno-faq', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** The built-in English pack: nothing to write. */
export const BuiltIn: Story = { render: () => html`<immuno-faq></immuno-faq>` };

/** A hospital's own pack as a `<script type="application/json">` child. */
export const JsonChild: Story = { render: () => page(`<immuno-faq>${jsonScript(riverside)}</immuno-faq>`) };

/** `src`: the URL of a JSON pack (here stories/samples/riverside.json). */
export const Src: Story = { render: () => html`<immuno-faq src=${riversideUrl}></immuno-faq>` };

/**
 * Content by reference: the pack is a `<script type="application/json" id="…">` elsewhere in the page and the
 * widget names it with `content="#id"`. This is what survives CKEditor 5, which empties a script nested in a
 * custom element but keeps one at the top level.
 */
export const ContentByReference: Story = {
  render: () => page(`${jsonScript(riverside, 'story-our-faq')}<immuno-faq content="#story-our-faq"></immuno-faq>`),
};

/** The `content` property, set from script (a framework or the page's own code). */
export const Property: Story = { render: () => html`<immuno-faq .content=${riverside}></immuno-faq>` };

/** The page author's own `<details>` markup is the content; links, lists and emphasis are kept. */
export const LightDom: Story = {
  render: () => html`<immuno-faq>
    <details id="parking">
      <summary>Where do I park for my infusion?</summary>
      <p>Use the <a href="#parking">blue car park</a> next to the day unit. Parking is <strong>free</strong> on treatment days.</p>
    </details>
    <details id="bring" open>
      <summary>What should I bring?</summary>
      <ul>
        <li>Your medicine list</li>
        <li>Something to read, and a snack</li>
      </ul>
    </details>
  </immuno-faq>`,
};

/** One broken question (no answer, empty question): the valid one renders, the console names the path. */
export const PartlyBroken: Story = {
  render: () => html`<immuno-faq
    .content=${{ meta: en.meta, faq: { items: [{ question: 'Is this question shown?', answer: 'Yes: it is valid.' }, { question: '' }] } }}
  ></immuno-faq>`,
};

/** A `src` that does not exist: the built-in content shows and the console says why. */
export const BrokenSrc: Story = { render: () => html`<immuno-faq src="/no-such-file.json"></immuno-faq>` };

/**
 * WordPress classic content (`wpautop`) of a snippet pasted without its `<div class="immuno-embed">`: the browser
 * closes the element at the first `</p>` and the questions follow it. The widget moves them back and shows the
 * hospital's questions; the console has one warning saying what the editor did.
 */
export const WpautopClosedEarly: Story = {
  render: () =>
    page(`<p><immuno-faq lang="en"></p>
<details id="parking">
<summary>Where do I park for my infusion?</summary>
<p>Use the blue car park next to the day unit.<br />
Parking is free on treatment days.</p>
</details>
<details id="night">
<summary>Who do I call at night?</summary>
<p>Call the 24-hour nurse line on the card your care team gave you.</p>
</details>
<p></immuno-faq></p>`),
};

/**
 * A JSON child after `wpautop` (a blank line became `</p>\n<p>`) and `wptexturize` (curly quotes): still read as
 * the pack, with one warning naming both.
 */
export const JsonThroughTheEditor: Story = {
  render: () =>
    page(`<div class="immuno-embed"><immuno-faq><br />
<script type="application/json">
${JSON.stringify(riverside, null, 1).replace(/"([^"]*)"/g, '\u201c$1\u201d').replace('\n', '</p>\n<p>')}
</script><br />
</immuno-faq></div>`),
};

/** Spanish, built in: the widget follows the page's `lang="es"`, content and UI. */
export const Spanish: Story = { render: () => language('es', 'ltr', html`<immuno-faq searchable></immuno-faq>`) };

/** Hindi, built in: Devanagari with the page's fonts and taller lines. */
export const Hindi: Story = { render: () => language('hi', 'ltr', html`<immuno-faq searchable></immuno-faq>`) };

/** Right to left: the sample Arabic strings and pack (stories/samples/arabic.ts, not built in, not reviewed). */
export const Arabic: Story = { render: () => language('ar', 'rtl', html`<immuno-faq searchable .content=${arabicPack}></immuno-faq>`) };

/** Arabic in a 320 px column. */
export const Arabic320: Story = {
  render: () => language('ar', 'rtl', html`<immuno-faq searchable .content=${arabicPack}></immuno-faq>`, 320),
};
