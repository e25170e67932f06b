import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Each attribute of `<immuno-side-effect-checklist>` that changes what is seen (the Playground has them all as controls). */
const meta: Meta = { title: 'Side-effect checklist/Options', component: 'immuno-side-effect-checklist', tags: ['!autodocs'] };
export default meta;
type Story = StoryObj;


/** No attribute at all: the built-in English symptoms for every treatment, no phone numbers. */
export const Default: Story = { render: () => html`<immuno-side-effect-checklist></immuno-side-effect-checklist>` };

/** `care-team-phone`, `care-team-hours-phone` and `emergency-number`: the advice names them as links. */
export const WithNumbers: Story = {
  render: () => html`<immuno-side-effect-checklist
    care-team-phone="+1 555 0100"
    care-team-hours-phone="+1 555 0199"
    emergency-number="911"
  ></immuno-side-effect-checklist>`,
};

/** `therapy="checkpoint"`: only the symptoms for checkpoint inhibitors. */
export const Checkpoint: Story = { render: () => html`<immuno-side-effect-checklist therapy="checkpoint"></immuno-side-effect-checklist>` };

/** `therapy="car-t"`: only the symptoms for CAR-T cell therapy. */
export const CarT: Story = { render: () => html`<immuno-side-effect-checklist therapy="car-t"></immuno-side-effect-checklist>` };

/** `therapy="bispecific"`: bispecific antibodies, their cytokine-release and nervous-system signs. */
export const Bispecific: Story = { render: () => html`<immuno-side-effect-checklist therapy="bispecific"></immuno-side-effect-checklist>` };

/** `remember`: the patient sees an unticked opt-in; nothing is stored unless they tick it. */
export const Remember: Story = { render: () => html`<immuno-side-effect-checklist remember></immuno-side-effect-checklist>` };

/** `heading-level="2"`: the group and plan headings start at `<h2>`. */
export const HeadingLevel2: Story = { render: () => html`<immuno-side-effect-checklist heading-level="2"></immuno-side-effect-checklist>` };

/**
 * Two checklists with `remember` on one page keep separate answers (keyed by their ids), and "Clear my answers"
 * in one leaves the other's alone.
 */
export const TwoChecklists: Story = {
  render: () => html`<immuno-side-effect-checklist id="before-cycle" remember therapy="checkpoint"></immuno-side-effect-checklist>
    <hr />
    <immuno-side-effect-checklist id="after-cart" remember therapy="car-t"></immuno-side-effect-checklist>`,
};
