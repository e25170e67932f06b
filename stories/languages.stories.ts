import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { registerLocale } from '../src/i18n/i18n.js';
import { arabicPack, arabicStrings } from './samples/arabic.js';

/**
 * Every widget in each built-in language (content and UI: Spanish, Hindi), and
 * right to left with the sample Arabic pack (not built in), at 320 px and wide.
 */
const meta: Meta = { title: 'Languages' };
export default meta;

type Story = StoryObj<{ width: number }>;

registerLocale('ar', arabicStrings);

const all = (content?: unknown): TemplateResult => html`
  <immuno-how-it-works .content=${content}></immuno-how-it-works>
  <immuno-therapy-explorer .content=${content}></immuno-therapy-explorer>
  <immuno-side-effect-checklist therapy="car-t" care-team-phone="+1 555 0100" .content=${content}></immuno-side-effect-checklist>
  <immuno-faq .content=${content}></immuno-faq>
`;

const frame = (lang: string, dir: string, width: number, body: TemplateResult) =>
  html`<div lang=${lang} dir=${dir} style="max-inline-size:${width}px;display:grid;gap:2rem">${body}</div>`;

/** Spanish, built in: the widgets follow `<div lang="es">`, content and UI. */
export const Spanish: Story = { args: { width: 800 }, render: ({ width }) => frame('es', 'ltr', width, all()) };
export const Spanish320: Story = { args: { width: 320 }, render: ({ width }) => frame('es', 'ltr', width, all()) };

/** Hindi, built in: Devanagari with the page's fonts (system fonts for what they lack) and taller lines. */
export const Hindi: Story = { args: { width: 800 }, render: ({ width }) => frame('hi', 'ltr', width, all()) };
export const Hindi320: Story = { args: { width: 320 }, render: ({ width }) => frame('hi', 'ltr', width, all()) };

/** Right to left: the sample Arabic strings and content (`stories/samples/arabic.ts`, not built in). */
export const ArabicRightToLeft: Story = {
  args: { width: 800 },
  render: ({ width }) => frame('ar', 'rtl', width, all(arabicPack)),
};
export const ArabicRightToLeft320: Story = {
  args: { width: 320 },
  render: ({ width }) => frame('ar', 'rtl', width, all(arabicPack)),
};
