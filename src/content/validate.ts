import * as v from 'valibot';
import { MetaSchema, StringsSchema, type Meta, type SectionName, type Sections } from './schema.js';
import type { SectionDefinition } from './sections.js';
import type { Strings } from '../i18n/i18n.js';

/** One problem found in content, with the field path it is at. */
export interface ContentIssue {
  /** Dotted path into the pack, e.g. `faq.items[3].answer`. Empty for the pack itself. */
  path: string;
  message: string;
}

/** The usable part of a pack for one widget. */
export interface ResolvedContent<S extends SectionName> {
  meta: Meta;
  section: Sections[S];
  strings: Strings;
  issues: ContentIssue[];
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function toIssues(prefix: string, issues: readonly v.BaseIssue<unknown>[]): ContentIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    let path = prefix;
    for (const k of keys) path += typeof k === 'number' ? `[${k}]` : path ? `.${k}` : k;
    return { path, message: issue.message };
  });
}

/**
 * Validates untrusted content for one widget and keeps what is usable:
 * - invalid metadata → the built-in metadata;
 * - invalid items → dropped, the valid ones kept;
 * - a section with nothing usable, or missing → the built-in section;
 * - invalid UI strings → dropped one by one.
 * Every problem is returned with its path. It never throws.
 */
export function validateContent<S extends SectionName>(input: unknown, def: SectionDefinition<S>): ResolvedContent<S> {
  const issues: ContentIssue[] = [];
  const fallback = def.builtIn;
  if (!isObject(input)) {
    issues.push({ path: '', message: 'content must be an object' });
    return { ...fallback, strings: {}, issues };
  }

  const meta = v.safeParse(MetaSchema, input.meta);
  if (!meta.success) issues.push(...toIssues('meta', meta.issues));

  const name = def.name;
  let section: Sections[S] = fallback.section;
  if (input[name] === undefined) issues.push({ path: name, message: `is missing; showing the built-in ${name}` });
  else section = validateSection(input[name], def, issues) ?? fallback.section;

  const strings: Strings = {};
  if (input.strings !== undefined) {
    const s = v.safeParse(StringsSchema, input.strings);
    if (s.success) Object.assign(strings, s.output);
    else {
      issues.push(...toIssues('strings', s.issues));
      if (isObject(input.strings))
        for (const [k, val] of Object.entries(input.strings)) {
          const one = v.safeParse(StringsSchema, { [k]: val });
          if (one.success) Object.assign(strings, one.output);
        }
    }
  }

  return { meta: meta.success ? meta.output : fallback.meta, section, strings, issues };
}

/**
 * Validates one section of a pack, keeping the valid items when only some are
 * broken. Problems are pushed onto `issues` with their path (`faq.items[3].answer`).
 * Returns undefined when nothing usable is left. Never throws.
 */
export function validateSection<S extends SectionName>(
  raw: unknown,
  def: SectionDefinition<S, unknown>,
  issues: ContentIssue[],
): Sections[S] | undefined {
  const name = def.name;
  const whole = v.safeParse(def.schema, raw);
  if (whole.success) return whole.output;
  const items = isObject(raw) && Array.isArray(raw.items) ? raw.items : undefined;
  const before = issues.length;
  const kept = items?.filter((item, i) => {
    const r = v.safeParse(def.item, item);
    if (!r.success) issues.push(...toIssues(`${name}.items[${i}]`, r.issues));
    return r.success;
  });
  const again = kept ? v.safeParse(def.schema, { ...(raw as object), items: kept }) : whole;
  if (again.success) return again.output;
  const known = new Set(issues.slice(before).map((i) => i.path + i.message));
  issues.push(...toIssues(name, again.issues).filter((i) => !known.has(i.path + i.message)));
  return undefined;
}
