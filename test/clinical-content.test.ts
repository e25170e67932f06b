import { expect } from '@open-wc/testing';
import { en } from '../src/content/en/index.js';
import { plainText } from '../src/content/rich-text.js';
import type { RichText } from '../src/content/schema.js';

/** Plain text of rich text, one string per paragraph or list item (the widgets' own `plainText`). */
const paragraphs = (rt: RichText | undefined): string[] => plainText(rt).split('\n').filter(Boolean);

/** The prose of each section, in reading order (names and medicine lists left out). */
const prose: Record<string, string[]> = {
  therapies: [
    ...paragraphs(en.therapies!.intro),
    ...en.therapies!.items.flatMap((t) => [t.summary, ...paragraphs(t.howItWorks), ...paragraphs(t.schedule), ...paragraphs(t.sideEffectsNote), ...(t.questions ?? [])]),
  ],
  steps: [...paragraphs(en.steps!.intro), ...en.steps!.items.flatMap((s) => [s.title, ...paragraphs(s.text), ...paragraphs(s.detail)])],
  symptoms: [
    ...paragraphs(en.symptoms!.intro),
    ...en.symptoms!.items.flatMap((s) => [s.label, s.hint ?? '', ...paragraphs(s.advice), ...Object.values(s.levels ?? {}).flatMap((l) => paragraphs(l?.advice))]),
    ...(en.symptoms!.combinations ?? []).flatMap((c) => [...paragraphs(c.explanation), ...paragraphs(c.advice)]),
    ...paragraphs(en.symptoms!.notListed),
  ],
  faq: [...paragraphs(en.faq!.intro), ...en.faq!.items.flatMap((q) => [q.question, ...paragraphs(q.answer)])],
};
const all = Object.values(prose).flat().join('\n');
const faq = (id: string) => paragraphs(en.faq!.items.find((q) => q.id === id)!.answer).join(' ');
const therapy = (id: string) => en.therapies!.items.find((t) => t.id === id)!;

describe('clinical content of the built-in English pack', () => {
  describe('explains each hard term where it first appears in a section', () => {
    const terms: [string, RegExp, RegExp][] = [
      ['PD-1', /\bPD-1\b/, /PD-1 is a|called PD-1/],
      ['PD-L1', /\bPD-L1\b/, /PD-L1 is|called PD-L1/],
      ['CTLA-4', /\bCTLA-4\b/, /CTLA-4 is|called CTLA-4/],
      ['autoimmune', /autoimmune/i, /autoimmune disease, where the immune system attacks/],
      ['steroid', /steroid/i, /[Ss]teroids are|These are strong medicines|[Ss]teroids \(/],
      ['thyroid', /thyroid/i, /[Tt]he thyroid is a gland/],
    ];
    for (const [section, paras] of Object.entries(prose))
      for (const [term, mention, definition] of terms) {
        const i = paras.findIndex((p) => mention.test(p));
        if (i < 0) continue;
        it(`${section}: ${term}`, () => {
          expect(definition.test(`${paras[i]} ${paras[i + 1] ?? ''}`), `first mention: "${paras[i]}"`).to.equal(true);
        });
      }
  });

  it('says side effects can start a year or more after treatment, never "for some time"', () => {
    expect(all).to.not.match(/for some time/i);
    expect(paragraphs(en.symptoms!.intro).join(' ')).to.match(/a year or more after treatment ends/);
  });

  it('says checkpoint blockers work mostly at the tumor (PD-1) and in the lymph nodes (CTLA-4)', () => {
    const text = paragraphs(therapy('checkpoint-inhibitors').howItWorks).join(' ');
    expect(text).to.match(/PD-1 or PD-L1 work mostly inside the tumor/);
    expect(text).to.match(/CTLA-4[^.]*\. Medicines that block it work mostly earlier, in the lymph nodes/);
  });

  it('gives bispecific antibodies their own schedule: step-up doses in hospital, blinatumomab by pump for 4 weeks', () => {
    const schedule = paragraphs(therapy('bispecific-antibodies').schedule).join(' ');
    expect(schedule).to.match(/step up/).and.match(/hospital for 1 to 3 days/).and.match(/Blinatumomab is different. It drips slowly into a vein all day and night for 4 weeks. It runs from a small pump/);
    expect(therapy('monoclonal-antibodies').medicines!.map((m) => m.generic)).to.not.include('blinatumomab');
  });

  it('adds TIL therapy (lifileucel, Amtagvi) for melanoma', () => {
    expect(therapy('til-therapy').medicines).to.deep.equal([{ generic: 'lifileucel', brands: ['Amtagvi'] }]);
    expect(therapy('til-therapy').cancers).to.deep.equal(['melanoma']);
  });

  it('says not to breastfeed for several months after the last dose', () => {
    expect(faq('pregnancy-and-fertility')).to.contain('Do not breastfeed during treatment, and for several months after the last dose, as your care team advises.');
  });

  it('covers steroids, lifelong hormones, the steroid emergency card, low blood sugar, blood tests and transplants', () => {
    expect(faq('steroids')).to.match(/exactly as/).and.match(/Never stop them suddenly/).and.match(/side effects of their own/);
    expect(faq('hormone-problems')).to.match(/for life/).and.match(/steroid emergency card/).and.match(/low blood sugar/);
    expect(faq('blood-tests')).to.match(/before you feel it/);
    expect(faq('organ-transplant')).to.match(/rejection/);
  });

  it('gives CAR-T follow-up as current labels have it: at least 2 weeks near the center, no driving for at least 2 weeks, checks for years', () => {
    const text = faq('car-t-staying-close');
    expect(text).to.match(/at least 2 weeks after the infusion/).and.match(/Do not drive[^.]*at least 2 weeks/).and.match(/up to 15 years/);
  });

  it('carries no advice that says only "next visit" or "today", and says "call" the same way everywhere', () => {
    for (const p of prose.symptoms) {
      expect(p).to.not.match(/\btoday\b/i);
      if (/next visit/i.test(p)) expect(p).to.match(/within a few days, or at your next visit if that is sooner/);
    }
  });

  it('gives every symptom and combination a source, and references only real symptoms and therapies', () => {
    const ids = new Set(en.symptoms!.items.map((s) => s.id));
    for (const s of en.symptoms!.items) {
      expect(s.source, s.id).to.be.a('string');
      for (const t of Object.keys(s.levels ?? {})) expect(s.therapies, `${s.id} levels.${t}`).to.include(t);
    }
    for (const c of en.symptoms!.combinations ?? []) {
      expect(c.source, c.id).to.be.a('string');
      for (const id of [...c.when.all, ...(c.when.any ?? [])]) expect(ids.has(id), `${c.id} → ${id}`).to.equal(true);
    }
  });
});
