import { pageSaysDates, readJson } from '../content/read-rich-text.js';
import { nearestLang } from '../controllers/locale-controller.js';
import { formatDate, languageName } from './dates.js';

/**
 * The sign the snippet renderer writes on the element (`data-upgrade="in-turn"`, src/embed/render.ts): its
 * pre-rendered markup stays drawn, under the snippet's own `:not(:defined)` rules, until its kind is defined.
 */
export const IN_TURN = 'data-upgrade';

/**
 * The second word of the sign (`data-upgrade="in-turn in-pieces"`): the snippet's pre-upgrade rules also hold while
 * the element has the custom state `upgrading`, so the widget may render its first view in pieces, a task each,
 * under its page markup (ImmunoElement, `piece()`).
 */
export const IN_PIECES = 'in-pieces';

/**
 * Registers custom elements without ever throwing. A CMS may load the bundle
 * twice, or another copy may have registered a tag first: those tags are
 * skipped with one console warning for the whole call.
 *
 * Upgrading in turn: when every element of a kind already in the page carries the snippet renderer's sign
 * (`data-upgrade="in-turn"`), that kind is defined in a task of its own, one kind after another in the page's
 * order, after a task that makes the page's first date formatter (its first `Intl` formatter costs 25–40 ms) unless
 * the page's markup already says every footer date (then no formatter is made at start-up). A kind whose class can
 * read its page markup ahead (a static `prepare`, `prepareContent`) reads and validates it in a task before its own,
 * while that markup is still what is drawn; its upgrade uses the result unless something inside changed meanwhile.
 * Each kind still upgrades and renders its elements in one task (Lit's first update is a microtask of the
 * `define` call), so no frame ever shows a defined element that has not rendered: until its turn, an element shows
 * its page markup, as before the script ran. A page without the sign, an element without it, or a widget with
 * `footer="shared"` (whose one footer would move from widget to widget as each kind arrives) defines everything at
 * once, as before. `customElements.whenDefined()` and `updateComplete` keep their meaning; only `customElements.get()`
 * straight after the script may find a kind that waits its turn (docs/embed/README.md, "Upgrading in turn").
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const entries = Object.entries(elements);
  let waiting: typeof entries = [];
  try {
    waiting = inTurn(entries);
  } catch {
    /* every kind at once, as without the sign */
  }
  register(entries.filter((e) => !waiting.includes(e)));
  if (!waiting.length) return;
  watchMarkup(waiting);
  // Each kind that can read its page markup ahead (a static `prepare`) does so in a task before its own.
  const tasks = [
    () => warmDates(waiting),
    ...waiting.flatMap((e) => [...((e[1] as Prepared).prepare ? [() => prepare(e)] : []), () => register([e])]),
  ];
  const run = (): void => {
    try {
      tasks.shift()?.();
    } catch {
      // Fail soft: whatever went wrong, every kind is defined now, as without the sign.
      tasks.length = 0;
      register(waiting.filter(([tag]) => !customElements.get(tag)));
    }
    if (tasks.length) nextTask(run);
    else {
      markupWatch?.disconnect();
      markupWatch = undefined;
    }
  };
  // From a microtask, not from the module's evaluation: a trace with JavaScript stacks (Lighthouse's, DevTools')
  // records the stack of every task scheduled, and a stack through the bundle's top-level code makes V8 re-parse the
  // whole file for its source positions, about 15 ms of CPU in the bundle's task (docs/performance.md).
  queueMicrotask(() => nextTask(run));
}

/**
 * The block size (px) of each waiting element's page markup, as the browser's last layout gave it (a
 * `ResizeObserver`, which measures after layout at no cost), so an upgrade that keeps the markup's height
 * (`ImmunoElement`'s reserve) need not force a layout of its own: the widgets shown in the tasks before it leave the
 * page's layout dirty, and reading a height then laid it out again, 14 ms of CPU in the checklist's task on the
 * benchmark's hospital page (docs/performance.md).
 */
const markupSizes = new WeakMap<Element, number>();
let markupWatch: ResizeObserver | undefined;

