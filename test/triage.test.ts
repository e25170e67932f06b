import { expect } from '@open-wc/testing';
import type { Symptom } from '../src/content/schema.js';
import { buildPlan, levelOf, type Rule, type Severity } from '../src/components/side-effect-checklist/triage.js';

const symptom = (id: string, urgency: Symptom['urgency'], severity?: Symptom['severity']): Symptom => ({
  id,
  group: 'general',
  label: id,
  therapies: ['checkpoint'],
  urgency,
  severity,
  advice: `About ${id}.`,
});
const rash = symptom('rash', 'call', { mild: 'visit', moderate: 'call', severe: 'emergency' });
const cough = symptom('cough', 'call');
const tired = symptom('tired', 'visit');
const breath = symptom('breath', 'emergency');
const all = [rash, cough, tired, breath];
const ticks = (...pairs: [string, Severity?][]) =>
  new Map<string, Severity | undefined>(pairs.map(([id, sev]) => [id, sev]));

describe('triage: buildPlan', () => {
  it('keeps the ticked symptoms in content order, whatever order they were ticked in', () => {
    const plan = buildPlan(all, ticks(['breath'], ['tired'], ['rash', 'mild']), false);
    expect(plan.entries.map((e) => e.symptom.id)).to.deep.equal(['rash', 'tired', 'breath']);
  });

  it('groups entries by level, most urgent first, and leaves out empty levels', () => {
    const plan = buildPlan(all, ticks(['tired'], ['breath']), false);
    expect(plan.levels.map((l) => [l.level, l.entries.map((e) => e.symptom.id)])).to.deep.equal([
      ['emergency', ['breath']],
      ['visit', ['tired']],
    ]);
  });

  it('lets severity decide where the content says so, and uses the own level when severity is not given', () => {
    const level = (sev?: Severity) => buildPlan(all, ticks(['rash', sev]), false).entries[0].level;
    expect([level('mild'), level('moderate'), level('severe'), level(undefined)]).to.deep.equal([
      'visit',
      'call',
      'emergency',
      'call',
    ]);
    expect(buildPlan(all, ticks(['cough', 'mild']), false).entries[0].level).to.equal('call');
  });

  it('counts per level, zeros included', () => {
    const plan = buildPlan(all, ticks(['rash', 'severe'], ['breath'], ['cough']), false);
    expect(plan.counts).to.deep.equal({ emergency: 2, call: 1, visit: 0 });
  });

  it('leaves out ticked ids that are not among the symptoms shown (another therapy, old content)', () => {
    const plan = buildPlan([tired], ticks(['tired'], ['breath'], ['gone']), false);
    expect(plan.entries.map((e) => e.symptom.id)).to.deep.equal(['tired']);
    expect(plan.counts).to.deep.equal({ emergency: 0, call: 0, visit: 1 });
  });

  it('is empty with nothing ticked, and carries "none of these"', () => {
    const plan = buildPlan(all, ticks(), true);
    expect(plan).to.deep.equal({ entries: [], levels: [], counts: { emergency: 0, call: 0, visit: 0 }, none: true });
  });

  it('does not change its inputs', () => {
    const ticked = ticks(['rash', 'mild']);
    const copy = structuredClone(all);
    buildPlan(all, ticked, false);
    expect(all).to.deep.equal(copy);
    expect([...ticked]).to.deep.equal([['rash', 'mild']]);
  });
});

describe('triage: extra rules', () => {
  // A combination rule: a cough together with a rash is a call-now, whatever each says alone.
  const together: Rule = ({ symptom }, { ticked }) =>
    ['rash', 'cough'].includes(symptom.id) && ['rash', 'cough'].every((id) => ticked.some((t) => t.symptom.id === id))
      ? 'emergency'
      : undefined;

  it('raises a level when a rule asks for more, seeing everything ticked', () => {
    const plan = buildPlan(all, ticks(['rash', 'mild'], ['cough'], ['tired']), false, [together]);
    expect(plan.entries.map((e) => e.level)).to.deep.equal(['emergency', 'emergency', 'visit']);
    expect(buildPlan(all, ticks(['rash', 'mild']), false, [together]).entries[0].level).to.equal('visit');
  });

  it('never lowers what the content says', () => {
    const calm: Rule = () => 'visit';
    expect(levelOf({ symptom: breath }, undefined, [calm])).to.equal('emergency');
    expect(levelOf({ symptom: rash, severity: 'severe' }, undefined, [calm, () => undefined])).to.equal('emergency');
  });

  it('takes the most urgent of several rules', () => {
    expect(levelOf({ symptom: tired }, undefined, [() => 'call', () => 'emergency', () => 'visit'])).to.equal('emergency');
  });
});
