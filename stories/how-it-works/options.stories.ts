import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  layout: 'auto' | 'horizontal' | 'vertical' | 'list';
  step: number;
  width: number;
}

/** Each attribute of `<immuno-how-it-works>` that changes what is seen: `layout`, `step`, and the column width. */
const meta: Meta<Args> = {
  title: 'How it works/Options',
  component: 'immuno-how-it-works',
  tags: ['!autodocs'],
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

/** No attribute at all: the built-in English steps. */
export const Default: StoryObj = { render: () => html`<immuno-how-it-works></immuno-how-it-works>` };
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
/** Each step through the `step` attribute, as a reviewer would page through them. */
export const Step2: Story = { args: { step: 2 } };
export const Step3: Story = { args: { step: 3 } };
export const Step4: Story = { args: { step: 4 } };
export const Step5: Story = { args: { step: 5 } };
export const Step6: Story = { args: { step: 6 } };
export const Step7: Story = { args: { step: 7 } };
/** The last step: Next becomes "Start again". */
export const LastStep: Story = { args: { step: 8 } };
/** `heading-level="2"`: each step's title is an `<h2>`. */
export const HeadingLevel2: StoryObj = { render: () => html`<immuno-how-it-works heading-level="2"></immuno-how-it-works>` };
