/**
 * The one content schema for every immuno-widgets element.
 *
 * It is defined once, here, with valibot. From this single definition we derive:
 * - the TypeScript types (`v.InferOutput`),
 * - the runtime validator (`validatePack` in `validate.ts`),
 * - the published JSON Schema (`dist/content.schema.json`, via `scripts/build-schema.ts`).
 *
 * Keep every check expressible in JSON Schema (no `v.check`/`v.transform`), so
 * the published schema says exactly what the runtime accepts.
 */
import * as v from 'valibot';

/** Lower-case id usable in a URL hash: `checkpoint-inhibitors`. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
  v.maxLength(80),
);

/** Non-empty plain text. Never parsed as HTML. */
export const TextSchema = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(4000));

/**
 * A link target: `https:`, `http:`, `tel:`, `mailto:` or a relative URL.
 * Whitespace and control characters are refused anywhere, because URL parsers
 * strip them (`java\tscript:` would otherwise become `javascript:`).
 */
export const UrlSchema = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.regex(
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    /^(?![\s\S]*[\u0000-\u0020\u007f])(?:https?:|tel:|mailto:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))/,
    'must be an https:, http:, tel:, mailto: or relative URL',
  ),
);

/** A link inside rich text. */
export const LinkSchema = v.object({ text: TextSchema, href: UrlSchema });

/** A run of a paragraph: plain text or a link. */
export const InlineSchema = v.union([TextSchema, LinkSchema]);

/** A paragraph: one string, or a mix of text runs and links. */
export const ParagraphSchema = v.union([TextSchema, v.pipe(v.array(InlineSchema), v.minLength(1))]);

/** A bulleted (or, with `ordered`, numbered) list of paragraphs. */
export const ListSchema = v.object({
  list: v.pipe(v.array(ParagraphSchema), v.minLength(1)),
  ordered: v.optional(v.boolean()),
});

/** One block of rich text. */
export const BlockSchema = v.union([ParagraphSchema, ListSchema]);

/**
 * Rich text as structured data: a string (one paragraph) or a list of blocks.
 * It is rendered by templates; it never reaches `innerHTML`.
 */
export const RichTextSchema = v.union([TextSchema, v.pipe(v.array(BlockSchema), v.minLength(1))]);

/** Where a fact came from. */
export const SourceSchema = v.object({
  title: TextSchema,
  url: UrlSchema,
  publisher: v.optional(TextSchema),
});

/** Pack metadata: language, sources, review and disclaimer. */
export const MetaSchema = v.object({
  /** BCP 47 language tag of the text, e.g. `en` or `es-MX`. */
  language: v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag')),
  /** Who published this pack (the hospital's name). */
  publisher: v.optional(TextSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'must list at least one source')),
  /** When the text was written or last changed, ISO date `YYYY-MM-DD`. Says nothing about review. */
  written: v.optional(v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'))),
  /**
   * When clinicians last reviewed the text, ISO date `YYYY-MM-DD`. Only meaningful
   * with `reviewer`; leave both out unless a clinical review really happened.
   */
  lastReviewed: v.optional(v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'))),
  /** The clinician or team that reviewed the text. Leave out unless a review really happened. */
  reviewer: v.optional(TextSchema),
  /** Who the text is written for, e.g. `Patients and families in Latin America and the United States`. */
  audience: v.optional(TextSchema),
  /**
   * BCP 47 tag of the language this text was translated from, when it is a
   * translation. With no `languageReviewer`, the footer says that no native
   * speaker has checked the translation yet.
   */
  translatedFrom: v.optional(
    v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag')),
  ),
  /** The native speaker (or team) who checked the translation. Leave out unless that really happened. */
  languageReviewer: v.optional(TextSchema),
  /** Shown with every widget: this does not replace the care team. */
  disclaimer: RichTextSchema,
});

/** Which treatment a symptom applies to. */
export const TherapyKeySchema = v.picklist(['checkpoint', 'car-t', 'bispecific']);

/** How soon to act, most urgent first. */
export const UrgencySchema = v.picklist(['emergency', 'call', 'visit']);

/** A cancer type that therapies point to. */
export const CancerSchema = v.object({ id: IdSchema, name: TextSchema });

/** An example medicine. */
export const MedicineSchema = v.object({
  generic: TextSchema,
  brands: v.optional(v.array(TextSchema)),
});

/** One kind of immunotherapy. */
export const TherapySchema = v.object({
  id: IdSchema,
  name: TextSchema,
  otherNames: v.optional(v.array(TextSchema)),
  summary: TextSchema,
  howItWorks: RichTextSchema,
  /** Ids from `therapies.cancers`. */
  cancers: v.array(IdSchema),
  medicines: v.optional(v.array(MedicineSchema)),
  /** How it is given: "into a vein (IV drip)", "into the bladder". */
  givenBy: v.pipe(v.array(TextSchema), v.minLength(1)),
  schedule: v.optional(RichTextSchema),
  /** Ids of symptoms in `symptoms.items`. */
  sideEffects: v.optional(v.array(IdSchema)),
  sideEffectsNote: v.optional(RichTextSchema),
  questions: v.optional(v.array(TextSchema)),
  /** The side-effect checklist's symptom set for this therapy, if it has one. */
  checklist: v.optional(TherapyKeySchema),
});

/** Names of the pictures drawn into the bundle for the how-it-works steps. */
export const PictureSchema = v.picklist([
  'spot',
  'release',
  'present',
  'activate',
  'travel',
  'attack',
  'memory',
  'combine',
]);

/** One step of how immunotherapy works. */
export const StepSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  text: RichTextSchema,
  detail: v.optional(RichTextSchema),
  picture: v.optional(PictureSchema),
});

