/**
 * The light-DOM form of each widget's content, as HTML strings. Each widget
 * reads exactly this form back as its content (see the readers next to each
 * widget and `src/content/read-rich-text.ts`), so what is pasted is what the
 * patient gets, with or without the script.
 *
 * Rules that keep the markup safe in a CMS (see docs/embed/README.md):
 * text and attribute values are escaped; no `on…` attribute, no `<script>`;
 * every child of the custom element is a block-level element, one per line,
 * and no line break is written anywhere else, so WordPress's `wpautop` has no
 * blank line to split and no bare text to wrap.
 *
 * Structured fields a form does not show as text (ids, urgency levels,
 * therapy keys) are data attributes; any field a form does not know yet (added
 * to the schema later) travels in a `data-json` attribute on the element it
 * belongs to, so the reader gets it back without a redesign of the form.
 */
import type { FaqSection, Meta, Step, StepsSection, Symptom, SymptomsSection, Therapy, TherapiesSection, Urgency } from '../content/schema.js';
import { attrs, el, json, richHtml, safeHref, text, type AttrValue } from './html.js';
import type { Label } from './labels.js';

/** What a form needs besides its section. */
export interface FormContext {
  /** UI words in the content's language. */
  t: Label;
  /** BCP 47 language of the content, for dates. */
  lang: string;
  /** Heading level for item titles (2–6). */
  headingLevel: number;
  /** Symptom names by id, for the explorer's side-effect lists. */
  symptomNames?: ReadonlyMap<string, string>;
}

/** The fields of `obj` not in `known`, or undefined when there are none. */
export function extras(obj: object, known: readonly string[]): Record<string, unknown> | undefined {
  const out = Object.fromEntries(Object.entries(obj).filter(([k, v]) => !known.includes(k) && v !== undefined));
  return Object.keys(out).length ? out : undefined;
}

const dataJson = (obj: object, known: readonly string[]): AttrValue => {
  const x = extras(obj, known);
  return x ? json(x) : undefined;
};

/** Fields each form writes as HTML or data attributes; anything else goes to `data-json`. */
export const KNOWN = {
  meta: ['language', 'publisher', 'sources', 'written', 'lastReviewed', 'reviewer', 'disclaimer'],
  faq: ['intro', 'items'],
  question: ['id', 'question', 'answer', 'open'],
  steps: ['intro', 'items'],
  step: ['id', 'title', 'text', 'detail', 'picture'],
  therapies: ['intro', 'items', 'cancers'],
  therapy: ['id', 'name', 'otherNames', 'summary', 'howItWorks', 'cancers', 'medicines', 'givenBy', 'schedule', 'sideEffects', 'sideEffectsNote', 'questions', 'checklist'],
  symptoms: ['intro', 'items', 'groups'],
  symptom: ['id', 'group', 'label', 'hint', 'therapies', 'urgency', 'severity', 'advice'],
} as const;

/** The section's intro as `<div data-intro>`. (Unknown section fields are written by the renderer, in `<div data-extra>`.) */
function sectionHead(section: { intro?: FaqSection['intro'] }): string[] {
  return section.intro === undefined ? [] : [el('div', { 'data-intro': true }, richHtml(section.intro))];
}

const heading = (ctx: FormContext, inner: string) => {
  const n = Math.min(Math.max(Math.round(ctx.headingLevel) || 3, 2), 6);
  return `<h${n}>${inner}</h${n}>`;
};

const ul = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** FAQ: `<details id [open]><summary>Question</summary>answer blocks</details>`, one per line. */
export function faqForm(section: FaqSection): string[] {
  return [
    ...sectionHead(section),
    ...section.items.map((q) =>
      el('details', { id: q.id, open: q.open === true, 'data-json': dataJson(q, KNOWN.question) }, `<summary>${text(q.question)}</summary>${richHtml(q.answer)}`),
    ),
  ];
}

/**
 * Stepper: `<ol><li id data-picture><hN>Title</hN>text blocks<details data-detail><summary>More detail</summary>…</details></li></ol>`.
 */
