import { expect } from '@open-wc/testing';
import type { Symptom } from '../src/content/schema.js';
import type { Combination, SymptomsSection } from '../src/content/schema.js';
import { buildPlan, type Severity } from '../src/components/side-effect-checklist/plan.js';

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
const section = (items: Symptom[], combinations?: Combination[]): SymptomsSection => ({
  groups: [{ id: 'general', name: 'General' }],
  items,
  combinations,
});
const all = section([rash, cough, tired, breath]);
const ticks = (...pairs: [string, Severity?][]) =>
  new Map<string, Severity | undefined>(pairs.map(([id, sev]) => [id, sev]));

describe('triage: buildPlan', () => {
  it('keeps the ticked symptoms in content order, whatever order they were ticked in', () => {
    const plan = buildPlan(all, ticks(['breath'], ['tired'], ['rash', 'mild']), false, 'checkpoint');
    expect(plan.entries.map((e) => e.symptom.id)).to.deep.equal(['rash', 'tired', 'breath']);
  });

  it('groups entries by level, most urgent first, and leaves out empty levels', () => {
    const plan = buildPlan(all, ticks(['tired'], ['breath']), false, 'checkpoint');
    expect(plan.levels.map((l) => [l.level, l.entries.map((e) => e.symptom.id)])).to.deep.equal([
      ['emergency', ['breath']],
      ['visit', ['tired']],
    ]);
  });

  it('lets severity decide where the content says so, and uses the own level when severity is not given', () => {
    const level = (sev?: Severity) => buildPlan(all, ticks(['rash', sev]), false, 'checkpoint').entries[0].level;
    expect([level('mild'), level('moderate'), level('severe'), level(undefined)]).to.deep.equal([
      'visit',
      'call',
      'emergency',
      'call',
    ]);
    expect(buildPlan(all, ticks(['cough', 'mild']), false, 'checkpoint').entries[0].level).to.equal('call');
  });

  it('counts per level, zeros included', () => {
    const plan = buildPlan(all, ticks(['rash', 'severe'], ['breath'], ['cough']), false, 'checkpoint');
    expect(plan.counts).to.deep.equal({ emergency: 2, call: 1, visit: 0 });
  });

  it('leaves out ticked ids that are not among the symptoms shown (another therapy, old content)', () => {
    const plan = buildPlan(section([tired]), ticks(['tired'], ['breath'], ['gone']), false, 'all');
    expect(plan.entries.map((e) => e.symptom.id)).to.deep.equal(['tired']);
    expect(plan.counts).to.deep.equal({ emergency: 0, call: 0, visit: 1 });
  });

  it('is empty with nothing ticked, and carries "none of these"', () => {
    const plan = buildPlan(all, ticks(), true, 'checkpoint');
    expect(plan).to.deep.equal({ entries: [], levels: [], counts: { emergency: 0, call: 0, visit: 0 }, firedRules: [], none: true, notListed: undefined });
  });

  it('does not change its inputs', () => {
    const ticked = ticks(['rash', 'mild']);
    const copy = structuredClone(all);
    buildPlan(all, ticked, false, 'all');
    expect(all).to.deep.equal(copy);
    expect([...ticked]).to.deep.equal([['rash', 'mild']]);
  });
});

describe('buildPlan: combination rules from the content', () => {
  // A combination rule as data: a cough together with a rash is an emergency, whatever each says alone.
  const together: Combination = { id: 'together', when: { all: ['rash', 'cough'] }, level: 'emergency' };
  const withRule = section([rash, cough, tired, breath], [together]);

  it('raises the level of the symptoms it matches and names the rule', () => {
    const plan = buildPlan(withRule, ticks(['rash', 'mild'], ['cough'], ['tired']), false, 'checkpoint');
    expect(plan.entries.map((e) => e.level)).to.deep.equal(['emergency', 'emergency', 'visit']);
    expect(plan.entries[0].raisedBy).to.equal('together');
    expect(plan.firedRules.map((r) => r.id)).to.deep.equal(['together']);
    expect(buildPlan(withRule, ticks(['rash', 'mild']), false, 'checkpoint').entries[0].level).to.equal('visit');
  });

  it('never lowers what the content says', () => {
    const calm = section([rash, breath], [{ id: 'calm', when: { all: ['rash', 'breath'] }, level: 'visit' }]);
    const plan = buildPlan(calm, ticks(['rash', 'severe'], ['breath']), false, 'checkpoint');
    expect(plan.entries.map((e) => e.level)).to.deep.equal(['emergency', 'emergency']);
  });
});
