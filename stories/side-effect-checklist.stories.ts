import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ImmunoSideEffectChecklist } from '../src/components/side-effect-checklist/side-effect-checklist.js';
import { en } from '../src/content/en/index.js';

interface Args {
  therapy: 'all' | 'checkpoint' | 'car-t' | 'bispecific';
  numbers: boolean;
  remember: boolean;
  width: number;
  /** Symptom ids to tick (`id` or `id:severity`), to show a state. */
  tick: string[];
}

/** Ticks symptoms the way a patient would: a click on the checkbox, then on a severity. */
async function tick(canvasElement: HTMLElement, ids: string[]) {
  const el = canvasElement.querySelector<ImmunoSideEffectChecklist>('immuno-side-effect-checklist')!;
  await el.updateComplete;
  for (const entry of ids) {
    const [id, severity] = entry.split(':');
    el.shadowRoot!.querySelector<HTMLInputElement>(id === 'none' ? '#none' : `#s-${id}`)?.click();
    await el.updateComplete;
    if (severity) {
      const i = ['mild', 'moderate', 'severe'].indexOf(severity);
      el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="sev-${id}"]`)[i]?.click();
      await el.updateComplete;
    }
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/Side-effect checklist',
  component: 'immuno-side-effect-checklist',
  args: { therapy: 'all', numbers: true, remember: false, width: 900, tick: [] },
  argTypes: {
    therapy: { control: 'inline-radio', options: ['all', 'checkpoint', 'car-t', 'bispecific'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
  },
  render: ({ therapy, numbers, remember, width }) =>
    html`<div style="max-inline-size:${width}px">
      <immuno-side-effect-checklist
        therapy=${therapy}
        ?remember=${remember}
        care-team-phone=${numbers ? '+1 555 0100' : ''}
        care-team-hours-phone=${numbers ? '+1 555 0199' : ''}
        emergency-number=${numbers ? '911' : ''}
      ></immuno-side-effect-checklist>
    </div>`,
  play: ({ canvasElement, args }) => tick(canvasElement, args.tick),
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in English content, with no attribute at all. */
export const Default: StoryObj = {
  render: () => html`<immuno-side-effect-checklist></immuno-side-effect-checklist>`,
};
/** Only the symptoms for checkpoint inhibitors. */
export const Checkpoint: Story = { args: { therapy: 'checkpoint' } };
/** Only the symptoms for CAR-T cell therapy. */
export const CarT: Story = { args: { therapy: 'car-t' } };
/** Bispecific antibodies: their cytokine-release and nervous-system signs. */
export const Bispecific: Story = { args: { therapy: 'bispecific' } };
/**
 * The patient on a phone (390 px) ticks an emergency sign: what to do and a large "Call 911" button appear right
 * under the tick, not only in the plan further down.
 */
export const PhoneEmergency: Story = { args: { width: 390, tick: ['confusion-or-seizure'] } };
/** After CAR-T, a fever is an emergency (cytokine release syndrome can turn serious within hours). */
export const CarTFever: Story = { args: { therapy: 'car-t', width: 390, tick: ['fever'] } };
/** A combination rule fires: tiredness, dizziness and vomiting together (adrenal crisis) raise each to an emergency. */
export const CombinationRule: Story = {
  args: { therapy: 'checkpoint', width: 390, tick: ['tiredness:mild', 'dizzy-or-faint:mild', 'nausea-vomiting:mild'] },
};
/** An emergency-level tick: the alert is announced at once, the plan starts with "Get emergency help now". */
export const Emergency: Story = { args: { tick: ['confusion-or-seizure'] } };
/** A call-now tick (a fever on checkpoint inhibitors), with the hospital's day and out-of-hours numbers as links. */
export const CallNow: Story = { args: { therapy: 'checkpoint', tick: ['fever'] } };
/**
 * The page does not know the treatment (`therapy="all"`): a fever takes the most urgent level, and the plan shows
 * each treatment's advice under its own label ("If you had CAR T-cell therapy or a bispecific antibody: …", "If you
 * had a checkpoint inhibitor: …"), never CAR-T advice as if for everyone.
 */
export const AnyTherapyFever: Story = { args: { width: 390, tick: ['fever'] } };
/** Blisters or peeling skin with a fever: a combination rule makes both an emergency (a rare, serious skin reaction). */
export const SkinWithFever: Story = { args: { therapy: 'checkpoint', width: 390, tick: ['blisters-peeling:mild', 'fever'] } };
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
  play: ({ canvasElement }) => tick(canvasElement, ['fever', 'rash-itch:mild', 'diarrhea', 'headache']),
};
/**
 * Two checklists with `remember` on one page keep separate answers (keyed by their ids), and "Clear my answers"
 * in one leaves the other's alone.
 */
export const TwoChecklists: StoryObj = {
  render: () => html`<immuno-side-effect-checklist id="before-cycle" remember therapy="checkpoint"></immuno-side-effect-checklist>
    <hr />
    <immuno-side-effect-checklist id="after-cart" remember therapy="car-t"></immuno-side-effect-checklist>`,
};
/** A mild rash: severity lowers it to "Tell your care team at your next visit". */
export const NextVisit: Story = { args: { tick: ['rash-itch:mild'] } };
/** Severity raises a symptom: severe diarrhea is an emergency. */
export const SevereRaisesUrgency: Story = { args: { tick: ['diarrhea:severe'] } };
/** Many ticks, every level at once, most urgent first. */
export const Many: Story = { args: { tick: ['fever', 'confusion-or-seizure', 'rash-itch:mild', 'tiredness:moderate', 'headache:mild'] } };
/** Without the hospital's numbers the text says "your care team" and "your local emergency number". */
export const WithoutNumbers: Story = { args: { numbers: false, tick: ['confusion-or-seizure', 'fever'] } };
/** "None of these" ticked: the other answers are cleared, and the plan says what to do about symptoms not on the list. */
export const NoneOfThese: Story = { args: { tick: ['fever', 'none'] } };
/** `remember`: the patient sees an unticked opt-in; nothing is stored unless they tick it. */
export const Remember: Story = { args: { remember: true, tick: ['fever'] } };
/** A 280 px column: one column, 24 px targets, no sideways scrolling. */
export const Narrow: Story = { args: { width: 280, tick: ['fever', 'rash-itch:mild'] } };
/** A right-to-left page mirrors the layout. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><immuno-side-effect-checklist care-team-phone="+1 555 0100"></immuno-side-effect-checklist></div>`,
  play: ({ canvasElement }) => tick(canvasElement, ['fever']),
};
/** A hospital's own symptoms and urgency rules, given as content. */
export const HospitalContent: StoryObj = {
  render: () => html`<immuno-side-effect-checklist
    care-team-phone="0161 555 0100"
    emergency-number="999"
    .content=${{
      meta: { ...en.meta, publisher: 'Riverside Cancer Centre' },
      symptoms: {
        intro: 'Tick anything new since your last treatment day.',
        groups: [{ id: 'any', name: 'How you feel' }],
        items: [
          {
            id: 'temperature',
            group: 'any',
            label: 'A temperature of 37.5°C or higher',
            hint: 'Check it twice, an hour apart.',
            therapies: ['checkpoint', 'car-t'],
            urgency: 'call',
            advice: 'Call the 24-hour treatment helpline now.',
          },
          {
            id: 'loose-stools',
            group: 'any',
            label: 'Loose stools',
            therapies: ['checkpoint'],
            urgency: 'call',
            severity: { mild: 'visit', moderate: 'call', severe: 'emergency' },
            advice: 'Drink plenty. Follow the helpline advice for your grade.',
          },
        ],
      },
    }}
  ></immuno-side-effect-checklist>`,
};
