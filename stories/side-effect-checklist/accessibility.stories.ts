import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { darkPage, deepActiveElement, forcedColoursNote, reducedMotionNote, text200, widgetIn } from '../support/stories.js';
import { tick } from './tick.js';

/** The checklist for readers who change how pages look or move, and for keyboard users (docs/side-effect-checklist.md). */
const meta: Meta = { title: 'Side-effect checklist/Accessibility', component: 'immuno-side-effect-checklist', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

const widget = () =>
  html`<immuno-side-effect-checklist care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>`;
/** Ticks that show every urgency level, so each level's colours and borders are in view. */
const everyLevel = ['confusion-or-seizure', 'fever', 'rash-itch:mild'];

/** Windows contrast themes: each level keeps its own border (double, solid, dashed), never colour alone. */
export const ForcedColours: Story = {
  render: () => html`${forcedColoursNote}${widget()}`,
  play: async ({ canvasElement }) => {
    await tick(canvasElement, everyLevel);
  },
};

/** `prefers-reduced-motion: reduce`: the advice appears without a transition. */
export const ReducedMotion: Story = { render: () => html`${reducedMotionNote}${widget()}` };

/** Text at 200 %: checkboxes, severity choices and call buttons grow with the text. */
export const Text200: Story = {
  render: () => text200(widget()),
  play: async ({ canvasElement }) => {
    await tick(canvasElement, ['fever']);
  },
};

/** A dark page with the documented dark theme (docs/theming.md), every level in view. */
export const DarkPage: Story = {
  render: () => darkPage(widget()),
  play: async ({ canvasElement }) => {
    await tick(canvasElement, everyLevel);
  },
};

/** A right-to-left page mirrors the layout. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><immuno-side-effect-checklist care-team-phone="+1 555 0100"></immuno-side-effect-checklist></div>`,
  play: async ({ canvasElement }) => {
    await tick(canvasElement, ['fever']);
  },
};

/** A 280 px column: one column, 24 px targets, no sideways scrolling. */
export const Narrow: Story = {
  render: () => html`<div style="max-inline-size: 280px">${widget()}</div>`,
  play: async ({ canvasElement }) => {
    await tick(canvasElement, ['fever', 'rash-itch:mild']);
  },
};

/**
 * The keys of docs/side-effect-checklist.md, pressed for real: Space ticks a checkbox and reveals "How bad is it?",
 * and Space picks a level there. (The arrow keys between Mild, Moderate and Severe are the browser's own radio
 * group; the unit tests press them with real keys.)
 */
export const Keyboard: Story = {
  render: () => html`<immuno-side-effect-checklist therapy="checkpoint"></immuno-side-effect-checklist>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await widgetIn(canvasElement, 'immuno-side-effect-checklist');
    const rash = root.querySelector<HTMLInputElement>('#s-rash-itch')!;
    rash.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    await expect(rash.checked).toBe(true);
    const levels = [...root.querySelectorAll<HTMLInputElement>('input[name="sev-rash-itch"]')];
    await expect(levels.length).toBe(3);
    levels[1].focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    await waitFor(() => expect(levels[1].checked).toBe(true));
    await expect(deepActiveElement()).toBe(levels[1]);
  },
};