export function stepsForm(section: StepsSection, ctx: FormContext): string[] {
  const li = (s: Step) =>
    el(
      'li',
      { id: s.id, 'data-picture': s.picture, 'data-json': dataJson(s, KNOWN.step) },
      heading(ctx, text(s.title)) +
        richHtml(s.text) +
        (s.detail === undefined ? '' : el('details', { 'data-detail': true }, `<summary>${text(ctx.t('moreDetail'))}</summary>${richHtml(s.detail)}`)),
    );
  return [...sectionHead(section), '<ol>', ...section.items.map(li), '</ol>'];
}

/**
 * Explorer: the cancer types once (`<details data-cancers>`, the list the
 * filter offers), then one `<article>` per type: name, summary and a `<dl>`
 * whose `<dd data-field>` say which field each is (the `<dt>` words are for
 * people only).
 */
export function therapiesForm(section: TherapiesSection, ctx: FormContext): string[] {
  const { t } = ctx;
  const cancerNames = new Map(section.cancers.map((c) => [c.id, c.name]));
  const idItem = (id: string, name: string | undefined) => el('li', { 'data-id': id }, text(name ?? id));
  const cancers = el(
    'details',
    { 'data-cancers': true },
    `<summary>${text(t('explorerFilterLabel'))}</summary><ul>${section.cancers.map((c) => idItem(c.id, c.name)).join('')}</ul>`,
  );
  const article = (x: Therapy) => {
    const dl: string[] = [];
    const field = (label: string, name: string, inner: string) => dl.push(`<dt>${text(label)}</dt>${el('dd', { 'data-field': name }, inner)}`);
    if (x.otherNames?.length) field(t('explorerOtherNames'), 'otherNames', ul(x.otherNames.map(text)));
    field(t('explorerHowItWorks'), 'howItWorks', richHtml(x.howItWorks));
    field(t('explorerCancers'), 'cancers', `<ul>${x.cancers.map((id) => idItem(id, cancerNames.get(id))).join('')}</ul>`);
    if (x.medicines?.length)
      field(
        t('explorerMedicines'),
        'medicines',
        ul(
          x.medicines.map(
            (m) =>
              el('span', { 'data-generic': true }, text(m.generic)) +
              (m.brands?.length ? ` (${m.brands.map((b) => el('span', { 'data-brand': true }, text(b))).join(', ')})` : ''),
          ),
        ),
      );
    field(t('explorerGivenBy'), 'givenBy', ul(x.givenBy.map(text)));
    if (x.schedule !== undefined) field(t('explorerSchedule'), 'schedule', richHtml(x.schedule));
    if (x.sideEffects !== undefined || x.sideEffectsNote !== undefined) {
      const list = x.sideEffects ? `<ul>${x.sideEffects.map((id) => idItem(id, ctx.symptomNames?.get(id))).join('')}</ul>` : '';
      field(t('explorerSideEffects'), 'sideEffects', list);
      if (x.sideEffectsNote !== undefined) dl.push(el('dd', { 'data-field': 'sideEffectsNote' }, richHtml(x.sideEffectsNote)));
    }
    if (x.questions?.length) field(t('explorerQuestions'), 'questions', ul(x.questions.map(text)));
    return el(
      'article',
      { id: x.id, 'data-checklist': x.checklist, 'data-json': dataJson(x, KNOWN.therapy) },
      heading(ctx, text(x.name)) + `<p>${text(x.summary)}</p><dl>${dl.join('')}</dl>`,
    );
  };
  return [...sectionHead(section), cancers, ...section.items.map(article)];
}

const URGENCY_KEY = { emergency: 'urgencyEmergency', call: 'urgencyCall', visit: 'urgencyVisit' } as const;

/**
 * Checklist: one `<fieldset id><legend>Group</legend><ul>` per group, one
 * `<li id data-therapies data-urgency [data-severity="mild moderate severe"]>`
 * per symptom with its label (`<strong>`), hint (`<small>`), advice
 * (`<div data-advice>`) and, for people without the script, what to do in
 * words (`<p data-level>`, ignored by the reader).
 */
