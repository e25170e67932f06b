import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { en } from '../src/content/en/index.js';

const meta: Meta = { title: 'Foundation/Content, errors and languages' };
export default meta;

/** Content given as a property: a hospital's own questions. */
export const OwnContent: StoryObj = {
  render: () => html`<immuno-faq
    .content=${{
      meta: { ...en.meta, publisher: 'Riverside Cancer Centre' },
      faq: { items: [{ question: 'Where do I park for my infusion?', answer: 'Use the blue car park next to the day unit. Parking is free on treatment days.' }] },
    }}
  ></immuno-faq>`,
};

/** One broken question: the valid one renders, the console names the path. */
export const PartlyBroken: StoryObj = {
  render: () => html`<immuno-faq
    .content=${{ meta: en.meta, faq: { items: [{ question: 'Is this question shown?', answer: 'Yes: it is valid.' }, { question: '' }] } }}
  ></immuno-faq>`,
};

/** A src that does not exist: the built-in content shows and the console says why. */
export const BrokenSrc: StoryObj = {
  render: () => html`<immuno-faq src="/no-such-file.json"></immuno-faq>`,
};

/**
 * A Spanish page (`lang="es"`): the Spanish UI strings load on demand. The medical text stays in the
 * built-in English (marked `lang="en"` for screen readers) until the hospital gives its own Spanish pack.
 */
export const SpanishPage: StoryObj = {
  render: () => html`<div lang="es"><immuno-faq searchable></immuno-faq></div>`,
};
