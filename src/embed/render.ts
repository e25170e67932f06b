/**
 * The embed renderer: a widget name, content (built-in or a hospital's pack,
 * in any language) and attributes → the HTML snippet to paste into a page.
 * The snippet holds the custom element with its content already written as
 * the light-DOM form that widget reads (`forms.ts`), so search engines, reader
 * modes, no-JS visitors and CMS editors see the patient text, and the bundle
 * only adds behaviour. Pure TypeScript: it runs in Node (the CLI) and in a
 * browser (the embed builder).
 */
import type { SectionName, Sections } from '../content/schema.js';
import { sections, symptomsSection, type SectionDefinition } from '../content/sections.js';
import { validateContent, validateSection, type ContentIssue } from '../content/validate.js';
import { attrs, el, json, safeHref } from './html.js';
import { IN_PIECES, IN_TURN } from '../shared/define.js';
import { KNOWN, extras, faqForm, metaForm, stepsForm, symptomsForm, therapiesForm, type FormContext } from './forms.js';
import { hasLabels, labels } from './labels.js';
import { widget, widgetFor, widgets, type Widget, type WidgetName } from '../widgets.js';

export { widgetFor, widgets, type WidgetName };

/** What the renderer adds to a widget of the registry (src/widgets.ts): how to write its content, and how to keep its room. */
interface EmbedForm<S extends SectionName> {
  form(section: Sections[S], ctx: FormContext): string[];
  /** Rules that keep the pre-upgrade markup at about the upgraded height (tested in test/embed-renderer.test.ts). */
  css: string;
}

/** The section a widget of the registry reads. */
type SectionOf<N extends WidgetName> = Extract<Widget, { name: N }>['section'];

/**
 * The light-DOM form and pre-upgrade rules of each widget of the registry; a
 * registry line without its entry here is a compile error. Pre-upgrade rules, numbered:
 * 1. The upgraded widget starts with a toolbar or the controls; the padding stands in for them.
 * 2. Items look like their upgraded rows: one line with padding and a divider.
 * 3. WordPress's `wpautop` leaves an empty `<p>` just inside the element; it takes no room.
 * 4. `@media (scripting: enabled)`: only where the script will run (and the
 *    widget will soon show less at once), text the upgraded widget shows later
 *    (advice after a tick, the details of types not chosen) is folded away, so
 *    the page below does not jump up. Visitors without JavaScript see it all.
 * 5. Room for what the upgraded widget adds whatever the content (the checklist's plan, below the list in a
 *    column narrower than 46em); the widget itself keeps at least the pre-upgrade height until the reader's
 *    first action (ImmunoElement), so over-reserving never makes the page below move up. A margin under the
 *    markup's last part (the meta `<aside>`), so the room appears only once that has arrived: a browser draws a page
 *    it is still parsing, and a box after the markup parsed so far (the host's `::after`, before) is pushed down as
 *    the rest arrives, which Chromium counts as layout shift even for a box with no ink (0.04 to 0.21 seen with the
 *    built-in content). The host's own padding cannot do it: a container query cannot style its own container.
 * 6. In a column of 44em or more the upgraded explorer shows the list beside the chosen type's details: the
 *    first type's text is laid out at the details' width (so it wraps into as many lines, in any engine's fonts)
 *    and the other types take no height.
 */
const embedForms: { readonly [N in WidgetName]: EmbedForm<SectionOf<N>> } = {
  faq: {
    form: (s) => faqForm(s),
    css:
      'immuno-faq:not(:defined):not([hidden]){display:block}' +
      /* 1 */ 'immuno-faq:not(:defined)>details:first-of-type{margin-block-start:3.25em}' +
      /* 2 */ 'immuno-faq:not(:defined)>details{border-block-end:1px solid #d0d5dd}' +
      'immuno-faq:not(:defined)>details>summary{padding-block:.95em;font-weight:600}',
  },
  'how-it-works': {
    form: stepsForm,
    css: 'immuno-how-it-works:not(:defined):not([hidden]){display:flow-root}',
  },
  'side-effect-checklist': {
    form: symptomsForm,
    css:
      'immuno-side-effect-checklist:not(:defined):not([hidden]){display:block;container-type:inline-size}' +
      /* 4 */ '@media (scripting:enabled){immuno-side-effect-checklist:not(:defined) li>:is([data-advice],[data-level]){display:none}' +
      /* 2 */ 'immuno-side-effect-checklist:not(:defined) li{padding-block:.15em}' +
      /* 5 */ '@container (max-width:45.99em){immuno-side-effect-checklist:not(:defined)>[data-meta]{margin-block-end:20.75em}}}',
  },
  'therapy-explorer': {
    form: therapiesForm,
    css:
      'immuno-therapy-explorer:not(:defined):not([hidden]){display:block;container-type:inline-size;line-height:1.5}' +
      /* 2 */ 'immuno-therapy-explorer:not(:defined) dd{margin-inline-start:0}' +
      /* 4 */ '@media (scripting:enabled){immuno-therapy-explorer:not(:defined)>article~article>:not(h2,h3,h4,h5,h6){display:none}' +
      /* 1 */ 'immuno-therapy-explorer:not(:defined)>[data-cancers]{margin-block:1em 10em}' +
      /* 2 */ 'immuno-therapy-explorer:not(:defined)>article{padding-block:2em}' +
      /* 6 */ '@container (min-width:44em){immuno-therapy-explorer:not(:defined)>[data-cancers]{margin-block:0 6em}' +
      'immuno-therapy-explorer:not(:defined)>article~article{display:none}' +
      'immuno-therapy-explorer:not(:defined)>article{margin-inline-start:18em;padding:1em;border:1px solid transparent}}}',
  },
};