export function symptomsForm(section: SymptomsSection, ctx: FormContext): string[] {
  const { t } = ctx;
  const urgency = (u: Urgency) => t(URGENCY_KEY[u]);
  const li = (s: Symptom) => {
    const level = s.severity
      ? [
          `${t('severityMild')}: ${urgency(s.severity.mild)}`,
          `${t('severityModerate')}: ${urgency(s.severity.moderate)}`,
          `${t('severitySevere')}: ${urgency(s.severity.severe)}`,
        ].join('. ')
      : urgency(s.urgency);
    return el(
      'li',
      {
        id: s.id,
        'data-therapies': s.therapies.join(' '),
        'data-urgency': s.urgency,
        'data-severity': s.severity ? `${s.severity.mild} ${s.severity.moderate} ${s.severity.severe}` : undefined,
        'data-json': dataJson(s, KNOWN.symptom),
      },
      `<p><strong>${text(s.label)}</strong>${s.hint ? ` <small>${text(s.hint)}</small>` : ''}</p>` +
        el('div', { 'data-advice': true }, richHtml(s.advice)) +
        el('p', { 'data-level': true }, text(level)),
    );
  };
  const groups = [...section.groups];
  // A symptom whose group is not listed still gets a fieldset (named by its id), so nothing is lost.
  for (const s of section.items) if (!groups.some((g) => g.id === s.group)) groups.push({ id: s.group, name: s.group });
  const lines = sectionHead(section);
  for (const g of groups) {
    lines.push(`<fieldset${attrs({ id: g.id })}><legend>${text(g.name)}</legend>`);
    const items = section.items.filter((s) => s.group === g.id);
    if (items.length) lines.push('<ul>', ...items.map(li), '</ul>');
    lines.push('</fieldset>');
  }
  return lines;
}

/** A `YYYY-MM-DD` date in words, as the widgets write it. */
export function longDate(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** Fills the `{placeholders}` of a UI string with already-escaped HTML; the rest of the string is escaped. */
function fillHtml(t: Label, key: 'written' | 'reviewedOn' | 'reviewedBy', html: Record<string, string>): string {
  const names = Object.keys(html);
  // Private-use characters as marks: they never occur in UI strings.
  const marks = Object.fromEntries(names.map((n, i) => [n, String.fromCharCode(0xe000 + i)]));
  let out = text(t(key, marks));
  for (const n of names) out = out.split(marks[n]).join(html[n]);
  return out;
}

/**
 * Metadata as the footer every widget ends with: `<aside data-meta lang>` with
 * the disclaimer (`<div data-disclaimer>`), the review date (`<time datetime>`)
 * and reviewer (`<span data-reviewer>`), and the sources in a `<details data-sources>`.
 */
export function metaForm(meta: Meta, ctx: FormContext): string {
  const { t } = ctx;
  // The same words as the footer: when it was written, and review only when the pack names a reviewer.
  const time = (attr: string, iso: string) => el('time', { [attr]: true, datetime: iso }, text(longDate(iso, ctx.lang)));
  const reviewer = meta.reviewer ? el('span', { 'data-reviewer': true }, text(meta.reviewer)) : '';
  const parts: string[] = [];
  if (meta.written) parts.push(fillHtml(t, 'written', { date: time('data-written', meta.written) }));
  if (meta.reviewer && meta.lastReviewed)
    parts.push(fillHtml(t, 'reviewedOn', { date: time('data-reviewed', meta.lastReviewed), reviewer }));
  else if (meta.reviewer) parts.push(fillHtml(t, 'reviewedBy', { reviewer }));
  else parts.push(text(t('notReviewed')));
  const reviewed = parts.join(' ');
  const sources = meta.sources
    .map((s) => {
      const href = safeHref(s.url);
      const title = href ? el('a', { href }, text(s.title)) : el('a', {}, text(s.title));
      return `<li>${title}${s.publisher ? `, ${el('span', { 'data-publisher': true }, text(s.publisher))}` : ''}</li>`;
    })
    .join('');
  return el(
    'aside',
    { 'data-meta': true, lang: meta.language, 'data-publisher': meta.publisher, 'data-json': dataJson(meta, KNOWN.meta) },
    el('div', { 'data-disclaimer': true }, richHtml(meta.disclaimer)) +
      `<p>${reviewed}</p>` +
      el('details', { 'data-sources': true }, `<summary>${text(t('sourcesLabel'))}</summary><ul>${sources}</ul>`),
  );
}
