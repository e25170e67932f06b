import { expect, fixture, html } from '@open-wc/testing';
import type { Symptom } from '../src/content/schema.js';
import { planWords, today, type Translate } from '../src/components/side-effect-checklist/plan-words.js';
import { planSummary } from '../src/components/side-effect-checklist/summary.js';
import { buildPlan, type Severity } from '../src/components/side-effect-checklist/plan.js';
import type { TherapyKey } from '../src/content/schema.js';
import { defineAll } from '../src/define.js';
import { watchIntl } from './helpers.js';

// Short stand-ins for the UI strings, so these tests check the wiring, not the wording.
const strings: Record<string, string> = {
  urgencyEmergency: 'Emergency',
  urgencyCall: 'Call',
  urgencyVisit: 'Visit',
  planEmergencyDo: 'Dial {number}.',
  planCallDo: 'Ring {careTeam}.',
  planCallHours: 'Nights: {hoursPhone}.',
  planVisitDo: 'Tell {careTeam} later.',
  checklistCareTeam: 'the team',
  checklistCareTeamAt: 'the team at {phone}',
  checklistEmergencyNumber: 'the emergency number',
  checklistSeverityShown: 'how bad: {severity}',
  severitySevere: 'severe',
  printTitle: 'Title',
  dateLabel: 'Date {date}',
  planEmpty: 'Empty.',
  planNothing: 'None ticked.',
  checklistDisclaimer: 'Not a diagnosis.',
};
const t: Translate = (key, vars = {}) =>
  (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

const symptom = (id: string, urgency: Symptom['urgency'], extra: Partial<Symptom> = {}): Symptom => ({
  id,
  group: 'general',
  label: `Label ${id}`,
  therapies: ['checkpoint'],
  urgency,
  advice: `Advice ${id}.`,
  ...extra,
});
const rash = symptom('rash', 'call', { severity: { mild: 'visit', moderate: 'call', severe: 'emergency' } });
const cough = symptom('cough', 'call', { advice: ['First line.', 'Second line.'] });
const tired = symptom('tired', 'visit');
const all = { groups: [{ id: 'general', name: 'General' }], items: [rash, cough, tired] };
const ticks = (...pairs: [string, Severity?][]) =>
  new Map<string, Severity | undefined>(pairs.map(([id, sev]) => [id, sev]));

describe('plan words', () => {
  it('fill in the numbers as written for the copied text', () => {
    const words = planWords(t, { careTeam: ' 555 0100 ', hours: '555 0199', emergency: '911' }, true);
    expect(words.todo('emergency')).to.deep.equal(['Dial 911.']);
    expect(words.todo('call')).to.deep.equal(['Ring the team at 555 0100.', 'Nights: 555 0199.']);
    expect(words.todo('visit')).to.deep.equal(['Tell the team at 555 0100 later.']);
  });

  it('say "the team" and "the emergency number" without numbers, and leave out the out-of-hours line', () => {
    const words = planWords(t, { hours: '  ' }, true);
    expect(words.todo('emergency')).to.deep.equal(['Dial the emergency number.']);
    expect(words.todo('call')).to.deep.equal(['Ring the team.']);
  });

  it('make the numbers tel: links on screen, and leave a number without digits as words', async () => {
    const words = planWords(t, { careTeam: '+1 (555) 010-0', emergency: 'ask at the desk' });
    const el = await fixture(html`<div>${words.todo('call')} ${words.todo('emergency')}</div>`);
    expect([...el.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['tel:+15550100', '+1 (555) 010-0'],
    ]);
    expect(el.textContent).to.contain('Dial ask at the desk.');
  });
});

describe('plan summary (the copied text)', () => {
  const words = planWords(t, { careTeam: '555 0100', hours: '555 0199' }, true);

  it('lists the levels most urgent first, each with what to do and its symptoms, severity and advice', () => {
    const plan = buildPlan(all, ticks(['tired'], ['cough'], ['rash', 'severe']), false, 'all');
    expect(planSummary(plan, words, 'today').split('\n')).to.deep.equal([
      'Title',
      'Date today',
      '',
      'EMERGENCY',
      'Dial the emergency number.',
      '- Label rash (how bad: severe)',
      '  Advice rash.',
      '',
      'CALL',
      'Ring the team at 555 0100.',
      'Nights: 555 0199.',
      '- Label cough',
      '  First line.',
      '  Second line.',
      '',
      'VISIT',
      'Tell the team at 555 0100 later.',
      '- Label tired',
      '  Advice tired.',
      '',
      'Not a diagnosis.',
    ]);
  });

  it('says why the plan is empty', () => {
    expect(planSummary(buildPlan(all, ticks(), false, 'all'), words, 'd')).to.contain('Empty.');
    expect(planSummary(buildPlan(all, ticks(), true, 'all'), words, 'd')).to.contain('None ticked.');
  });
});

describe('"A, B or C" in the plan (no Intl formatter in a tick on an English page)', () => {
  const therapies: TherapyKey[][] = [['checkpoint'], ['car-t', 'bispecific'], ['checkpoint', 'car-t', 'bispecific']];
  const names = (keys: TherapyKey[]) => keys.map((k) => ({ checkpoint: 'A', 'car-t': 'B', bispecific: 'C' })[k]);
  const said: Translate = (key, vars = {}) =>
    key === 'adviceIf' ? String(vars.therapies) : ({ adviceTherapyCheckpoint: 'A', adviceTherapyCarT: 'B', adviceTherapyBispecific: 'C' } as Record<string, string>)[key] ?? key;

  it('joins the therapies as Intl.ListFormat does, in the English locales it writes itself and in the others', () => {
    for (const locale of ['en', 'en-US', 'EN-us', 'en-GB', 'en-gb', 'en-AU', 'en-IE', 'en-NZ', 'en-CA', 'en-ZA', 'en-IN', 'en-001', 'en-Latn-US', 'es', 'hi'])
      for (const keys of therapies)
        expect(planWords(said, {}, true, locale).adviceFor(keys), `${keys.join()} in ${locale}`).to.equal(
          new Intl.ListFormat(locale, { type: 'disjunction' }).format(names(keys)),
        );
  });

  it('ticking every symptom of an English checklist makes no Intl.ListFormat (it would be the page\'s first Intl formatter, in a click)', async () => {
    defineAll();
    const made: unknown[] = [];
    const restore = watchIntl(['ListFormat'], (_, args) => made.push(args[0]));
    try {
      for (const lang of ['en', 'en-GB']) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<immuno-side-effect-checklist lang="${lang}"></immuno-side-effect-checklist>`);
        const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
        expect(boxes.length).to.be.greaterThan(5);
        for (const box of boxes) {
          box.click();
          await el.updateComplete;
        }
        expect(el.shadowRoot!.textContent, 'a therapy list was said').to.match(/ or /);
        el.remove();
      }
    } finally {
      restore();
    }
    expect(made).to.deep.equal([]);
  });
});

describe("today's date on the printed and copied plan (no Intl formatter in a click on an English page)", () => {
  it('is written as Intl writes it (the local date, long style), with no Intl.DateTimeFormat in the English locales it writes itself', () => {
    const Real = Intl.DateTimeFormat;
    const made: unknown[] = [];
    const said: Record<string, string> = {};
    const restore = watchIntl(['DateTimeFormat'], (_, args) => made.push(args[0]));
    try {
      for (const locale of ['en', 'en-US', 'EN-us', 'en-GB', 'en-AU', 'en-IE', 'en-NZ']) said[locale] = today(locale);
    } finally {
      restore();
    }
    expect(made, 'formatters made').to.deep.equal([]);
    for (const [locale, words] of Object.entries(said)) expect(words, locale).to.equal(new Real(locale, { dateStyle: 'long' }).format(new Date()));
    for (const locale of ['en-CA', 'en-ZA', 'es', 'hi', 'en-u-ca-buddhist'])
      expect(today(locale), locale).to.equal(new Real(locale, { dateStyle: 'long' }).format(new Date()));
  });
});
