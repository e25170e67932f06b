/**
 * Every snippet the renderer makes (each widget; built-in content and a hospital's pack; each
 * content form), and how to tell, in a rendered page, whether the widget shows that content.
 */
import type { Sections } from '../../src/content/schema.js';
import { renderSnippet, sectionFor, snippetForms, type SnippetForm } from '../../src/embed/render.js';
import { widget, widgets, type WidgetName } from '../../src/widgets.js';
import { composedText, squash, type RenderedPage } from './page.js';

const meta = {
  language: 'en',
  publisher: 'Example Hospital',
  sources: [{ title: 'Our leaflet', url: 'https://hospital.example/leaflet' }],
  lastReviewed: '2026-02-01',
  disclaimer: 'Ask the Example Hospital team before you change anything.',
};

/** A hospital's own texts ("Example …"), so text on screen cannot come from the built-in content. */
export const HOSPITAL: Record<WidgetName, Record<string, unknown>> = {
  faq: {
    meta,
    faq: {
      intro: 'Example answers from our clinic.',
      items: [
        { id: 'park', question: 'Where do I park at Example?', answer: ['Level 2 of the Example garage.', { list: ['Bring your ticket', 'Ask at desk B'] }] },
        { id: 'eat', question: 'Can I eat before Example treatment?', answer: [['Yes. See ', { text: 'the Example menu', href: 'https://hospital.example/menu' }, '.']] },
      ],
    },
  },
  'how-it-works': {
    meta,
    steps: {
      items: [
        { id: 'first', title: 'Your first Example visit', text: 'Meet the Example team.', detail: 'Bring a friend.', picture: 'spot' },
        { id: 'second', title: 'Your Example infusion', text: ['It takes an hour.', { list: ['Sit', 'Rest'] }] },
      ],
    },
  },
  'side-effect-checklist': {
    meta,
    symptoms: {
      groups: [
        { id: 'skin', name: 'Example skin' },
        { id: 'gut', name: 'Example gut' },
      ],
      items: [
        { id: 'itch', group: 'skin', label: 'Example itch', therapies: ['checkpoint'], urgency: 'visit', advice: 'Use the Example cream.' },
        { id: 'runs', group: 'gut', label: 'Example diarrhoea', hint: 'More than usual', therapies: ['checkpoint', 'car-t'], urgency: 'call', severity: { mild: 'visit', moderate: 'call', severe: 'emergency' }, advice: 'Drink water.' },
      ],
    },
  },
  'therapy-explorer': {
    meta,
    therapies: {
      cancers: [
        { id: 'melanoma', name: 'Example melanoma' },
        { id: 'lung', name: 'Example lung cancer' },
      ],
      items: [
        { id: 'example-type', name: 'Example type', summary: 'Example summary.', howItWorks: 'Example way.', cancers: ['melanoma'], givenBy: ['Example drip'] },
        { id: 'other-type', name: 'Example other type', summary: 'Other summary.', howItWorks: 'Other way.', cancers: ['lung'], medicines: [{ generic: 'examplimab', brand: 'Exampla' }], givenBy: ['Example tablet'] },
      ],
    },
  },
};

export const NAMES: WidgetName[] = widgets.map((w) => w.name);
export const PACKS = ['built-in', 'hospital'] as const;
export type PackName = (typeof PACKS)[number];
export const FORMS: readonly SnippetForm[] = snippetForms;

/** The titles a widget shows for its section: questions, step titles, symptom names, therapy names. */
function headlines(name: WidgetName, section: Sections[keyof Sections]): string[] {
  const items = (section as { items: Record<string, unknown>[] }).items;
  const key = { faq: 'question', 'how-it-works': 'title', 'side-effect-checklist': 'label', 'therapy-explorer': 'name' }[name];
  return items.map((i) => String(i[key]));
}

export interface Case {
  /** `faq/hospital`: the `data-case` of its section in a page. */
  id: string;
  name: WidgetName;
  pack: PackName;
  form: SnippetForm;
  html: string;
  /** Texts the widget must show when it got this content. */
  expected: string[];
}

/** The snippet of one widget, pack and form (a unique content id, so many fit in one page). */
export function makeCase(name: WidgetName, pack: PackName, form: SnippetForm): Case {
  const content = pack === 'hospital' ? HOSPITAL[name] : undefined;
  const { html, issues } = renderSnippet(name, { content, form, contentId: `content-${name}-${pack}` });
  if (issues.length) throw new Error(`the test pack for ${name} is invalid: ${JSON.stringify(issues)}`);
  const section = pack === 'hospital' ? (content as Record<string, Sections[keyof Sections]>)[sectionFor(name).name] : sectionFor(name).builtIn.section;
  const expected = headlines(name, section);
  if (pack === 'hospital') expected.push(meta.disclaimer);
  return { id: `${name}/${pack}`, name, pack, form, html, expected };
}

/** What a page shows for one case, in a few words ("renders" when the widget shows its content and nothing went wrong). */
export function outcome(page: RenderedPage, c: Case): string {
  const box = page.doc.querySelector(`[data-case="${c.id}"]`);
  if (!box) throw new Error(`no section for ${c.id}`);
  const tag = widget(c.name).tag;
  const el = box.querySelector(tag);
  if (!el) return `<${tag}> removed`;
  const text = squash(composedText(el));
  const missing = c.expected.filter((t) => !text.includes(squash(t)));
  const problems = page.contentErrors.get(c.id) ?? 0;
  if (!missing.length && !problems) return 'renders';
  const why: string[] = [];
  if (c.form === 'json') {
    const s = el.querySelector(':scope > script[type="application/json"]');
    why.push(!s ? 'JSON script removed' : !s.textContent?.trim() ? 'JSON script emptied' : 'JSON script kept');
  }
  if (c.form === 'reference') {
    const ref = el.getAttribute('content');
    const s = ref?.startsWith('#') ? page.doc.getElementById(ref.slice(1)) : null;
    why.push(!ref ? 'content attribute removed' : !s ? 'JSON script removed' : !s.textContent?.trim() ? 'JSON script emptied' : 'JSON script kept');
  }
  why.push(missing.length ? `${missing.length} of ${c.expected.length} texts not shown` : 'texts shown');
  if (problems) why.push('content warning');
  return why.join(', ');
}
