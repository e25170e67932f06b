import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { ImmunoFaq } from '../../src/components/faq/faq.js';
import { darkPage, deepActiveElement, forcedColoursNote, reducedMotionNote, text200, widgetIn } from '../support/stories.js';

/** The FAQ for readers who change how pages look or move, and for keyboard users (docs/faq.md, "Keyboard"). */
const meta: Meta = { title: 'FAQ/Accessibility', component: 'immuno-faq', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const widget = () => html`<immuno-faq searchable></immuno-faq>`;

/** Windows contrast themes: how to see it (the open answer shows the state by its border and chevron too). */
export const ForcedColours: Story = {
  render: () => html`${forcedColoursNote}<immuno-faq searchable></immuno-faq>`,
  play: async ({ canvasElement }) => {
    const { root } = await widgetIn<ImmunoFaq>(canvasElement, 'immuno-faq');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.question')!);
  },
};

/** `prefers-reduced-motion: reduce`: answers open without a transition. */
export const ReducedMotion: Story = { render: () => html`${reducedMotionNote}${widget()}` };

/** Text at 200 %: nothing is cut off or overlaps, the search field and buttons grow with the text. */
export const Text200: Story = { render: () => text200(widget()) };

/** A dark page with the documented dark theme (docs/theming.md): every text pair meets WCAG AA. */
export const DarkPage: Story = { render: () => darkPage(widget()) };

/** A right-to-left page: the layout mirrors. */
export const RightToLeft: Story = { render: () => html`<div dir="rtl">${widget()}</div>` };

/** A 280 px wide column: the controls stack, nothing scrolls sideways. */
export const Narrow: Story = { render: () => html`<div style="max-inline-size: 280px">${widget()}</div>` };

/**
 * The keys of docs/faq.md, pressed for real: ↓ and ↑ move between questions (wrapping), Home and End go to the
 * first and last, Enter opens the question that has focus.
 */
export const Keyboard: Story = {
  render: () => html`<immuno-faq></immuno-faq>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await widgetIn<ImmunoFaq>(canvasElement, 'immuno-faq');
    const questions = [...root.querySelectorAll<HTMLButtonElement>('.question')];
    questions[0].focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(deepActiveElement()).toBe(questions[1]);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect(deepActiveElement()).toBe(questions.at(-1));
    await userEvent.keyboard('{Home}');
    await expect(deepActiveElement()).toBe(questions[0]);
    await userEvent.keyboard('{End}');
    await expect(deepActiveElement()).toBe(questions.at(-1));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await expect(questions.at(-1)).toHaveAttribute('aria-expanded', 'true');
  },
};
