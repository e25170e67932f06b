import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { ImmunoTherapyExplorer } from '../../src/components/therapy-explorer/therapy-explorer.js';
import { darkPage, deepActiveElement, forcedColoursNote, reducedMotionNote, text200, widgetIn } from '../support/stories.js';

/** The explorer for readers who change how pages look or move, and for keyboard users (docs/therapy-explorer.md). */
const meta: Meta = { title: 'Therapy explorer/Accessibility', component: 'immuno-therapy-explorer', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const widget = () => html`<immuno-therapy-explorer></immuno-therapy-explorer>`;

/** Windows contrast themes: the chosen type uses the system `SelectedItem` colours. */
export const ForcedColours: Story = { render: () => html`${forcedColoursNote}${widget()}` };

/** `prefers-reduced-motion: reduce`: the transitions stop. */
export const ReducedMotion: Story = { render: () => html`${reducedMotionNote}${widget()}` };

/** Text at 200 %: list and details stack, nothing is cut off. */
export const Text200: Story = { render: () => text200(widget()) };

/** A dark page with the documented dark theme (docs/theming.md). */
export const DarkPage: Story = { render: () => darkPage(widget()) };

/** Right to left: the layout mirrors. */
export const RightToLeft: Story = { render: () => html`<div dir="rtl">${widget()}</div>` };

/** The narrowest column it supports, 280 px: list and details stack. */
export const Narrow: Story = { render: () => html`<div style="max-inline-size: 280px">${widget()}</div>` };

/**
 * The keys of docs/therapy-explorer.md, pressed for real: ↓ and ↑ move between types without choosing (stopping at
 * the ends), Home and End go to the first and last, Enter shows the type and moves focus to its name.
 */
export const Keyboard: Story = {
  render: () => widget(),
  play: async ({ canvasElement }) => {
    const { el, root } = await widgetIn<ImmunoTherapyExplorer>(canvasElement, 'immuno-therapy-explorer');
    const types = [...root.querySelectorAll<HTMLButtonElement>('.list button')];
    const first = el.selected;
    types[0].focus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(deepActiveElement()).toBe(types[0]);
    await userEvent.keyboard('{ArrowDown}');
    await expect(deepActiveElement()).toBe(types[1]);
    await expect(el.selected).toBe(first);
    await userEvent.keyboard('{End}');
    await expect(deepActiveElement()).toBe(types.at(-1));
    await userEvent.keyboard('{Home}');
    await expect(deepActiveElement()).toBe(types[0]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await el.updateComplete;
    await expect(el.selected).not.toBe(first);
    await expect(deepActiveElement()?.closest('[part="details"]')).not.toBeNull();
  },
};