/** The content section definition (schema, built-in content) a widget reads. */
export const sectionFor = (name: WidgetName): SectionDefinition<SectionName> => sections[widget(name).section] as SectionDefinition<SectionName>;

/**
 * The pre-upgrade rules the snippet's `<style>` holds for a widget (without the wpautop rule): written above for
 * `:not(:defined)`, they also hold while the element has the custom state `upgrading` (it renders its first view in
 * pieces under its page markup; ImmunoElement, `piece()`). In `:is()`, a browser without `:state()` keeps the rest.
 */
export const preUpgradeCss = (name: WidgetName): string => embedForms[name].css.replaceAll(':not(:defined)', ':is(:not(:defined),:state(upgrading))');

export interface SnippetOptions {
  /** A content pack (parsed JSON). Left out: the built-in content. */
  content?: unknown;
  /** The language the page wants (`es`, `es-MX`). See `lang` in the result. */
  lang?: string;
  /** Attributes for the element, e.g. `{ 'care-team-phone': '+1 555 0100', searchable: true }`. */
  attributes?: Record<string, string | boolean>;
  /** URL of `immuno-widgets.js`: adds `<script type="module" src>` before the element. */
  script?: string;
  /** Write the layout-shift `<style>` (default true). */
  style?: boolean;
  /**
   * How the content is written (default `'light-dom'`):
   * - `'light-dom'`: as the HTML the widget reads (text in the page, for search engines and no-JS visitors);
   * - `'json'`: as a `<script type="application/json">` child of the element;
   * - `'reference'`: as a top-level `<script type="application/json" id>` before the element, which
   *   points at it with `content="#id"`. CKEditor 5 empties a script inside a custom element but keeps
   *   a top-level one (measured in test/editors.test.ts; see docs/embed/editors.md).
   * The JSON forms hold the validated pack on one line, with `<`, `>` and `&` escaped, so no text in
   * it can close the script.
   */
  form?: SnippetForm;
  /** The `id` of the JSON script in the `'reference'` form (default `immuno-<widget>-content`); unique per page. */
  contentId?: string;
}

/** The forms a snippet's content can take; see `SnippetOptions.form`. */
export const snippetForms = ['light-dom', 'json', 'reference'] as const;
export type SnippetForm = (typeof snippetForms)[number];

export interface Snippet {
  /** The HTML to paste. */
  html: string;
  /** The `lang` written on the element: always the language of the text inside it. */
  lang: string;
  /** Content problems, with field paths; invalid parts were left out or replaced by built-in content. */
  issues: ContentIssue[];
  /** Everything else a person should know (language fallbacks, ignored attributes). */
  warnings: string[];
}

const base = (lang: string) => lang.toLowerCase().split('-')[0];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Attributes the snippet never writes: content must come from the light DOM it holds. */
const REFUSED = new Set(['content', 'src', 'style', 'slot', 'is']);

