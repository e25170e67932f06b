import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ImmunoFaq } from '../src/components/faq/faq.js';
import { ImmunoSideEffectChecklist } from '../src/components/side-effect-checklist/side-effect-checklist.js';
import { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';
import { defineAll } from '../src/define-all.js';
import { renderSnippet } from '../src/embed/render.js';
import { defineElements } from '../src/shared/define.js';
import { widgets } from '../src/widgets.js';
import { captureWarnings, shadowText, waitFor, watchIntl } from './helpers.js';

describe('registering the elements', () => {
  it('defines the tag of every widget in the registry', () => {
    defineAll();
    for (const { tag } of widgets) expect(customElements.get(tag), tag).to.exist;
  });

  it('skips tags already defined (bundle loaded twice) with one warning, never throwing', async () => {
    defineAll();
    const warnings = await captureWarnings(() => defineAll());
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('immuno-faq');
    expect(warnings[0]).to.contain('already defined');
  });

  it('keeps a tag another copy registered first', async () => {
    class Other extends LitElement {}
    customElements.define('immuno-test-taken', Other);
    const warnings = await captureWarnings(() => defineElements({ 'immuno-test-taken': class extends LitElement {} }));
    expect(customElements.get('immuno-test-taken')).to.equal(Other);
    expect(warnings).to.have.length(1);
  });
});

describe('upgrading in turn (the snippet renderer\'s data-upgrade="in-turn")', () => {
  let n = 0;
  /** Fresh tags (a tag can be defined once per page) with elements already in the page, as a pasted snippet has them. */
  function page(markup: (tags: string[]) => string, count = 2): { tags: string[]; host: HTMLElement } {
    n++;
    const tags = Array.from({ length: count }, (_, i) => `immuno-turn-${n}-${i}`);
    const host = document.createElement('div');
    host.innerHTML = markup(tags);
    document.body.append(host);
    return { tags, host };
  }
  const classes = (tags: string[]) => Object.fromEntries(tags.map((t) => [t, class extends LitElement {}]));
  const nextTask = () => new Promise((r) => setTimeout(r, 0));
  /** Defines `tag` as an FAQ (in turn, as the page's sign asks) while `watchIntl` reports each `names` object made, until `el` has rendered. */
  async function defineWatchingIntl(tag: string, el: ImmunoFaq, names: Parameters<typeof watchIntl>[0], made: Parameters<typeof watchIntl>[1]): Promise<void> {
    const restore = watchIntl(names, made);
    try {
      defineElements({ [tag]: class extends ImmunoFaq {} });
      await customElements.whenDefined(tag);
      await el.updateComplete;
    } finally {
      restore();
    }
  }

  it('defines each signed kind in a task of its own, in the order of the page, and whenDefined resolves for each', async () => {
    // The second kind comes first in the page.
    const { tags, host } = page(([a, b]) => `<${b} data-upgrade="in-turn"><p>B</p></${b}><${a} data-upgrade="in-turn"><p>A</p></${a}>`);
    const order: string[] = [];
    for (const t of tags) void customElements.whenDefined(t).then(() => order.push(t));
    defineElements(classes(tags));
    expect(tags.map((t) => !!customElements.get(t)), 'nothing defined in the script\'s own task').to.deep.equal([false, false]);
    for (let i = 0; i < 20 && !customElements.get(tags[0]); i++) await nextTask();
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    expect(order).to.deep.equal([tags[1], tags[0]]);
    host.remove();
  });

  it('schedules its first task from a microtask, not from the calling script (whose stack a trace would record)', async () => {
    const { tags, host } = page(([a]) => `<${a} data-upgrade="in-turn"><p>A</p></${a}>`, 1);
    const calls: string[] = [];
    const scheduler = (globalThis as { scheduler?: { postTask?: unknown } }).scheduler;
    const realPostTask = scheduler?.postTask;
    const ownPostTask = !!scheduler && Object.prototype.hasOwnProperty.call(scheduler, 'postTask');
    const realSetTimeout = globalThis.setTimeout;
    let inCall = false;
    if (scheduler && typeof realPostTask === 'function')
      scheduler.postTask = function (this: unknown, ...args: unknown[]) {
        calls.push(inCall ? 'postTask during the call' : 'postTask after');
        return (realPostTask as (...a: unknown[]) => unknown).apply(this, args);
      };
    globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
      calls.push(inCall ? 'setTimeout during the call' : 'setTimeout after');
      return realSetTimeout(...args);
    }) as typeof setTimeout;
    try {
      inCall = true;
      defineElements(classes(tags));
      inCall = false;
      await Promise.resolve();
      await Promise.resolve();
    } finally {
      inCall = false;
      if (scheduler && realPostTask) {
        if (ownPostTask) scheduler.postTask = realPostTask;
        else delete scheduler.postTask;
      }
      globalThis.setTimeout = realSetTimeout;
    }
    expect(calls, 'scheduled only after the call returned').to.have.length.greaterThan(0);
    expect(calls.filter((c) => c.includes('during'))).to.deep.equal([]);
    await customElements.whenDefined(tags[0]);
    host.remove();
  });

  it('defines at once, as before, a kind with an element without the sign, or with no element in the page', () => {
    const { tags, host } = page(([a]) => `<${a} data-upgrade="in-turn"></${a}><${a}></${a}>`);
    defineElements(classes(tags));
    expect(tags.map((t) => !!customElements.get(t))).to.deep.equal([true, true]);
    host.remove();
  });

  it('defines every kind at once when a widget shares its footer (its one footer would move as each kind arrives)', () => {
    const { tags, host } = page(([a, b]) => `<${a} data-upgrade="in-turn"></${a}><${b} data-upgrade="in-turn" footer="shared"></${b}>`);
    defineElements(classes(tags));
    expect(tags.map((t) => !!customElements.get(t))).to.deep.equal([true, true]);
    host.remove();
  });

  /** The built-in explorer snippet under a fresh tag, with every `querySelectorAll` on the element logged (a JS property: no DOM change). */
  function explorerPage(): { tag: string; host: HTMLElement; el: HTMLElement; reads: { selector: string; defined: boolean }[] } {
    const { tags, host } = page(([t]) => renderSnippet('therapy-explorer').html.replaceAll('immuno-therapy-explorer', t), 1);
    const el = host.querySelector<HTMLElement>(tags[0])!;
    const reads: { selector: string; defined: boolean }[] = [];
    el.querySelectorAll = function (this: HTMLElement, selector: string) {
      reads.push({ selector, defined: !!customElements.get(tags[0]) });
      return Element.prototype.querySelectorAll.call(this, selector);
    } as typeof el.querySelectorAll;
    return { tag: tags[0], host, el, reads };
  }
  const articleReads = (reads: { selector: string; defined: boolean }[]) => reads.filter((r) => r.selector === ':scope > article');
  const shownName = (el: Element) => el.shadowRoot?.querySelector('#details-title')?.textContent?.trim();

  it('reads and validates a kind\'s page markup in a task before its own, and its upgrade uses that read', async () => {
    const { tag, host, el, reads } = explorerPage();
    defineElements({ [tag]: class extends ImmunoTherapyExplorer {} });
    await customElements.whenDefined(tag);
    await (el as ImmunoTherapyExplorer).updateComplete;
    expect(shownName(el)).to.equal('Checkpoint inhibitors');
    expect(articleReads(reads).map((r) => r.defined), 'the markup is read once, before the kind is defined').to.deep.equal([false]);
    host.remove();
  });

  it('reads again at the upgrade when the markup changed after it was read ahead', async () => {
    const { tag, host, el, reads } = explorerPage();
    ImmunoTherapyExplorer.prepare(el);
    el.querySelector('article h3')!.textContent = 'Checkpoint inhibitors (changed)';
    customElements.define(tag, class extends ImmunoTherapyExplorer {});
    await (el as ImmunoTherapyExplorer).updateComplete;
    expect(shownName(el)).to.equal('Checkpoint inhibitors (changed)');
    expect(articleReads(reads).map((r) => r.defined)).to.deep.equal([false, true]);
    host.remove();
  });

  it("warms the date formatter of the footer's language: the content's, when the element says another language", async () => {
    // A snippet whose element's lang was changed to the page's ("en": an author, or a CMS) while its markup, and so
    // its footer, stays in another language (the aside's lang; `es-US`, a locale no other test formats). English is
    // written without Intl, so warming "en" makes no formatter and the footer's would be the page's first, in a render.
    const { tags, host } = page(([t]) => renderSnippet('faq').html.replaceAll('immuno-faq', t).replace('<aside data-meta lang="en"', '<aside data-meta lang="es-US"'), 1);
    const el = host.querySelector<ImmunoFaq>(tags[0])!;
    expect(el.querySelector('aside[data-meta]')!.getAttribute('lang')).to.equal('es-US');
    const Real = Intl.DateTimeFormat;
    const made: { locale: unknown; defined: boolean }[] = [];
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args: unknown[]) {
        made.push({ locale: args[0], defined: !!customElements.get(tags[0]) });
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      await captureWarnings(async () => {
        defineElements({ [tags[0]]: class extends ImmunoFaq {} });
        await customElements.whenDefined(tags[0]);
        await waitFor(() => shadowText(el).includes('noviembre'), 5000, 'the footer in Spanish');
      });
    } finally {
      Intl.DateTimeFormat = Real;
    }
    expect(made.filter((m) => m.locale === 'es-US')[0], 'the first es-US formatter, made before the kind was defined').to.deep.equal({ locale: 'es-US', defined: false });
    host.remove();
  });

  it('warms Intl for the footer\'s "Translated from …" line too, when the page already says the dates', async () => {
    // An English snippet translated from Spanish and not yet checked: its footer names the original language with
    // Intl.DisplayNames. Its dates are in the page's words, so no date formatter is needed, but that one object
    // would be the page's first Intl formatter, in a render.
    const { tags, host } = page(([t]) => renderSnippet('faq').html.replaceAll('immuno-faq', t), 1);
    const el = host.querySelector<ImmunoFaq>(tags[0])!;
    const aside = el.querySelector('aside[data-meta]')!;
    aside.setAttribute('data-json', JSON.stringify({ ...JSON.parse(aside.getAttribute('data-json') ?? '{}'), translatedFrom: 'es' }));
    const made: boolean[] = [];
    await defineWatchingIntl(tags[0], el, ['DisplayNames'], () => made.push(!!customElements.get(tags[0])));
    expect(shadowText(el)).to.match(/Translated from Spanish/);
    expect(made[0], 'the first DisplayNames, made before the kind was defined').to.equal(false);
    host.remove();
  });

  it('makes no Intl object at all for an English snippet that says its own dates and is not a translation', async () => {
    const { tags, host } = page(([t]) => renderSnippet('faq').html.replaceAll('immuno-faq', t), 1);
    const el = host.querySelector<ImmunoFaq>(tags[0])!;
    const made: string[] = [];
    await defineWatchingIntl(tags[0], el, ['DateTimeFormat', 'DisplayNames', 'NumberFormat', 'PluralRules', 'ListFormat'], (n) => made.push(n));
    expect(shadowText(el)).to.match(/Written [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(made).to.deep.equal([]);
    host.remove();
  });

  it('an element created by a script before its kind\'s turn upgrades at that turn', async () => {
    const { tags, host } = page(([a]) => `<${a} data-upgrade="in-turn"></${a}>`, 1);
    defineElements(classes(tags));
    const late = document.createElement(tags[0]);
    host.append(late);
    await customElements.whenDefined(tags[0]);
    expect(late).to.be.instanceOf(customElements.get(tags[0])!);
    host.remove();
  });
});

