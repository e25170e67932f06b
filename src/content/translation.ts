/**
 * Built-in translations of the English content pack.
 *
 * A translation is text only: every word a patient reads, keyed by the ids of
 * the English pack. It has no place for a level, a severity rule, a therapy
 * list, a combination condition, a cancer list or a link: `localize()` takes all
 * of those from English, so a translation can never change how urgent a
 * symptom is, and deep links (`#faq-steroids`), rules and a hospital's
 * overrides keep working in every language.
 */
import type { ContentPack, Meta, RichText, SectionName, Sections, TherapyKey } from './schema.js';

/** The words of one therapy. `medicines` maps an English generic name to the name patients read in this language. */
export interface TherapyText {
  name: string;
  otherNames?: readonly string[];
  summary: string;
  howItWorks: RichText;
  givenBy: readonly string[];
  schedule?: RichText;
  sideEffectsNote?: RichText;
  questions?: readonly string[];
  medicines?: Readonly<Record<string, string>>;
}

/** The words of one symptom; `levels` holds the advice that differs by therapy (never the level itself). */
export interface SymptomText {
  label: string;
  hint?: string;
  advice: RichText;
  levels?: Partial<Record<TherapyKey, RichText>>;
}

/** What a translated pack says about itself, besides its words. */
export interface TranslationMeta {
  /** BCP 47 tag of the text. */
  language: string;
  /** Who it is written for. */
  audience: string;
  /** ISO date the translation was written or last changed. */
  written: string;
  /** The disclaimer, in this language. */
  disclaimer: RichText;
}

/** Every patient-facing word of the built-in pack in one language, keyed by the English ids. */
export interface ContentText {
  meta: TranslationMeta;
  therapies: {
    intro?: RichText;
    cancers: Readonly<Record<string, string>>;
    items: Readonly<Record<string, TherapyText>>;
  };
  steps: {
    intro?: RichText;
    items: Readonly<Record<string, { title: string; text: RichText; detail?: RichText }>>;
  };
  symptoms: {
    intro?: RichText;
    groups: Readonly<Record<string, string>>;
    items: Readonly<Record<string, SymptomText>>;
    combinations: Readonly<Record<string, { explanation?: RichText; advice?: RichText }>>;
    notListed?: RichText;
  };
  faq: {
    intro?: RichText;
    items: Readonly<Record<string, { question: string; answer: RichText }>>;
  };
}

/** A text the translation lacks: its path, for the warning and the completeness test. */
export type MissingText = string;

function pick<T>(table: Readonly<Record<string, T>>, id: string, path: string, missing: MissingText[]): T | undefined {
  const value = Object.hasOwn(table, id) ? table[id] : undefined;
  if (value === undefined) missing.push(`${path}.${id}`);
  return value;
}

/** The translated optional text, or English's when the translation lacks it (then it is listed in `missing`). */
function opt<T>(own: T | undefined, english: T | undefined, path: string, missing: MissingText[]): T | undefined {
  if (own === undefined && english !== undefined) missing.push(path);
  return own ?? english;
}

/** The meta of a translation: its own language, audience, date and disclaimer; English's sources; no review. */
export function localizeMeta(english: Meta, text: TranslationMeta): Meta {
  const meta: Meta = {
    ...english,
    language: text.language,
    audience: text.audience,
    written: text.written,
    translatedFrom: english.language,
    disclaimer: text.disclaimer,
  };
  // A translation has had no review of its own: never carry English's reviewer over.
  delete meta.reviewer;
  delete meta.lastReviewed;
  delete meta.languageReviewer;
  return meta;
}

type Localizer<S extends SectionName> = (english: Sections[S], text: ContentText[S], missing: MissingText[]) => Sections[S];

/**
 * One function per section: the English section with its words replaced.
 * Everything that is not a word (ids, levels, severity, conditions, therapy
 * sets, cancer lists, brands, pictures, rule sources) is English's.
 */
