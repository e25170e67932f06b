// Reading level of the built-in Spanish pack, with the Spanish formulas:
// Fernández-Huerta (1959, in its corrected form) and Szigriszt-Pazos (1993)
// read on the INFLESZ scale (Barrio-Cantalejo et al., 2008), per section and
// for the whole pack. Syllables come from `silabea` (Spanish syllabification,
// diphthongs and hiatus included); the formulas are two lines each, below.
// `npx tsx scripts/readability-es.ts` prints the figures (docs/content.md
// reports them); `--check` exits 1 when a section is below INFLESZ "normal" (55).
import { createRequire } from 'node:module';
import { en } from '../src/content/en/index.js';
import { text } from '../src/content/es/index.js';
import { localize } from '../src/content/translation.js';
import { sectionTexts } from './readability.js';

const require = createRequire(import.meta.url);
const { getSilabas } = require('silabea') as { getSilabas: (w: string) => { numeroSilaba: number } };

/** INFLESZ "normal" or easier: the level Spanish health-information studies ask of patient leaflets. */
export const INFLESZ_MIN = 55;

/** Sentences: split after . ! ? … (a heading or a list item without a full stop is one sentence). */
const sentences = (p: string) => p.split(/(?<=[.!?…])\s+/).filter((s) => /\p{L}/u.test(s));
/** Words of Spanish text: letters only (numbers, units and abbreviations such as "IL-2" count as one short word). */
const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
/** Syllables of a word: digits and all-capital abbreviations are read as one. */
const syllables = (w: string) =>
  /\d/.test(w) || (w === w.toUpperCase() && w.length > 1) ? 1 : Math.max(1, getSilabas(w.toLowerCase()).numeroSilaba || 1);

export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
}

export function counts(paragraphs: string[]): Counts {
  const all = paragraphs.flatMap(sentences);
  const ws = all.flatMap(words);
  return { sentences: all.length, words: ws.length, syllables: ws.reduce((n, w) => n + syllables(w), 0) };
}

/** Fernández-Huerta ease: 206.84 − 60 × syllables per word − 1.02 × words per sentence (0–100, higher is easier). */
export const fernandezHuerta = (c: Counts) => 206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences);
/** Szigriszt-Pazos perspicuity: 206.835 − 62.3 × syllables per word − words per sentence. */
export const szigrisztPazos = (c: Counts) => 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
/** The INFLESZ band of a Szigriszt-Pazos score. */
export const inflesz = (score: number) =>
  score < 40 ? 'muy difícil' : score < 55 ? 'algo difícil' : score < 65 ? 'normal' : score < 80 ? 'bastante fácil' : 'muy fácil';

export function reportEs() {
  const pack = localize(en, text).pack;
  const sections = sectionTexts(pack);
  const rows = Object.entries(sections).map(([name, paras]) => ({ name, ...counts(paras) }));
  rows.push({ name: 'all', ...counts(Object.values(sections).flat()) });
  return rows.map((c) => ({ ...c, fh: fernandezHuerta(c), sp: szigrisztPazos(c) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  console.log('section    Fernández-Huerta  Szigriszt-Pazos (INFLESZ)      words/sentence  syllables/word');
  for (const r of reportEs()) {
    const low = r.name !== 'all' && r.sp < INFLESZ_MIN;
    failed ||= low;
    console.log(
      `${r.name.padEnd(10)} ${r.fh.toFixed(1).padStart(16)}  ${r.sp.toFixed(1).padStart(15)} (${inflesz(r.sp)})`.padEnd(62) +
        `${(r.words / r.sentences).toFixed(1).padStart(14)}  ${(r.syllables / r.words).toFixed(2).padStart(14)}${low ? '  BELOW ' + INFLESZ_MIN : ''}`,
    );
  }
  if (process.argv.includes('--check') && failed) {
    console.error(`\nSpanish reading level too low: every section must be INFLESZ ${INFLESZ_MIN} ("normal") or easier.`);
    process.exit(1);
  }
}
