import { aTimeout } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { neverIdle } from '../bench/never-idle.mjs';

/** Collects `console.warn` calls while `fn` runs and restores it after. */
export async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Waits until `check` returns true, or fails after `ms`. */
export async function waitFor(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

/** The shadow root's text, whitespace collapsed. */
export const shadowText = (el: Element): string =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Wraps each `Intl` constructor named in `names` (`'DateTimeFormat'`, `'ListFormat'`, …) so that `onMake(name, args)`
 * runs for every object made through it; returns the function that puts the real constructors back.
 */
export function watchIntl(names: string[], onMake: (name: string, args: unknown[]) => void): () => void {
  const intl = Intl as unknown as Record<string, new (...a: unknown[]) => object>;
  const real = names.map((n) => intl[n]);
  names.forEach((n, i) => {
    intl[n] = new Proxy(real[i], {
      construct(target, args: unknown[]) {
        onMake(n, args);
        return Reflect.construct(target, args) as object;
      },
    });
  });
  return () => names.forEach((n, i) => (intl[n] = real[i]));
}

/**
 * Idle time handed out by the test: bench/never-idle.mjs's `neverIdle()` holds every idle callback (`waiting`, by id,
 * in the order asked for) until `run(n, ms)` runs the first `n` of those waiting then, each given `ms` of idle time
 * (`timeRemaining()`), or no deadline at all when `ms` is left out; a callback one of them asks for waits for the next
 * `run`. `{ cancel: false }` is a page's polyfill that brings no cancelIdleCallback. `restore()` puts back what the
 * page had (or nothing, in an engine without requestIdleCallback).
 */
export function heldIdle({ cancel = true } = {}) {
  const g = globalThis as Partial<typeof globalThis>;
  const saved = { r: g.requestIdleCallback, c: g.cancelIdleCallback, hadR: 'requestIdleCallback' in g, hadC: 'cancelIdleCallback' in g };
  const waiting = neverIdle();
  if (!cancel) delete g.cancelIdleCallback;
  return {
    waiting,
    /** Returns how many it ran (fewer than `n` when fewer were waiting). */
    run(n = 1, ms?: number): number {
      const due = [...waiting].slice(0, n);
      for (const [id, f] of due) {
        waiting.delete(id);
        const end = performance.now() + (ms ?? 0);
        f((ms === undefined ? undefined : { didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) }) as IdleDeadline);
      }
      return due.length;
    },
    restore(): void {
      if (saved.hadR) g.requestIdleCallback = saved.r;
      else delete g.requestIdleCallback;
      if (saved.hadC) g.cancelIdleCallback = saved.c;
      else delete g.cancelIdleCallback;
    },
  };
}

// ---------------------------------------------------------------------------
// Engine-neutral input and media. Tests import `sendKeys` and `emulateMedia` from
// here rather than from @web/test-runner-commands: same payloads, every engine.

/** The engine this page runs in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * `it` in every engine but `skip`, where the test is skipped. `reason` is one line naming the
 * missing engine feature (or the src bug still to fix); it shows in the test title.
 */
export function itExceptIn(skip: typeof engine | (typeof engine)[], reason: string, title: string, fn: Mocha.AsyncFunc) {
  const skipped = ([] as string[]).concat(skip).includes(engine);
  return skipped ? it.skip(`${title} [skipped: ${reason}]`, fn) : it(title, fn);
}

type KeysPayload = { press: string } | { type: string } | { down: string } | { up: string };

/**
 * Presses or types keys natively, with the key names of @web/test-runner-commands
 * ('Tab', 'Space', 'Enter', 'ArrowDown', 'Home', 'Shift' …) in every engine.
 */
export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('immuno-send-keys', payload);
}