export const localizers: { readonly [S in SectionName]: Localizer<S> } = {
  therapies: (th, text, missing) => ({
    ...th,
    intro: opt(text.intro, th.intro, 'therapies.intro', missing),
    cancers: th.cancers.map((c) => ({ ...c, name: pick(text.cancers, c.id, 'therapies.cancers', missing) ?? c.name })),
    items: th.items.map((x) => {
      const w = pick(text.items, x.id, 'therapies.items', missing);
      if (!w) return x;
      const path = `therapies.items.${x.id}`;
      return {
        ...x,
        name: w.name,
        otherNames: opt(w.otherNames && [...w.otherNames], x.otherNames, `${path}.otherNames`, missing),
        summary: w.summary,
        howItWorks: w.howItWorks,
        givenBy: [...w.givenBy],
        schedule: opt(w.schedule, x.schedule, `${path}.schedule`, missing),
        sideEffectsNote: opt(w.sideEffectsNote, x.sideEffectsNote, `${path}.sideEffectsNote`, missing),
        questions: opt(w.questions && [...w.questions], x.questions, `${path}.questions`, missing),
        // A name without a translation is the international (English) name, as on the label.
        medicines: x.medicines?.map((m) => ({ ...m, generic: w.medicines?.[m.generic] ?? m.generic })),
      };
    }),
  }),

  steps: (st, text, missing) => ({
    ...st,
    intro: opt(text.intro, st.intro, 'steps.intro', missing),
    items: st.items.map((x) => {
      const w = pick(text.items, x.id, 'steps.items', missing);
      return w ? { ...x, title: w.title, text: w.text, detail: opt(w.detail, x.detail, `steps.items.${x.id}.detail`, missing) } : x;
    }),
  }),

  symptoms: (sy, text, missing) => ({
    ...sy,
    intro: opt(text.intro, sy.intro, 'symptoms.intro', missing),
    notListed: opt(text.notListed, sy.notListed, 'symptoms.notListed', missing),
    groups: sy.groups.map((g) => ({ ...g, name: pick(text.groups, g.id, 'symptoms.groups', missing) ?? g.name })),
    items: sy.items.map((x) => {
      const w = pick(text.items, x.id, 'symptoms.items', missing);
      if (!w) return x;
      // Only the advice of a therapy-specific level is the translation's; its urgency and severity stay English's.
      const levels = x.levels && { ...x.levels };
      if (levels)
        for (const key of Object.keys(levels) as TherapyKey[]) {
          const level = levels[key];
          if (!level?.advice) continue;
          const advice = w.levels?.[key];
          if (advice === undefined) missing.push(`symptoms.items.${x.id}.levels.${key}`);
          levels[key] = { ...level, advice: advice ?? level.advice };
        }
      const hint = opt(w.hint, x.hint, `symptoms.items.${x.id}.hint`, missing);
      return { ...x, label: w.label, hint, advice: w.advice, ...(levels && { levels }) };
    }),
    combinations: sy.combinations?.map((c) => {
      const w = pick(text.combinations, c.id, 'symptoms.combinations', missing);
      const path = `symptoms.combinations.${c.id}`;
      if (!w) return c;
      return {
        ...c,
        explanation: opt(w.explanation, c.explanation, `${path}.explanation`, missing),
        advice: opt(w.advice, c.advice, `${path}.advice`, missing),
      };
    }),
  }),

  faq: (fq, text, missing) => ({
    ...fq,
    intro: opt(text.intro, fq.intro, 'faq.intro', missing),
    items: fq.items.map((x) => {
      const w = x.id ? pick(text.items, x.id, 'faq.items', missing) : undefined;
      return w ? { ...x, question: w.question, answer: w.answer } : x;
    }),
  }),
};

/** One section of the English pack in the translation's words. */
export function localizeSection<S extends SectionName>(
  name: S,
  english: Sections[S],
  text: ContentText,
  missing: MissingText[] = [],
): Sections[S] {
  return (localizers[name] as Localizer<S>)(english, text[name], missing);
}

/**
 * The whole English pack with every patient-facing word replaced by `text`
 * (for tools, tests and `dist/content/<lang>.json`). An id the translation
 * lacks keeps its English words and is listed in `missing`;
 * `test/content-locales.test.ts` keeps that list empty for every built-in language.
 */
export function localize(english: ContentPack, text: ContentText): { pack: ContentPack; missing: MissingText[] } {
  const missing: MissingText[] = [];
  const pack: ContentPack = { meta: localizeMeta(english.meta, text.meta) };
  for (const name of ['therapies', 'steps', 'symptoms', 'faq'] as const) {
    const section = english[name];
    if (section) (pack as unknown as Record<string, unknown>)[name] = localizeSection(name, section, text, missing);
  }
  return { pack, missing };
}