/** A body-area group of symptoms. */
export const SymptomGroupSchema = v.object({ id: IdSchema, name: TextSchema });

/** Urgency by how bad the symptom is. */
export const SeveritySchema = v.object({ mild: UrgencySchema, moderate: UrgencySchema, severe: UrgencySchema });

/**
 * Where an urgency rule comes from: a short citation a clinician can look up,
 * e.g. `ASCO irAE guideline 2021 (Schneider et al.)`.
 */
export const RuleSourceSchema = v.pipe(TextSchema, v.maxLength(300));

/** The level (and, if it differs, the advice) of a symptom for one therapy. */
export const TherapyLevelSchema = v.object({
  urgency: UrgencySchema,
  severity: v.optional(SeveritySchema),
  advice: v.optional(RichTextSchema),
  source: v.optional(RuleSourceSchema),
});

/**
 * Therapy-specific levels of one symptom. A therapy left out uses the
 * symptom's own `urgency`/`severity`.
 */
export const TherapyLevelsSchema = v.object({
  checkpoint: v.optional(TherapyLevelSchema),
  'car-t': v.optional(TherapyLevelSchema),
  bispecific: v.optional(TherapyLevelSchema),
});

/** A symptom a patient can tick. */
export const SymptomSchema = v.object({
  id: IdSchema,
  /** Id from `symptoms.groups`. */
  group: IdSchema,
  label: TextSchema,
  hint: v.optional(TextSchema),
  therapies: v.pipe(v.array(TherapyKeySchema), v.minLength(1)),
  /** Urgency when severity is not asked or not given. */
  urgency: UrgencySchema,
  /** When present, the patient is asked how bad it is and this decides the urgency. */
  severity: v.optional(SeveritySchema),
  /** What to do about it, in a sentence or two. */
  advice: RichTextSchema,
  /** Levels that differ by therapy, e.g. fever is `call` on checkpoint inhibitors but `emergency` after CAR-T. */
  levels: v.optional(TherapyLevelsSchema),
  /** The guidance the levels follow. */
  source: v.optional(RuleSourceSchema),
});

