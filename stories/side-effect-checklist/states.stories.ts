import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { widgetIn } from '../support/stories.js';
import { tick } from './tick.js';

interface Args {
  therapy: 'all' | 'checkpoint' | 'car-t' | 'bispecific';
  numbers: boolean;
  width: number;
  /** Symptom ids the `play` function ticks (`id` or `id:severity`). */
  tick: string[];
}

/**
 * What the patient sees after ticking symptoms, reached by clicking as they would (`play`): each urgency level, the
 * rules that raise or lower it, and answers kept on the device.
 */
const meta: Meta<Args> = {
  title: 'Side-effect checklist/States',
  component: 'immuno-side-effect-checklist',
  tags: ['!autodocs'],
  args: { therapy: 'all', numbers: true, width: 900, tick: [] },
  argTypes: {
    therapy: { control: 'inline-radio', options: ['all', 'checkpoint', 'car-t', 'bispecific'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    tick: { control: 'object' },
  },
  render: ({ therapy, numbers, width }) =>
    html`<div style="max-inline-size:${width}px">
      <immuno-side-effect-checklist
        therapy=${therapy}
        care-team-phone=${numbers ? '+1 555 0100' : ''}
        care-team-hours-phone=${numbers ? '+1 555 0199' : ''}
        emergency-number=${numbers ? '911' : ''}
      ></immuno-side-effect-checklist>
    </div>`,
  play: async ({ canvasElement, args }) => {
    await tick(canvasElement, args.tick);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Plays the ticks, then checks the most urgent level shown. */
const expectLevel = (level: 'emergency' | 'call' | 'visit') => async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }) => {
  const { root } = await tick(canvasElement, args.tick);
  await waitFor(() => expect(root.querySelector(`[part~="level"]`)?.className ?? '').toContain(level));
};

/** An emergency-level tick: the alert is announced at once, the plan starts with "Get emergency help now". */
export const Emergency: Story = {
  args: { tick: ['confusion-or-seizure'] },
  play: async ({ canvasElement, args }) => {
    const { root } = await tick(canvasElement, args.tick);
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBeTruthy());
  },
};
/**
 * The patient on a phone (390 px) ticks an emergency sign: what to do and a large "Call 911" button appear right
 * under the tick, not only in the plan further down.
 */
export const PhoneEmergency: Story = { args: { width: 390, tick: ['confusion-or-seizure'] } };
/** A call-now tick (a fever on checkpoint inhibitors), with the hospital's day and out-of-hours numbers as links. */
export const CallNow: Story = { args: { therapy: 'checkpoint', tick: ['fever'] }, play: expectLevel('call') };
/** A mild rash: severity lowers it to "Tell your care team at your next visit". */
export const NextVisit: Story = { args: { tick: ['rash-itch:mild'] }, play: expectLevel('visit') };
/** Severity raises a symptom: severe diarrhea is an emergency. */
export const SevereRaisesUrgency: Story = { args: { tick: ['diarrhea:severe'] }, play: expectLevel('emergency') };
/** After CAR-T, a fever is an emergency (cytokine release syndrome can turn serious within hours). */
export const CarTFever: Story = { args: { therapy: 'car-t', width: 390, tick: ['fever'] }, play: expectLevel('emergency') };
/**
 * The page does not know the treatment (`therapy="all"`): a fever takes the most urgent level, and the plan shows
 * each treatment's advice under its own label, never CAR-T advice as if for everyone.
 */
export const AnyTherapyFever: Story = { args: { width: 390, tick: ['fever'] } };
/** A combination rule fires: blisters or peeling skin with a fever make both an emergency (a rare, serious skin reaction). */
export const SkinWithFever: Story = {
  args: { therapy: 'checkpoint', width: 390, tick: ['blisters-peeling:mild', 'fever'] },
  play: expectLevel('emergency'),
};
/** A combination rule fires: tiredness, dizziness and vomiting together (adrenal crisis) raise each to an emergency. */
export const CombinationRule: Story = {
  args: { therapy: 'checkpoint', width: 390, tick: ['tiredness:mild', 'dizzy-or-faint:mild', 'nausea-vomiting:mild'] },
  play: expectLevel('emergency'),
};
/** Many ticks, every level at once, most urgent first. */
export const Many: Story = { args: { tick: ['fever', 'confusion-or-seizure', 'rash-itch:mild', 'tiredness:moderate', 'headache:mild'] } };
/** Without the hospital's numbers the text says "your care team" and "your local emergency number". */
export const WithoutNumbers: Story = { args: { numbers: false, tick: ['confusion-or-seizure', 'fever'] } };
/** "None of these" ticked: the other answers are cleared, and the plan says what to do about symptoms not on the list. */
export const NoneOfThese: Story = { args: { tick: ['fever', 'none'] } };

/**
 * `remember`: the patient opts in and ticks a fever, then the page is reloaded (the element is replaced by a new one
 * with the same id). The new checklist shows the fever ticked again, from this device's storage.
 */
export const RestoredAnswer: Story = {
  beforeEach: () => localStorage.removeItem('immuno-checklist:answers:story-restored'),
  render: () =>
    html`<div id="restored-box"><immuno-side-effect-checklist id="story-restored" remember therapy="checkpoint"></immuno-side-effect-checklist></div>`,
  play: async ({ canvasElement }) => {
    const { root } = await widgetIn(canvasElement, 'immuno-side-effect-checklist');
    await userEvent.click(root.querySelector<HTMLInputElement>('#keep')!);
    await tick(canvasElement, ['fever']);
    canvasElement.querySelector('#restored-box')!.innerHTML =
      '<immuno-side-effect-checklist id="story-restored" remember therapy="checkpoint"></immuno-side-effect-checklist>';
    const again = await widgetIn(canvasElement, 'immuno-side-effect-checklist');
    await waitFor(() => expect(again.root.querySelector<HTMLInputElement>('#s-fever')!.checked).toBe(true));
  },
};

/**
 * "Print for my appointment" from a hospital page: the checklist sits in a `position: relative` column between a
 * tall header, a side menu and long text. Press the button (or print preview after it): one page, the summary at
 * the top, nothing else, no blank pages.
 */
export const PrintInAColumn: StoryObj = {
  render: () => html`<div>
    <header style="block-size: 200px; background: #e8edf3; padding: 1rem">Riverside Cancer Centre</header>
    <div style="display: flex; gap: 1rem">
      <nav style="inline-size: 180px; block-size: 1600px; background: #f4f6f8; padding: 1rem">Menu</nav>
      <main style="position: relative; flex: 1; overflow: hidden">
        <p style="block-size: 600px">About your treatment…</p>
        <immuno-side-effect-checklist care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>
        <p style="block-size: 900px">More about your treatment…</p>
      </main>
    </div>
    <footer style="block-size: 300px; background: #e8edf3; padding: 1rem">Hospital footer</footer>
  </div>`,
  play: async ({ canvasElement }) => {
    await tick(canvasElement, ['fever', 'rash-itch:mild', 'diarrhea', 'headache']);
  },
};
