import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { ImmunoHowItWorks } from '../../src/components/how-it-works/how-it-works.js';
import { darkPage, deepActiveElement, forcedColoursNote, reducedMotionNote, text200, widgetIn } from '../support/stories.js';

/** The stepper for readers who change how pages look or move, and for keyboard users (docs/how-it-works.md). */
const meta: Meta = { title: 'How it works/Accessibility', component: 'immuno-how-it-works', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const widget = (step = 3) => html`<immuno-how-it-works step=${step}></immuno-how-it-works>`;

/** Windows contrast themes: the current step is marked by more than colour. */
export const ForcedColours: Story = { globals: { forcedColors: 'active' }, render: () => html`${forcedColoursNote}${widget()}` };

/** `prefers-reduced-motion: reduce`: steps change without a transition. */
export const ReducedMotion: Story = { globals: { reducedMotion: 'reduce' }, render: () => html`${reducedMotionNote}${widget()}` };

/** Text at 200 %: the progress rail and buttons grow with the text. */
export const Text200: Story = { render: () => text200(widget()) };

/** A dark page with the documented dark theme (docs/theming.md); the pictures follow the tokens. */
export const DarkPage: Story = { render: () => darkPage(widget()) };

/** Right to left: the progress runs from the right and the arrow keys are mirrored. */
export const RightToLeft: Story = { render: () => html`<div dir="rtl">${widget()}</div>` };

/** Vertical rail, right to left, in a narrow column. */
export const RightToLeftNarrow: Story = { render: () => html`<div dir="rtl" style="max-inline-size: 320px">${widget(2)}</div>` };

/** At 280 px. */
export const Narrow: Story = { render: () => html`<div style="max-inline-size: 280px">${widget(4)}</div>` };

/**
 * The keys of docs/how-it-works.md, pressed for real on the progress indicator: → and ↓ go to the next step, ← and
 * ↑ to the previous, Home and End to the first and last; focus stays on the progress button. Under the toolbar's
 * right-to-left direction the horizontal arrows are mirrored, so the play presses the arrow that points forward.
 */
export const Keyboard: Story = {
  render: () => widget(1),
  play: async ({ canvasElement }) => {
    const { el, root } = await widgetIn<ImmunoHowItWorks>(canvasElement, 'immuno-how-it-works');
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.progress button')];
    const rtl = getComputedStyle(el).direction === 'rtl';
    const [forward, back] = rtl ? ['{ArrowLeft}', '{ArrowRight}'] : ['{ArrowRight}', '{ArrowLeft}'];
    buttons()[0].focus();
    await userEvent.keyboard(forward);
    await el.updateComplete;
    await expect(el.step).toBe(2);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    await expect(el.step).toBe(3);
    await userEvent.keyboard(`${back}{ArrowUp}`);
    await el.updateComplete;
    await expect(el.step).toBe(1);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    await expect(el.step).toBe(buttons().length);
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    await expect(el.step).toBe(1);
    await expect(deepActiveElement()).toBe(buttons()[0]);
  },
};

/** On a right-to-left page the arrows are mirrored: ← is the next step. */
export const KeyboardRightToLeft: Story = {
  render: () => html`<div dir="rtl">${widget(1)}</div>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await widgetIn<ImmunoHowItWorks>(canvasElement, 'immuno-how-it-works');
    root.querySelector<HTMLButtonElement>('.progress button')!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    await expect(el.step).toBe(2);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    await expect(el.step).toBe(1);
  },
};
