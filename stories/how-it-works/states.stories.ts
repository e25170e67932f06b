import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { ImmunoHowItWorks } from '../../src/components/how-it-works/how-it-works.js';
import { deepActiveElement, widgetIn } from '../support/stories.js';

/** What a patient sees after paging through the steps, reached by pressing Next as they would (`play`). */
const meta: Meta = { title: 'How it works/States', component: 'immuno-how-it-works', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;

/** Presses Next `times` times. */
async function next(canvasElement: HTMLElement, times: number) {
  const { el, root } = await widgetIn<ImmunoHowItWorks>(canvasElement, 'immuno-how-it-works');
  for (let i = 0; i < times; i++) {
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part="next"]')!);
    await el.updateComplete;
  }
  return { el, root };
}

/** After pressing Next once: focus is on the new step's heading and the change was announced. */
export const AfterNext: Story = {
  render: () => html`<immuno-how-it-works></immuno-how-it-works>`,
  play: async ({ canvasElement }) => {
    const { el } = await next(canvasElement, 1);
    await expect(el.step).toBe(2);
    await expect(deepActiveElement()?.matches('h2, h3, h4, h5, h6, [role="heading"]')).toBe(true);
  },
};

/** Step 5 of 8, reached with four presses of Next. */
export const Step5: Story = {
  render: () => html`<immuno-how-it-works></immuno-how-it-works>`,
  play: async ({ canvasElement }) => {
    const { el } = await next(canvasElement, 4);
    await expect(el.step).toBe(5);
  },
};

/** At the last step Next says "Start again" and goes back to step 1. */
export const StartAgain: Story = {
  render: () => html`<immuno-how-it-works step="8"></immuno-how-it-works>`,
  play: async ({ canvasElement }) => {
    const { el } = await next(canvasElement, 1);
    await expect(el.step).toBe(1);
  },
};