function watchMarkup(waiting: [string, CustomElementConstructor][]): void {
  try {
    markupWatch = new ResizeObserver((entries) => {
      for (const e of entries) if (e.borderBoxSize?.[0]) markupSizes.set(e.target, e.borderBoxSize[0].blockSize);
    });
    for (const el of document.querySelectorAll(waiting.map(([tag]) => tag).join())) markupWatch.observe(el);
  } catch {
    /* each upgrade reads its height itself */
  }
}

/**
 * The block size (px) of `el`'s page markup at the last layout, once, while its kind waits its turn; `undefined`
 * when it was not watched or not laid out since (then read it with `getBoundingClientRect`).
 */
export function markupHeight(el: Element): number | undefined {
  markupWatch?.unobserve(el);
  const size = markupSizes.get(el);
  markupSizes.delete(el);
  return size;
}

/** Defines each tag not defined yet; one warning for those another copy defined first. */
function register(entries: [string, CustomElementConstructor][]): void {
  const skipped: string[] = [];
  for (const [tag, ctor] of entries) {
    try {
      if (customElements.get(tag)) skipped.push(tag);
      else customElements.define(tag, ctor);
    } catch {
      skipped.push(tag);
    }
  }
  if (skipped.length)
    console.warn(
      `immuno-widgets: ${skipped.join(', ')} ${skipped.length > 1 ? 'are' : 'is'} already defined on this page ` +
        '(is the bundle loaded twice?); keeping the first definition.',
    );
}

/** The kinds to define in turn, in the order their first element comes in the page; none when any widget shares its footer. */
function inTurn(entries: [string, CustomElementConstructor][]): [string, CustomElementConstructor][] {
  const found = [...document.querySelectorAll(entries.map(([tag]) => tag).join())];
  if (found.some((el) => el.getAttribute('footer') === 'shared')) return [];
  return [...new Set(found.map((el) => el.localName))]
    .filter((tag) => !customElements.get(tag) && found.every((el) => el.localName !== tag || (el.getAttribute(IN_TURN) ?? '').split(/\s+/).includes('in-turn')))
    .map((tag) => entries.find((e) => e[0] === tag)!);
}

/**
 * Makes the date formatter of the language each waiting element's footer will use, so the first widget's render does
 * not pay for ICU's data; none for an element whose page markup already says its dates in words its footer shows
 * (`pageSaysDates`), so on a page of such snippets no `Intl` formatter is made at start-up at all. That language is
 * the element's (`lang` on it or an ancestor), or its markup's (`<aside data-meta lang>`) when that is another
 * language (the widget then shows its content's language, as `LocaleController` does): English needs no formatter
 * (`formatDate`), so warming the element's "en" would leave a Spanish footer to make the page's first one in a render.
 * A footer that says "Translated from Spanish" (not yet checked) names that language with `Intl.DisplayNames`, which
 * is made here too, even when the page says the dates.
 */
function warmDates(waiting: [string, CustomElementConstructor][]): void {
  const base = (lang: string) => lang.toLowerCase().split('-')[0];
  for (const el of document.querySelectorAll(waiting.map(([tag]) => tag).join())) {
    const aside = el.querySelector(':scope > [data-meta]');
    const page = nearestLang(el);
    const content = aside?.getAttribute('lang')?.trim();
    const lang = content && base(content) !== base(page) ? content : page;
    if (!pageSaysDates(el)) formatDate('2026-01-01', lang);
    // "Translated from Spanish" names the language with `Intl.DisplayNames`, dates or not.
    const meta = readJson(aside);
    if (meta?.translatedFrom && !meta.languageReviewer) languageName(String(meta.translatedFrom), lang);
  }
}

/**
 * Reads and validates the page markup of each element of a kind (its class's static `prepare`), in the task before
 * the kind is defined; a kind without one, or a failure (then the upgrade reads as usual), does nothing.
 */
type Prepared = { prepare?: (host: Element) => void };
function prepare([tag, ctor]: [string, CustomElementConstructor]): void {
  for (const el of document.querySelectorAll(tag))
    try {
      (ctor as Prepared).prepare?.(el);
    } catch {
      /* read at the upgrade, as without it */
    }
}

/** Runs `fn` in a task of its own: `scheduler.postTask` where there is one, else a zero timeout. */
export function nextTask(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (f: () => void, o?: object) => Promise<unknown> } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(fn, { priority: 'user-visible' }).catch(() => undefined);
  else setTimeout(fn);
}
