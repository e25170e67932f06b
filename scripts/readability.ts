// Reading level of the built-in English pack: Flesch-Kincaid grade per section
// and per sentence. `npx tsx scripts/readability.ts` prints the figures;
// `--check` exits 1 when a section is above grade 8, or a sentence is far above
// it: longer than 25 words, or 10 words or more at a grade above 12. (Flesch-Kincaid
// on a very short sentence mostly measures one long word, so it is not judged.)
//
// A node script, not a browser test: `syllable` depends on `pluralize`, which
// is CommonJS and does not load in the browser test runner without a bundler.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { en } from '../src/content/en/index.js';
import { plainText } from '../src/content/rich-text.js';
import type { ContentPack, RichText } from '../src/content/schema.js';

export const SECTION_MAX = 8;
export const SENTENCE_MAX = 12;
export const SENTENCE_WORDS = 25;
const JUDGED_FROM_WORDS = 10;

/** Plain text of rich text, one string per paragraph or list item (the widgets' own `plainText`). */
export const paragraphs = (rt: RichText | undefined): string[] => plainText(rt).split('\n').filter(Boolean);

/** Sentences of a paragraph; a heading-like string with no full stop is one sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.map((w) => w.replace(/[.]$/, '')) ?? [];

export function grade(sentenceList: string[]): number {
  const ws = sentenceList.flatMap(words);
  if (!ws.length) return 0;
  // Digits and units are read as one short word.
  const syl = ws.reduce((n, w) => n + (/\d/.test(w) ? 1 : Math.max(1, syllable(w))), 0);
  return fleschKincaid({ sentence: sentenceList.length, word: ws.length, syllable: syl });
}

/** The patient-facing text of each section (ids, medicine names and URLs left out). */
export function sectionTexts(pack: ContentPack = en): Record<string, string[]> {
  const t = pack.therapies!;
  const sy = pack.symptoms!;
  return {
    meta: paragraphs(pack.meta.disclaimer),
    therapies: [
      ...paragraphs(t.intro),
      ...t.items.flatMap((x) => [
        x.summary,
        ...paragraphs(x.howItWorks),
        ...x.givenBy,
        ...paragraphs(x.schedule),
        ...paragraphs(x.sideEffectsNote),
        ...(x.questions ?? []),
      ]),
    ],
    steps: [...paragraphs(pack.steps!.intro), ...pack.steps!.items.flatMap((x) => [x.title, ...paragraphs(x.text), ...paragraphs(x.detail)])],
    symptoms: [
      ...paragraphs(sy.intro),
      ...sy.groups.map((g) => g.name),
      ...sy.items.flatMap((x) => [
        x.label,
        x.hint ?? '',
        ...paragraphs(x.advice),
        ...Object.values(x.levels ?? {}).flatMap((l) => paragraphs(l?.advice)),
      ]),
      ...(sy.combinations ?? []).flatMap((c) => [...paragraphs(c.advice), ...paragraphs(c.explanation)]),
      ...paragraphs(sy.notListed),
    ].filter(Boolean),
    faq: [...paragraphs(pack.faq!.intro), ...pack.faq!.items.flatMap((q) => [q.question, ...paragraphs(q.answer)])],
  };
}

export function report() {
  return Object.entries(sectionTexts()).map(([name, paras]) => {
    const all = paras.flatMap(sentences);
    const hard = all
      .map((s) => ({ s, g: grade([s]), n: words(s).length }))
      .filter((x) => x.n > SENTENCE_WORDS || (x.n >= JUDGED_FROM_WORDS && x.g > SENTENCE_MAX));
    return { name, grade: grade(all), sentences: all.length, hard };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = report();
  let failed = false;
  for (const r of rows) {
    const over = r.grade > SECTION_MAX;
    failed ||= over || r.hard.length > 0;
    console.log(`${r.name.padEnd(10)} grade ${r.grade.toFixed(1).padStart(5)}  (${r.sentences} sentences)${over ? `  ABOVE ${SECTION_MAX}` : ''}`);
    for (const h of r.hard) console.log(`    sentence (grade ${h.g.toFixed(1)}, ${h.n} words): ${h.s}`);
  }
  if (process.argv.includes('--check') && failed) {
    console.error(`\nReading level too high: sections must be grade ${SECTION_MAX} or below; split or simplify the sentences listed.`);
    process.exit(1);
  }
}
