import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { en } from '../src/content/en/index.js';
import { SymptomsSectionSchema, type SymptomsSection, type TherapyKey, type Urgency } from '../src/content/schema.js';
import { levelFor, ownLevel, triage, urgencies, type Severity, type TherapyFilter } from '../src/content/triage.js';

const section = en.symptoms!;
type Ticks = [string, Severity?][];
const run = (ticks: Ticks, therapy: TherapyFilter, s: SymptomsSection = section) =>
  triage(s, new Map(ticks.map(([id, sev]) => [id, sev])), therapy);
/** The level of one ticked symptom. */
const level = (ticks: Ticks, therapy: TherapyFilter, id = ticks[0][0]) =>
  run(ticks, therapy).entries.find((e) => e.symptom.id === id)?.level;
const rank = (u: Urgency) => urgencies.indexOf(u);

describe('triage over the built-in content', () => {
  describe('1. CAR-T and bispecific antibodies: cytokine release syndrome and ICANS', () => {
    it('makes a temperature of 38 °C / 100.4 °F an emergency after CAR-T or a bispecific antibody, a call on checkpoint inhibitors', () => {
      expect(level([['fever']], 'car-t')).to.equal('emergency');
      expect(level([['fever']], 'bispecific')).to.equal('emergency');
      expect(level([['fever']], 'checkpoint')).to.equal('call');
    });
    it('makes chills with aches an emergency after CAR-T or a bispecific antibody', () => {
      expect(level([['car-t-chills-aches']], 'car-t')).to.equal('emergency');
      expect(level([['car-t-chills-aches']], 'bispecific')).to.equal('emergency');
    });
    it('makes confusion, trouble speaking or writing, shaking or a seizure an emergency after CAR-T or a bispecific antibody', () => {
      for (const id of ['car-t-confusion', 'car-t-speech-writing', 'car-t-shaking-seizure'])
        for (const t of ['car-t', 'bispecific'] as const) expect(level([[id]], t), `${id} ${t}`).to.equal('emergency');
    });
  });

  describe('2. headache', () => {
    it('is at least a call, even when mild', () => {
      for (const t of ['checkpoint', 'car-t', 'bispecific', 'all'] as const)
        for (const sev of [undefined, 'mild', 'moderate'] as const)
          expect(rank(level([['headache', sev]], t)!), `${t} ${sev}`).to.be.at.most(rank('call'));
    });
    it('is an emergency when sudden or severe', () => {
      expect(level([['headache', 'severe']], 'checkpoint')).to.equal('emergency');
    });
    it('is an emergency with a fever, confusion or a change in sight', () => {
      expect(level([['headache', 'mild'], ['fever']], 'checkpoint')).to.equal('emergency');
      expect(level([['headache', 'mild'], ['vision-changes']], 'checkpoint')).to.equal('emergency');
      expect(level([['headache', 'mild'], ['confusion-or-seizure']], 'checkpoint')).to.equal('emergency');
      expect(level([['headache', 'mild'], ['car-t-confusion']], 'car-t')).to.equal('emergency');
    });
  });

  describe('3. one sign, one level', () => {
    it('puts "a racing heart at rest" only under chest pain and heartbeat, as an emergency', () => {
      const racing = section.items.filter((s) => /rac(ing|es)/i.test(`${s.label} ${s.hint ?? ''}`));
      expect(racing.map((s) => s.id)).to.deep.equal(['chest-pain-or-heartbeat']);
      for (const t of ['checkpoint', 'car-t', 'bispecific', 'all'] as const)
        expect(level([['chest-pain-or-heartbeat']], t)).to.equal('emergency');
    });
    it('gives each emergency sign one level wherever it appears', () => {
      // Signs that are an emergency somewhere; "Severe means …" sentences define severity and are left out.
      const signs = [/racing|fast heart|uneven heart/i, /seizure/i, /confus/i, /trouble breathing/i, /loss of sight/i, /hard to wake/i];
      for (const sign of signs) {
        const hits = section.items.filter((s) =>
          sign.test(`${s.label} ${(s.hint ?? '').replace(/Severe means[^.]*\./g, '')}`),
        );
        expect(hits.length, String(sign)).to.be.greaterThan(0);
        for (const s of hits)
          for (const t of s.therapies)
            for (const sev of [undefined, 'mild', 'moderate', 'severe'] as const)
              expect(ownLevel(s, t, sev).level, `${s.id} ${t} ${sev} (${sign})`).to.equal('emergency');
      }
    });
  });

  describe('4. severe vomiting and loss of sight', () => {
    it('makes severe nausea or vomiting (cannot keep drinks down) an emergency', () => {
      expect(level([['nausea-vomiting', 'severe']], 'checkpoint')).to.equal('emergency');
    });
    it('makes sudden loss of sight an emergency for every therapy', () => {
      for (const t of ['checkpoint', 'car-t', 'bispecific', 'all'] as const) expect(level([['vision-loss']], t)).to.equal('emergency');
    });
  });

  describe('5. combinations raise the level above each symptom alone', () => {
    it('tiredness, dizziness and vomiting: possible adrenal crisis', () => {
      const ticks: Ticks = [['tiredness', 'moderate'], ['dizzy-or-faint', 'mild'], ['nausea-vomiting', 'mild']];
      for (const [id, sev] of ticks) expect(level([[id, sev]], 'checkpoint'), id).to.not.equal('emergency');
      const r = run(ticks, 'checkpoint');
      expect(r.entries.map((e) => [e.symptom.id, e.level, e.raisedBy])).to.deep.equal([
        ['nausea-vomiting', 'emergency', 'adrenal-crisis'],
        ['tiredness', 'emergency', 'adrenal-crisis'],
        ['dizzy-or-faint', 'emergency', 'adrenal-crisis'],
      ]);
      expect(r.firedRules.map((c) => c.id)).to.deep.equal(['adrenal-crisis']);
      expect(r.overall).to.equal('emergency');
    });
    it('headache, a change in sight and tiredness: pituitary gland', () => {
      const ticks: Ticks = [['headache', 'mild'], ['vision-changes'], ['tiredness', 'mild']];
      for (const [id, sev] of ticks) expect(level([[id, sev]], 'checkpoint'), id).to.not.equal('emergency');
      const r = run(ticks, 'checkpoint');
      expect(r.firedRules.map((c) => c.id)).to.include('pituitary');
      expect(r.entries.every((e) => e.level === 'emergency')).to.equal(true);
    });
    it('never lowers a level', () => {
      const r = run([['tiredness', 'mild'], ['dizzy-or-faint', 'severe'], ['nausea-vomiting', 'mild'], ['chest-pain-or-heartbeat']], 'checkpoint');
      const alone = (id: string) => r.entries.find((e) => e.symptom.id === id)!;
      expect(alone('dizzy-or-faint').level).to.equal('emergency');
      expect(alone('dizzy-or-faint').raisedBy).to.equal(undefined);
      expect(alone('chest-pain-or-heartbeat').level).to.equal('emergency');
      const low: SymptomsSection = { ...section, combinations: [{ id: 'lower', when: { all: ['chest-pain-or-heartbeat'] }, level: 'visit' }] };
      expect(run([['chest-pain-or-heartbeat']], 'checkpoint', low).entries[0].level).to.equal('emergency');
    });
    it('applies a combination only to its therapies, and to all of them under "all"', () => {
      const ticks: Ticks = [['tiredness', 'moderate'], ['dizzy-or-faint', 'mild'], ['nausea-vomiting', 'mild']];
      expect(run(ticks, 'car-t').firedRules).to.deep.equal([]);
      expect(run(ticks, 'all').firedRules.map((c) => c.id)).to.deep.equal(['adrenal-crisis']);
    });
  });

  describe('clinical read: rules the advice already promised', () => {
    it('blisters or peeling skin with a fever: emergency (Stevens-Johnson syndrome, toxic epidermal necrolysis)', () => {
      expect(level([['blisters-peeling', 'mild']], 'checkpoint')).to.equal('call');
      expect(level([['blisters-peeling', 'mild'], ['fever']], 'checkpoint')).to.equal('emergency');
      expect(level([['blisters-peeling', 'mild'], ['fever']], 'all')).to.equal('emergency');
    });
    it('new weakness with a cough or shortness of breath: emergency (myasthenia gravis can weaken the breathing muscles)', () => {
      expect(level([['muscle-weakness-numbness', 'mild']], 'checkpoint')).to.equal('call');
      const r = run([['muscle-weakness-numbness', 'mild'], ['cough-or-short-of-breath', 'mild']], 'checkpoint');
      expect(r.entries.map((e) => [e.symptom.id, e.level, e.raisedBy])).to.deep.equal([
        ['muscle-weakness-numbness', 'emergency', 'weakness-and-breathing'],
        ['cough-or-short-of-breath', 'emergency', 'weakness-and-breathing'],
      ]);
    });
    it('after CAR-T, nausea or vomiting and strong tiredness are listed: at least a call, an emergency when severe (CAR-T wallet card)', () => {
      for (const id of ['nausea-vomiting', 'tiredness']) {
        for (const sev of [undefined, 'mild', 'moderate'] as const) expect(level([[id, sev]], 'car-t'), `${id} ${sev}`).to.equal('call');
        expect(level([[id, 'severe']], 'car-t'), id).to.equal('emergency');
        expect(level([[id, 'mild']], 'all'), `${id} all`).to.equal('call');
      }
    });
  });

  describe('6. symptoms not on the list', () => {
    it('has data that says to call the care team about anything new, with the examples', () => {
      const text = JSON.stringify(section.notListed);
      for (const word of ['Call your care team', 'Peeing less', 'dark pee', 'Swollen ankles or legs', 'Bruising or bleeding', 'new'])
        expect(text, word).to.contain(word);
    });
  });

  describe('7. and 8. one wording per level', () => {
    it('never tells a patient only "next visit", and no advice says "today"', () => {
      for (const s of section.items) {
        const texts = [s.advice, ...Object.values(s.levels ?? {}).map((l) => l?.advice)].map((a) => JSON.stringify(a ?? ''));
        for (const t of texts) {
          expect(t, s.id).to.not.match(/\btoday\b/i);
          if (/next visit/i.test(t)) expect(t, s.id).to.match(/within a few days, or at your next visit if that is sooner/);
        }
      }
    });
  });

  describe('9. bispecific antibodies', () => {
    it('have cytokine-release and nervous-system signs, named by the explorer and keyed to the checklist', () => {
      const ids = section.items.filter((s) => s.therapies.includes('bispecific')).map((s) => s.id);
      expect(ids).to.include.members(['fever', 'car-t-chills-aches', 'car-t-confusion', 'car-t-speech-writing', 'car-t-shaking-seizure']);
      const therapy = en.therapies!.items.find((t) => t.checklist === 'bispecific')!;
      expect(therapy.id).to.equal('bispecific-antibodies');
      expect(therapy.sideEffects).to.include.members(['fever', 'car-t-chills-aches', 'car-t-confusion', 'car-t-speech-writing']);
    });
  });

  describe('10. one symptom, one row', () => {
    it('lists the temperature once with therapy "all", at the most urgent level of its therapies', () => {
      const labels = section.items.map((s) => s.label).filter((l) => /100\.4/.test(l));
      expect(labels).to.have.length(1);
      expect(level([['fever']], 'all')).to.equal('emergency');
    });
    it('has no two symptoms with the same label', () => {
      const labels = section.items.map((s) => s.label);
      expect(new Set(labels).size).to.equal(labels.length);
    });
  });

  describe('11. hints', () => {
    it('gives every built-in symptom a hint', () => {
      for (const s of section.items) expect(s.hint, s.id).to.be.a('string').and.not.equal('');
    });
  });

  describe('advice never assumes a treatment the patient may not have had', () => {
    /** The therapies a text names (cytokine release syndrome is named only for CAR-T and bispecific antibodies). */
    const named = (rt: unknown): TherapyKey[] => {
      const text = JSON.stringify(rt ?? '');
      const out: TherapyKey[] = [];
      if (/checkpoint/i.test(text)) out.push('checkpoint');
      if (/CAR[- ]T|cytokine release|\bCRS\b/.test(text)) out.push('car-t');
      if (/bispecific|cytokine release|\bCRS\b/i.test(text)) out.push('bispecific');
      return out;
    };
    it('gives each therapy advice that names no other treatment unless it names its own too', () => {
      for (const s of section.items)
        for (const t of s.therapies)
          for (const sev of [undefined, 'mild', 'moderate', 'severe'] as const) {
            const n = named(levelFor(s, t, sev).advice);
            if (n.length) expect(n, `${s.id} for ${t}`).to.include(t);
          }
      for (const c of section.combinations ?? [])
        for (const n of [named(c.advice), named(c.explanation)])
          if (n.length) expect(c.therapies ?? [], c.id).to.include.members(n);
    });
    it('with "all", labels each therapy\'s advice when they differ, most urgent first, every therapy once', () => {
      for (const s of section.items)
        for (const sev of [undefined, 'mild', 'moderate', 'severe'] as const) {
          const own = ownLevel(s, 'all', sev);
          const texts = new Set(s.therapies.map((t) => JSON.stringify(levelFor(s, t, sev).advice)));
          if (texts.size < 2) {
            expect(own.adviceByTherapy, s.id).to.equal(undefined);
            continue;
          }
          const groups = own.adviceByTherapy!;
          expect(groups.flatMap((g) => g.therapies).sort(), s.id).to.deep.equal([...s.therapies].sort());
          expect(groups[0].level, s.id).to.equal(own.level);
          for (const g of groups) for (const t of g.therapies) expect(levelFor(s, t, sev).advice, `${s.id} ${t}`).to.deep.equal(g.advice);
        }
      const fever = run([['fever']], 'all').entries[0];
      expect(fever.level).to.equal('emergency');
      expect(fever.adviceByTherapy!.map((g) => [g.therapies, g.level])).to.deep.equal([
        [['car-t', 'bispecific'], 'emergency'],
        [['checkpoint'], 'call'],
      ]);
      expect(run([['fever']], 'car-t').entries[0].adviceByTherapy).to.equal(undefined);
    });
  });

  describe('the function', () => {
    it('ignores unknown ids and symptoms of another therapy', () => {
      const r = run([['no-such-symptom', 'severe'], ['fever'], ['car-t-confusion']], 'checkpoint');
      expect(r.entries.map((e) => e.symptom.id)).to.deep.equal(['fever']);
      expect(r.counts).to.deep.equal({ emergency: 0, call: 1, visit: 0 });
    });
    it('returns no overall level when nothing is ticked', () => {
      const r = run([], 'all');
      expect(r.overall).to.equal(undefined);
      expect(r.entries).to.deep.equal([]);
    });
    it('reaches a level for every symptom × severity × therapy', () => {
      for (const s of section.items)
        for (const t of ['checkpoint', 'car-t', 'bispecific', 'all'] as const)
          for (const sev of [undefined, 'mild', 'moderate', 'severe'] as const) {
            const r = run([[s.id, sev]], t);
            if (t !== 'all' && !s.therapies.includes(t)) expect(r.entries, `${s.id} ${t}`).to.have.length(0);
            else expect(urgencies, `${s.id} ${t} ${sev}`).to.include(r.entries[0].level);
          }
    });
    it('never makes skipping "How bad is it?" less careful than "moderate"', () => {
      for (const s of section.items)
        for (const t of s.therapies)
          expect(rank(ownLevel(s, t).level), `${s.id} ${t}`).to.be.at.most(rank(ownLevel(s, t, 'moderate').level));
    });
    it('uses a hospital\'s replacement rules and nothing of the built-in ones', () => {
      const hospital = v.parse(SymptomsSectionSchema, {
        groups: [{ id: 'g', name: 'General' }],
        items: [
          { id: 'a', group: 'g', label: 'A', therapies: ['checkpoint'], urgency: 'visit', advice: 'A.', levels: { 'car-t': { urgency: 'call' } } },
          { id: 'b', group: 'g', label: 'B', therapies: ['checkpoint', 'car-t'], urgency: 'visit', advice: 'B.' },
          { id: 'tiredness', group: 'g', label: 'Tired', therapies: ['checkpoint'], urgency: 'visit', advice: 'T.' },
        ],
        combinations: [{ id: 'a-and-b', when: { all: ['a'], any: ['b', 'x'], min: 1 }, level: 'call', source: 'Our protocol' }],
      });
      expect(run([['a'], ['b']], 'checkpoint', hospital).entries.map((e) => [e.symptom.id, e.level, e.raisedBy])).to.deep.equal([
        ['a', 'call', 'a-and-b'],
        ['b', 'call', 'a-and-b'],
      ]);
      expect(run([['a']], 'checkpoint', hospital).entries[0].level).to.equal('visit');
      expect(run([['a']], 'all', hospital).entries[0].level).to.equal('visit');
      expect(run([['b']], 'car-t', hospital).entries[0].level).to.equal('visit');
      const noRules = { ...hospital, combinations: [] };
      expect(run([['a'], ['b']], 'checkpoint', noRules).firedRules).to.deep.equal([]);
    });
    it('requires `min` of the `any` list', () => {
      const s = v.parse(SymptomsSectionSchema, {
        groups: [{ id: 'g', name: 'G' }],
        items: ['a', 'b', 'c', 'd'].map((id) => ({ id, group: 'g', label: id, therapies: ['checkpoint'], urgency: 'visit', advice: 'x' })),
        combinations: [{ id: 'r', when: { all: ['a'], any: ['b', 'c', 'd'], min: 2 }, level: 'emergency' }],
      });
      expect(run([['a'], ['b']], 'checkpoint', s).overall).to.equal('visit');
      expect(run([['a'], ['b'], ['d']], 'checkpoint', s).entries.map((e) => e.level)).to.deep.equal(['emergency', 'emergency', 'emergency']);
    });
  });
});
