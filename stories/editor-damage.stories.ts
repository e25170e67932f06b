import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Foundation/Editor-damaged markup and content by reference' };
export default meta;

/** Markup as a browser parses it, the way a CMS page delivers it (not through a Lit template). */
const page = (markup: string): HTMLElement => {
  const box = document.createElement('div');
  box.innerHTML = markup;
  return box;
};

const pack = {
  meta: { language: 'en', publisher: 'Riverside Cancer Centre', sources: [{ title: 'Our patient guide', url: 'https://example.org/guide' }], disclaimer: 'Talk to your care team about your own treatment.' },
  faq: {
    items: [
      { id: 'parking', question: 'Where do I park for my infusion?', answer: 'Use the blue car park next to the day unit. Parking is free on treatment days.' },
      { id: 'night', question: 'Who do I call at night?', answer: 'Call the 24-hour nurse line on the card your care team gave you.' },
    ],
  },
};

/**
 * Content by reference: the pack is a `<script type="application/json" id="our-faq">` elsewhere in the page and the
 * widget names it with `content="#our-faq"`. This is what survives CKEditor 5, which empties a script nested in a
 * custom element but keeps one at the top level.
 */
export const ContentByReference: StoryObj = {
  render: () =>
    page(`<script type="application/json" id="story-our-faq">${JSON.stringify(pack)}</script>
      <immuno-faq content="#story-our-faq"></immuno-faq>`),
};

/**
 * WordPress classic content (`wpautop`) of a snippet pasted without its `<div class="immuno-embed">`: the browser closes
 * the element at the first `</p>` and the questions follow it. The widget moves them back and shows the hospital's
 * questions; the console has one warning saying what the editor did.
 */
export const WpautopClosedEarly: StoryObj = {
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
 * A JSON child after `wpautop` (a blank line became `</p>\n<p>`) and `wptexturize` (curly quotes): still read as the
 * pack, with one warning naming both.
 */
export const JsonThroughTheEditor: StoryObj = {
  render: () =>
    page(`<div class="immuno-embed"><immuno-faq><br />
<script type="application/json">
${JSON.stringify(pack, null, 1).replace(/"([^"]*)"/g, '\u201c$1\u201d').replace('\n', '</p>\n<p>')}
</script><br />
</immuno-faq></div>`),
};