describe("the reserve of a signed element's page markup (its height, kept until the reader's first action)", () => {
  let n = 0;
  /** Each task `defineElements` schedules, held until the test runs it. */
  function holdTasks(): { run: () => Promise<void>; restore: () => void } {
    const queue: (() => void)[] = [];
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', {
      configurable: true,
      value: { postTask: (fn: () => void) => new Promise<void>((res) => queue.push(() => res(fn()))) },
    });
    const restore = () => {
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    };
    return {
      restore,
      async run() {
        for (let i = 0; i < 20; i++) {
          await Promise.resolve();
          const next = queue.shift();
          if (!next) break;
          next();
        }
      },
    };
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

  for (const laidOut of [true, false]) {
    it(laidOut
      ? 'is the height the last layout gave it: the upgrade forces no layout of its own (no height read on the element)'
      : 'is read at the upgrade when no layout came between the script and its turn', async () => {
      const tag = `immuno-reserve-${++n}`;
      const wrap = document.createElement('div');
      wrap.style.inlineSize = '390px';
      wrap.innerHTML = renderSnippet('side-effect-checklist').html.replaceAll('immuno-side-effect-checklist', tag);
      document.body.append(wrap);
      const el = wrap.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      const height = el.getBoundingClientRect().height;
      const held = holdTasks();
      const real = Element.prototype.getBoundingClientRect;
      let reads = 0;
      try {
        defineElements({ [tag]: class extends ImmunoSideEffectChecklist {} });
        if (laidOut) await frame();
        Element.prototype.getBoundingClientRect = function (this: Element) {
          if (this === el) reads++;
          return real.call(this);
        };
        await held.run();
      } finally {
        Element.prototype.getBoundingClientRect = real;
        held.restore();
      }
      expect(customElements.get(tag), 'defined').to.exist;
      await el.updateComplete;
      expect(parseFloat(el.style.getPropertyValue('--_reserved')), 'the reserve is the markup height').to.be.closeTo(height, 0.5);
      expect(reads, 'height reads on the element at its upgrade').to.equal(laidOut ? 0 : 1);
      wrap.remove();
    });
  }
});

