/**
 * The content sections registry: the one place that maps each section of a
 * content pack to its schema, its item schema and its built-in content.
 *
 * Widgets ask for a section by its name (`new ContentController(this,
 * faqSection)`) and never see a schema: the validator library is imported only
 * inside `src/content/`. To add a section: write its schemas in `schema.ts`, its
 * built-in text in `en/<section>.ts`, and one entry below.
 *
 * Each entry is its own named export so a page that shows one widget bundles
 * only that widget's built-in content (a bundler drops the unused entries).
 */
import type * as v from 'valibot';
import { faq } from './en/faq.js';
import { meta } from './en/meta.js';
import { steps } from './en/steps.js';
import { symptomLabels } from './en/symptom-labels.js';
import { symptoms } from './en/symptoms.js';
import { therapies } from './en/therapies.js';
import {
  FaqSectionSchema,
  QuestionSchema,
  StepSchema,
  StepsSectionSchema,
  SymptomSchema,
  SymptomsSectionSchema,
  TherapiesSectionSchema,
  TherapySchema,
  type Meta,
  type SectionName,
  type Sections,
  type Symptom,
} from './schema.js';

/**
 * Everything the content layer knows about one section. `B` is the shape of its built-in content: the whole
 * section, or for a widget that reads only part of another section (the explorer names symptoms), that part.
 */
export interface SectionDefinition<S extends SectionName, B = Sections[S]> {
  /** The key of the section in a content pack. */
  readonly name: S;
  /** Validates the whole section. */
  readonly schema: v.GenericSchema<unknown, Sections[S]>;
  /** Validates one of its `items`, so valid items survive next to broken ones. */
  readonly item: v.GenericSchema;
  /** The built-in section and metadata a widget falls back to. */
  readonly builtIn: { readonly meta: Meta; readonly section: B };
}

const define = <S extends SectionName, B = Sections[S]>(
  name: S,
  schema: v.GenericSchema<unknown, Sections[S]>,
  item: v.GenericSchema,
  section: B,
): SectionDefinition<S, B> => ({ name, schema, item, builtIn: { meta, section } });

/** What a widget that only names symptoms reads of the symptoms section: each symptom's id and label. */
export interface SymptomNames {
  readonly groups: Sections['symptoms']['groups'];
  readonly items: readonly Pick<Symptom, 'id' | 'label'>[];
}

export const therapiesSection = /* @__PURE__ */ define('therapies', TherapiesSectionSchema, TherapySchema, therapies);
export const stepsSection = /* @__PURE__ */ define('steps', StepsSectionSchema, StepSchema, steps);
export const symptomsSection = /* @__PURE__ */ define('symptoms', SymptomsSectionSchema, SymptomSchema, symptoms);
export const faqSection = /* @__PURE__ */ define('faq', FaqSectionSchema, QuestionSchema, faq);

/**
 * The symptoms section for a widget that only names symptoms (the explorer names a therapy's side effects): the same
 * schemas, so a pack's symptoms are validated as the checklist validates them, but as built-in content only the
 * names (`en/symptom-labels.ts`), so a page with the explorer alone does not carry the checklist's advice.
 */
export const symptomNamesSection = /* @__PURE__ */ define<'symptoms', SymptomNames>(
  'symptoms',
  SymptomsSectionSchema,
  SymptomSchema,
  /* @__PURE__ */ (() => ({ groups: [], items: Object.entries(symptomLabels).map(([id, label]) => ({ id, label })) }))(),
);

/** Every section by name, for tools that handle a whole pack (validation, snippets). */
export const sections: { readonly [S in SectionName]: SectionDefinition<S> } = {
  therapies: therapiesSection,
  steps: stepsSection,
  symptoms: symptomsSection,
  faq: faqSection,
};
