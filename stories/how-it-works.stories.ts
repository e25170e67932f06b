import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  layout: 'auto' | 'horizontal' | 'vertical' | 'list';
  step: number;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/How it works',
  component: 'immuno-how-it-works',
  args: { layout: 'auto', step: 1, width: 720 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical', 'list'] },
    step: { control: { type: 'number', min: 1, max: 8 } },
    width: { control: { type: 'range', min: 280, max: 1000, step: 20 } },
  },
  render: ({ layout, step, width }) =>
    html`<div style="max-inline-size:${width}px">
      <immuno-how-it-works layout=${layout} step=${step}></immuno-how-it-works>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in English content, with no attribute at all. */
export const Default: StoryObj = {
  render: () => html`<immuno-how-it-works></immuno-how-it-works>`,
};

/** `layout="auto"` in a narrow column picks the vertical progress rail. */
export const AutoNarrow: Story = { args: { width: 320 } };
/** Horizontal progress, forced. */
export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** A column of 56 em (896 px at 16 px) or more: each step's title shows under its number, so the whole journey is in view. */
export const WideWithTitles: Story = { args: { width: 1000, step: 4 } };
/** Vertical progress rail, forced. */
export const Vertical: Story = { args: { layout: 'vertical' } };
/** Every step expanded as a numbered list (also how it prints). */
export const List: Story = { args: { layout: 'list' } };
/** Each step, as a reviewer would page through them. */
export const Step2: Story = { args: { step: 2 } };
export const Step3: Story = { args: { step: 3 } };
export const MiddleStep: Story = { args: { step: 4 } };
export const Step5: Story = { args: { step: 5 } };
export const Step6: Story = { args: { step: 6 } };
export const Step7: Story = { args: { step: 7 } };
/** The last step: Next becomes "Start again". */
export const LastStep: Story = { args: { step: 8 } };

/** After pressing Next: focus is on the new step's heading and the change was announced. */
export const AfterNext: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('immuno-how-it-works')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  },
};

/** Vertical rail, right to left, in a narrow column. */
export const RightToLeftNarrow: Story = {
  args: { step: 2 },
  render: ({ step }) =>
    html`<div dir="rtl" style="max-inline-size:320px"><immuno-how-it-works step=${step}></immuno-how-it-works></div>`,
};
/** At 280 px. */
export const Narrowest: Story = { args: { width: 280, step: 4 } };

/** Right to left: the progress runs from the right and the arrow keys are mirrored. */
export const RightToLeft: Story = {
  args: { step: 3 },
  render: ({ layout, step }) =>
    html`<div dir="rtl"><immuno-how-it-works layout=${layout} step=${step}></immuno-how-it-works></div>`,
};

/** Steps written by the page author in the page's own HTML. */
export const LightDom: StoryObj = {
  render: () => html`<immuno-how-it-works>
    <ol>
      <li id="visit"><h3>Your first visit</h3><p>You meet the team and ask your questions.</p></li>
      <li><h3>Your first dose</h3><p>A nurse gives the medicine through a drip. It takes about an hour.</p></li>
      <li><h3>Check-ups</h3><p>We see you before every dose to ask how you feel.</p></li>
    </ol>
  </immuno-how-it-works>`,
};