/** Turns a widget and its content into the HTML snippet to paste. Never throws for bad content; throws for an unknown widget. */
export function renderSnippet(name: string, options: SnippetOptions = {}): Snippet {
  const key = widgetFor(name);
  if (!key) throw new Error(`unknown widget "${name}"; use one of: ${widgets.map((w) => w.name).join(', ')}`);
  const { tag } = widget(key);
  const embed = embedForms[key] as EmbedForm<SectionName>;
  const def = sectionFor(key);
  const issues: ContentIssue[] = [];
  const warnings: string[] = [];

  let meta = def.builtIn.meta;
  let section: Sections[SectionName] = def.builtIn.section;
  let strings = {};
  const pack = options.content;
  if (pack !== undefined) {
    const r = validateContent(pack, def);
    const missing = !isObject(pack) || pack[def.name] === undefined;
    issues.push(...r.issues.filter((i) => !(missing && i.path === def.name)));
    if (missing) warnings.push(`the pack has no "${def.name}" section; writing the built-in ${def.name} (English) instead`);
    else ({ meta, section, strings } = r);
  }

  const lang = meta.language;
  if (options.lang && base(options.lang) !== base(lang)) {
    warnings.push(
      pack === undefined
        ? `no built-in content in "${options.lang}": only English is built in. Writing the English content, marked lang="${lang}" ` +
            `(its labels are English too). Give your translated, reviewed pack with --content.`
        : `you asked for "${options.lang}" but the pack's meta.language is "${lang}"; the element is marked lang="${lang}", the language of its text.`,
    );
  }
  if (!hasLabels(lang)) warnings.push(`the bundle has no UI words for "${lang}": buttons and labels are English unless the pack's "strings" give them`);

  let symptomNames: Map<string, string> | undefined;
  if (key === 'therapy-explorer') {
    const raw = isObject(pack) ? pack.symptoms : undefined;
    const symptoms = (raw !== undefined ? validateSection(raw, symptomsSection, []) : undefined) ?? symptomsSection.builtIn.section;
    symptomNames = new Map(symptoms.items.map((s) => [s.id, s.label]));
  }

  const elementAttrs: Record<string, string | boolean> = { lang };
  for (const [n, v] of Object.entries(options.attributes ?? {})) {
    const lower = n.toLowerCase();
    if (lower === 'lang') warnings.push('the lang attribute is set from the content; ignored yours');
    else if (REFUSED.has(lower) || lower.startsWith('on') || !/^[a-z][a-z0-9-]*$/.test(lower))
      warnings.push(`refused the attribute "${n}"${REFUSED.has(lower) ? ' (the content is written inside the element)' : ''}`);
    else elementAttrs[lower] = v;
  }

  const form = options.form ?? 'light-dom';
  if (!snippetForms.includes(form)) throw new Error(`unknown form "${String(form)}"; use one of: ${snippetForms.join(', ')}`);
  let lines: string[] = [];
  let before = '';
  if (form === 'light-dom') {
    // The sign that this markup is drawn until its widget's turn (src/shared/define.ts, "Upgrading in turn").
    // And, when the snippet writes its own <style>, that its pre-upgrade rules also hold while it renders in pieces
    // (`preUpgradeCss`); rules the site keeps elsewhere (`style: false`) may be an older copy, for `:not(:defined)` only.
    elementAttrs[IN_TURN] ??= options.style === false ? 'in-turn' : `in-turn ${IN_PIECES}`;
    const ctx: FormContext = { t: labels(lang, strings), lang, headingLevel: Number(elementAttrs['heading-level']) || 3, symptomNames };
    lines = embed.form(section, ctx);
    // Fields no form knows yet (added to the schema later) and the pack's UI strings, as JSON.
    const sectionExtra = extras(section, KNOWN[def.name as keyof typeof KNOWN]);
    const packExtra = Object.keys(strings).length ? { strings } : undefined;
    if (sectionExtra || packExtra)
      lines.push(el('div', { 'data-extra': true, hidden: true, 'data-section': sectionExtra && json(sectionExtra), 'data-pack': packExtra && json(packExtra) }));
    lines.push(metaForm(meta, ctx));
  } else {
    // The validated pack: what the widget would show, without the parts validation left out.
    const packed: Record<string, unknown> = { meta, [def.name]: section };
    if (Object.keys(strings).length) packed.strings = strings;
    if (key === 'therapy-explorer' && isObject(pack) && pack.symptoms !== undefined) {
      const symptoms = validateSection(pack.symptoms, symptomsSection, []);
      if (symptoms) packed.symptoms = symptoms;
    }
    const id = options.contentId ?? `immuno-${key}-content`;
    const jsonScript = `<script type="application/json"${form === 'reference' ? attrs({ id }) : ''}>${scriptJson(packed)}</script>`;
    if (form === 'json') lines = [jsonScript];
    else {
      before = `${jsonScript}\n`;
      elementAttrs.content = `#${id}`;
    }
  }

  let script = '';
  if (options.script !== undefined) {
    const src = safeHref(options.script);
    if (src) script = `<script type="module"${attrs({ src })}></script>`;
    else warnings.push(`refused the script URL "${options.script}": use an https:, http: or relative URL`);
  }
  const style = options.style === false ? '' : `<style>${preUpgradeCss(key)}${EMPTY_P}</style>\n`;
  const inner = lines.length ? `\n${lines.join('\n')}\n` : '';
  const html = `${style}${before}<div class="immuno-embed">${script}<${tag}${attrs(elementAttrs)}>${inner}</${tag}></div>\n`;
  return { html, lang, issues, warnings };
}

/** JSON for a `<script>` element: one line, and no `<`, `>` or `&` that could end the script or start a comment. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** 3: `wpautop` leftovers. */
const EMPTY_P = '.immuno-embed>*>p:empty{display:none}';

/** Every section the renderer can write, for tools that list them. */
export const sectionNames = Object.keys(sections) as SectionName[];