export interface MediaPayload {
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

const real: Required<MediaPayload> = { media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' };
const wanted: Required<MediaPayload> = { ...real };
const originalText = new Map<CSSMediaRule, string>();
const originalMatchMedia = window.matchMedia.bind(window);
const yes = '(min-width: 0px)';
const no = '(not (min-width: 0px))';

/** A media query list rewritten so that it matches as it would under `wanted`. */
function rewrite(list: string): string {
  return list
    .split(',')
    .map((query) => {
      let q = query.trim();
      const typed = /^(only\s+)?(print|screen|all)\b/i.exec(q);
      if (typed && wanted.media !== real.media) {
        const type = typed[2].toLowerCase();
        if (type !== 'all' && type !== wanted.media) return 'not all';
        q = 'all' + q.slice(typed[0].length);
      }
      return q.replace(/\(\s*(prefers-reduced-motion|forced-colors)\s*(?::\s*([a-z-]+)\s*)?\)/gi, (whole, feature: string, value?: string) => {
        const now = feature.toLowerCase() === 'forced-colors' ? wanted.forcedColors : wanted.reducedMotion;
        const base = feature.toLowerCase() === 'forced-colors' ? real.forcedColors : real.reducedMotion;
        if (now === base) return whole;
        const matches = value ? value.toLowerCase() === now : now !== base;
        return matches ? yes : no;
      });
    })
    .join(', ');
}

function* rulesOf(sheet: CSSStyleSheet | CSSGroupingRule): Generator<CSSRule> {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return; // a cross-origin sheet
  }
  for (const rule of rules) {
    yield rule;
    if ('cssRules' in rule) yield* rulesOf(rule as CSSGroupingRule);
  }
}

function* sheetsIn(root: Document | ShadowRoot): Generator<CSSStyleSheet> {
  yield* root.styleSheets;
  yield* root.adoptedStyleSheets ?? [];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* sheetsIn(el.shadowRoot);
}

const emulating = () => Object.entries(wanted).some(([k, v]) => real[k as keyof MediaPayload] !== v);

function rewriteSheets(sheets: Iterable<CSSStyleSheet>) {
  for (const sheet of new Set(sheets)) {
    for (const rule of rulesOf(sheet)) {
      if (!(rule instanceof CSSMediaRule)) continue;
      if (!originalText.has(rule)) originalText.set(rule, rule.media.mediaText);
      rule.media.mediaText = rewrite(originalText.get(rule)!);
    }
  }
}

// Style sheets adopted while emulating (an element created after the call) are rewritten too.
const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
  ...adopted,
  set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
    adopted.set!.call(this, sheets);
    if (emulating()) rewriteSheets(sheets);
  },
});

/** Rewrites every @media rule on the page (shadow roots included) to match `wanted`, or restores them. */
function applyCssEmulation() {
  if (emulating()) rewriteSheets(sheetsIn(document));
  else {
    for (const [rule, text] of originalText) rule.media.mediaText = text;
    originalText.clear();
  }
  window.matchMedia = emulating() ? (q: string) => originalMatchMedia(rewrite(q)) : originalMatchMedia;
}

/**
 * Emulates print, reduced motion or forced colours. Chromium emulates them for real;
 * where the engine cannot (Firefox over WebDriver BiDi, WebKit over WebDriver), the
 * page's own @media rules and `matchMedia` are rewritten to answer as if it did, which
 * is what the tests read (computed styles). Call it after the elements exist.
 */
export async function emulateMedia(payload: MediaPayload): Promise<void> {
  Object.assign(wanted, payload);
  const done = await executeServerCommand<boolean, MediaPayload>('immuno-emulate-media', payload);
  if (!done) applyCssEmulation();
}

/**
 * Prints the page to PDF through the engine's own print path and returns the text of each page
 * ('' for a blank one), or null when the engine cannot print under automation.
 */
export async function printToPdf(format: 'Letter' | 'A4' = 'Letter'): Promise<string[] | null> {
  const { pages } = await executeServerCommand<{ pages: string[] | null }, { format: string }>('immuno-print-pdf', { format });
  return pages;
}
