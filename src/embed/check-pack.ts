/**
 * Validates a whole content pack (every section in it), for the CLI: the same
 * validator the widgets use, plus what only a person can fix (unknown keys,
 * ids that point nowhere, HTML typed into text), each with a hint.
 */
import type { SectionName } from '../content/schema.js';
import { sections } from '../content/sections.js';
import { validateContent, type ContentIssue } from '../content/validate.js';

export interface PackReport {
  /** Problems that make a part of the pack unusable: the widget would drop it. */
  errors: (ContentIssue & { hint?: string })[];
  /** Things that work but are probably not meant. */
  warnings: (ContentIssue & { hint?: string })[];
  /** Sections present, with their item counts. */
  found: Partial<Record<SectionName, number>>;
}

const TOP = ['$schema', 'meta', 'strings', ...Object.keys(sections)];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A fix for a validator message, by what it says and which field it is on. */
export function hintFor(issue: ContentIssue): string | undefined {
  const m = issue.message;
  const field = /([A-Za-z$]+)(?:\[\d+\])*$/.exec(issue.path)?.[1] ?? '';
  if (/YYYY-MM-DD/.test(m)) return 'write the date as year-month-day, e.g. "2026-05-31"';
  if (/BCP 47/.test(m)) return 'use a language code such as "en", "es" or "es-MX"';
  if (/lower-case letters, digits and hyphens/.test(m)) return 'ids look like "checkpoint-inhibitors": lower-case letters, digits and hyphens, no spaces';
  if (/https:, http:, tel:, mailto:/.test(m)) return 'links start with https:// (or tel:, mailto:, or are a path like /care/phone); other kinds are refused for safety';
  if (/must not be empty/.test(m)) return 'write the text, or leave the field out if it is optional';
  if (/at least one source/.test(m)) return 'add { "title": "…", "url": "https://…" } to meta.sources';
  if (/at least one item/.test(m)) return `add at least one entry to ${issue.path}`;
  const required = /Invalid key: Expected "([^"]+)" but received undefined/.exec(m);
  if (required) return `add "${required[1]}": it is required here`;
  if (/Invalid key|Invalid type: Expected undefined/.test(m)) return 'this field is not part of the format; check its spelling';
  if (/Expected \(?"/.test(m)) return 'use one of the values listed, spelled exactly';
  if (/Invalid type: Expected string/.test(m)) return `"${field}" must be text in "double quotes"`;
  if (/Invalid type: Expected Array/.test(m)) return `"${field}" must be a list: [ … ]`;
  if (/Invalid type: Expected Object/.test(m)) return `"${field}" must be an object: { … }`;
  if (/Invalid type/.test(m) && ['answer', 'text', 'detail', 'advice', 'howItWorks', 'intro', 'disclaimer', 'schedule', 'sideEffectsNote'].includes(field))
    return 'rich text is a string, or a list of paragraphs (strings) and lists ({ "list": [ … ] }); see docs/content.md';
  if (/Invalid length/.test(m)) return 'the text is too long (4000 characters at most) or the list is empty';
  return undefined;
}

function closest(key: string): string | undefined {
  const k = key.toLowerCase();
  return TOP.find((t) => t !== '$schema' && (k.startsWith(t.toLowerCase()) || t.toLowerCase().startsWith(k) || k.slice(0, 3) === t.slice(0, 3)));
}

/** Text that looks like HTML or an HTML entity: shown literally by the widgets. */
function htmlInText(value: unknown, path: string, out: ContentIssue[]): void {
  if (typeof value === 'string') {
    if (/<\/?(?:p|br|b|i|em|strong|a|ul|li|div|span)\b[^>]*>|&(?:quot|amp|nbsp|lt|gt|#\d+);/i.test(value))
      out.push({ path, message: 'holds HTML or an HTML entity, which the widget shows as text' });
  } else if (Array.isArray(value)) value.forEach((v, i) => htmlInText(v, `${path}[${i}]`, out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) htmlInText(v, path ? `${path}.${k}` : k, out);
}

export function checkPack(pack: unknown): PackReport {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const found: PackReport['found'] = {};
  if (!isObject(pack)) return { errors: [{ path: '', message: 'the file must hold one JSON object: { "meta": …, "faq": … }' }], warnings, found };

  const present = (Object.keys(sections) as SectionName[]).filter((n) => pack[n] !== undefined);
  if (!present.length) errors.push({ path: '', message: `has no section: add one of ${Object.keys(sections).map((s) => `"${s}"`).join(', ')}` });
  const seen = new Set<string>();
  for (const name of present.length ? present : (['faq'] as SectionName[])) {
    const r = validateContent(pack, sections[name]);
    for (const i of r.issues) {
      if (i.path === name && /is missing/.test(i.message)) continue;
      const key = i.path + i.message;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(i);
    }
    if (present.includes(name)) found[name] = (pack[name] as { items?: unknown[] }).items?.length ?? 0;
  }
  for (const key of Object.keys(pack))
    if (!TOP.includes(key)) {
      const near = closest(key);
      warnings.push({ path: key, message: `is not a part of a pack and is ignored${near ? `; did you mean "${near}"?` : ''}` });
    }

  // Ids that point nowhere: the widget shows nothing for them.
  const th = pack.therapies as { cancers?: { id: string }[]; items?: { cancers?: string[]; sideEffects?: string[] }[] } | undefined;
  const sy = pack.symptoms as { groups?: { id: string }[]; items?: { group?: string }[] } | undefined;
  const cancerIds = new Set((Array.isArray(th?.cancers) ? th.cancers : []).map((c) => c?.id));
  if (Array.isArray(th?.items))
    th.items.forEach((t, i) =>
      (Array.isArray(t?.cancers) ? t.cancers : []).forEach((c, j) => {
        if (!cancerIds.has(c)) warnings.push({ path: `therapies.items[${i}].cancers[${j}]`, message: `"${c}" is not in therapies.cancers` });
      }),
    );
  const groupIds = new Set((Array.isArray(sy?.groups) ? sy.groups : []).map((g) => g?.id));
  if (Array.isArray(sy?.items))
    sy.items.forEach((s, i) => {
      if (s?.group !== undefined && !groupIds.has(s.group)) warnings.push({ path: `symptoms.items[${i}].group`, message: `"${s.group}" is not in symptoms.groups` });
    });
  htmlInText(pack, '', warnings);

  const withHint = (i: ContentIssue) => ({ ...i, hint: hintFor(i) });
  return {
    errors: errors.map(withHint),
    warnings: warnings.map((w) => ({
      ...w,
      hint: /HTML/.test(w.message)
        ? 'write plain text (“quotes” and & are fine as they are); paragraphs and links are JSON: ["First.", ["See ", { "text": "this", "href": "https://…" }]]'
        : /is not in/.test(w.message)
          ? 'add it to the list it refers to, or correct the id'
          : undefined,
    })),
    found,
  };
}