/** Which ticked symptoms make a combination fire. */
export const ConditionSchema = v.object({
  /** Every one of these must be ticked. */
  all: v.pipe(v.array(IdSchema), v.minLength(1)),
  /** And, when given, at least `min` (default 1) of these. */
  any: v.optional(v.pipe(v.array(IdSchema), v.minLength(1))),
  min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

/**
 * Symptoms that together mean more than each one alone, e.g. tiredness,
 * dizziness and vomiting (possible adrenal crisis). When it fires, every
 * matching ticked symptom is raised to `level`; a rule never lowers a level.
 */
export const CombinationSchema = v.object({
  id: IdSchema,
  when: ConditionSchema,
  level: UrgencySchema,
  /** Only for these therapies; every therapy when left out. */
  therapies: v.optional(v.pipe(v.array(TherapyKeySchema), v.minLength(1))),
  /** What to do, shown with the raised symptoms. */
  advice: v.optional(RichTextSchema),
  /** Why these together matter, in plain words. */
  explanation: v.optional(RichTextSchema),
  source: v.optional(RuleSourceSchema),
});

/** A question and its answer. */
export const QuestionSchema = v.object({
  /** Stable id for deep links; a slug of the question when left out. */
  id: v.optional(IdSchema),
  question: TextSchema,
  answer: RichTextSchema,
  /** Start open. */
  open: v.optional(v.boolean()),
});

const section = <T extends v.GenericSchema, E extends v.ObjectEntries>(item: T, extra: E) =>
  v.object({
    intro: v.optional(RichTextSchema),
    ...extra,
    items: v.pipe(v.array(item), v.minLength(1, 'must have at least one item')),
  });

export const TherapiesSectionSchema = section(TherapySchema, {
  cancers: v.pipe(v.array(CancerSchema), v.minLength(1)),
});
export const StepsSectionSchema = section(StepSchema, {});
export const SymptomsSectionSchema = section(SymptomSchema, {
  groups: v.pipe(v.array(SymptomGroupSchema), v.minLength(1)),
  /** Rules for symptoms that matter more together. A pack that gives its own replaces these. */
  combinations: v.optional(v.array(CombinationSchema)),
  /** Shown with "None of these": what to do about symptoms that are not on the list. */
  notListed: v.optional(RichTextSchema),
});
export const FaqSectionSchema = section(QuestionSchema, {});

/**
 * UI string overrides. Each value is text, or plural forms keyed by
 * `Intl.PluralRules` category. `{name}` placeholders are filled in as text.
 */
export const StringValueSchema = v.union([
  TextSchema,
  v.object({
    zero: v.optional(TextSchema),
    one: v.optional(TextSchema),
    two: v.optional(TextSchema),
    few: v.optional(TextSchema),
    many: v.optional(TextSchema),
    other: TextSchema,
  }),
]);
export const StringsSchema = v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)), StringValueSchema);

/** A content pack: metadata plus any of the four sections and UI string overrides. */
export const ContentPackSchema = v.object({
  $schema: v.optional(v.string()),
  meta: MetaSchema,
  therapies: v.optional(TherapiesSectionSchema),
  steps: v.optional(StepsSectionSchema),
  symptoms: v.optional(SymptomsSectionSchema),
  faq: v.optional(FaqSectionSchema),
  strings: v.optional(StringsSchema),
});

export type RichText = v.InferOutput<typeof RichTextSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Inline = v.InferOutput<typeof InlineSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type TherapyKey = v.InferOutput<typeof TherapyKeySchema>;
export type Urgency = v.InferOutput<typeof UrgencySchema>;
export type Cancer = v.InferOutput<typeof CancerSchema>;
export type Therapy = v.InferOutput<typeof TherapySchema>;
export type Picture = v.InferOutput<typeof PictureSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type SymptomGroup = v.InferOutput<typeof SymptomGroupSchema>;
export type Symptom = v.InferOutput<typeof SymptomSchema>;
export type TherapyLevel = v.InferOutput<typeof TherapyLevelSchema>;
export type Combination = v.InferOutput<typeof CombinationSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type TherapiesSection = v.InferOutput<typeof TherapiesSectionSchema>;
export type StepsSection = v.InferOutput<typeof StepsSectionSchema>;
export type SymptomsSection = v.InferOutput<typeof SymptomsSectionSchema>;
export type FaqSection = v.InferOutput<typeof FaqSectionSchema>;
export type StringValue = v.InferOutput<typeof StringValueSchema>;
/** The four sections a widget can read. */
export type SectionName = 'therapies' | 'steps' | 'symptoms' | 'faq';
export interface Sections {
  therapies: TherapiesSection;
  steps: StepsSection;
  symptoms: SymptomsSection;
  faq: FaqSection;
}

/**
 * A content pack, as the schema above accepts it. Spelt out from the section
 * types (each inferred from its schema) rather than inferred whole: the whole
 * inference is too deep for TypeScript to check in a consumer's project. The
 * line below it fails to compile if the two ever differ.
 */
export interface ContentPack {
  $schema?: string;
  meta: Meta;
  therapies?: TherapiesSection;
  steps?: StepsSection;
  symptoms?: SymptomsSection;
  faq?: FaqSection;
  strings?: { [key: string]: StringValue };
}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that `ContentPack` is what `ContentPackSchema` outputs. */
export const contentPackMatchesSchema: Same<ContentPack, v.InferOutput<typeof ContentPackSchema>> = true;
