import { expect } from '@open-wc/testing';
import { WIDGET_CLASSES } from './widget-classes.js';
import { renderSnippet } from '../src/embed/render.js';
import { widget, type WidgetName } from '../src/widgets.js';

/*
 * A keyboard reader who focused a control of a snippet's page markup before the widget took its place keeps their
 * place: focus moves to the widget's own control for it, never stays on (Chromium, WebKit) or drops from (Firefox to
 * <body>) a node that is no longer drawn. Whatever the snippet's sign: none (the widget upgrades when the bundle
 * runs), `in-turn` (at its kind's turn) or `in-turn in-pieces` (the markup stays drawn while it upgrades).
 */
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const hasStates = CSS.supports('selector(:state(upgrading))');

/** The focused element, inside shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
const drawn = (el: Element | null) => !!el && el.getClientRects().length > 0;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

let n = 0;
/** A snippet of `name` with the sign `sign` (none: no attribute) under a fresh tag; `define()` upgrades it. */
function paste(name: WidgetName, sign: string | null) {
  const tag = widget(name).tag;
  const fresh = `${tag}-f${++n}`;
  const wrap = document.createElement('div');
  wrap.innerHTML = `<input id="outside" aria-label="Outside">${renderSnippet(name).html.replaceAll(tag, fresh)}`;
  const el = wrap.querySelector(fresh) as Widget;
  if (sign === null) el.removeAttribute('data-upgrade');
  else el.setAttribute('data-upgrade', sign);
  document.body.append(wrap);
  return { wrap, el, define: () => customElements.define(fresh, class extends WIDGET_CLASSES[name] {}) };
}

/** While upgrading in pieces (the markup still drawn): after the first update, before the last piece. */
async function midway(el: Widget) {
  await Promise.resolve();
  await Promise.resolve();
  expect(el.matches(':state(upgrading)'), 'upgrading in pieces').to.equal(true);
}

describe('focus in the page markup when the widget takes its place', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const sign of [null, 'in-turn', 'in-turn in-pieces']) {
    const signed = sign === null ? 'no sign' : `"${sign}"`;

    it(`faq (${signed}): a focused, opened question becomes the widget's button for it, open`, async () => {
      const { el, define } = paste('faq', sign);
      const details = el.querySelectorAll('details')[3];
      const id = details.id;
      details.open = true;
      details.querySelector('summary')!.focus();
      define();
      await el.updateComplete;
      await frame();
      const active = deepActive();
      expect(active?.id, 'focused').to.equal(`q-${id}`);
      expect(drawn(active), 'drawn').to.equal(true);
      expect(active!.getAttribute('aria-expanded'), 'open').to.equal('true');
    });

    it(`how-it-works (${signed}): the first step's "More detail" stays focused and open in the widget; the third's becomes step 3's button`, async () => {
      for (const [k, open] of [[0, true], [2, false]] as const) {
        const { wrap, el, define } = paste('how-it-works', sign);
        const li = el.querySelectorAll(':scope > ol > li')[k];
        const summary = li.querySelector('summary')!;
        (summary.parentElement as HTMLDetailsElement).open = open;
        summary.focus();
        define();
        await el.updateComplete;
        await frame();
        const active = deepActive()!;
        expect(drawn(active), `step ${k + 1}: drawn`).to.equal(true);
        expect(active.getRootNode() === el.shadowRoot, `step ${k + 1}: in the widget`).to.equal(true);
        if (k === 0) {
          expect(active.localName).to.equal('summary');
          expect(active.closest('li')!.id).to.equal(li.id);
          expect((active.parentElement as HTMLDetailsElement).open, 'still open').to.equal(true);
        } else {
          expect(active.closest('.progress'), 'a progress button').to.exist;
          expect(active.textContent).to.contain('3');
        }
        wrap.remove();
      }
    });

    it(`therapy-explorer (${signed}): the cancer-type list becomes the filter`, async () => {
      const { el, define } = paste('therapy-explorer', sign);
      el.querySelector<HTMLElement>('[data-cancers] > summary')!.focus();
      define();
      await el.updateComplete;
      await frame();
      expect(deepActive()?.id).to.equal('cancer');
      expect(drawn(deepActive())).to.equal(true);
    });

    it(`side-effect-checklist (${signed}): the footer's "Sources" becomes the widget's own`, async () => {
      const { el, define } = paste('side-effect-checklist', sign);
      const summary = [...el.querySelectorAll('summary')].find((s) => s.textContent!.trim() === 'Sources')!;
      summary.focus();
      define();
      await el.updateComplete;
      await frame();
      const active = deepActive()!;
      expect(active.getRootNode() === el.shadowRoot, 'in the widget').to.equal(true);
      expect(active.localName).to.equal('summary');
      expect(active.textContent!.trim()).to.equal('Sources');
      expect(drawn(active)).to.equal(true);
    });

    it(`faq (${signed}) with a src pack: focus waits out the "Loading…" line, then goes to the widget`, async () => {
      // A pack the page also gives as markup (for readers without JavaScript); the 404 falls back to the built-in
      // questions, the markup's own, so the question maps; a pack of other questions gets the widget's first control.
      for (const src of ['/does-not-exist.json', '/docs/embed/examples/our-faq.json']) {
        const { wrap, el, define } = paste('faq', sign);
        el.setAttribute('src', src);
        const summary = el.querySelectorAll('summary')[2];
        const id = summary.parentElement!.id;
        summary.focus();
        define();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.loading'), `${src}: loading first`).to.exist;
        for (let i = 0; i < 100 && el.shadowRoot!.querySelector('.loading'); i++) await frame();
        await el.updateComplete;
        await frame();
        const active = deepActive()!;
        expect(active.getRootNode() === el.shadowRoot, `${src}: in the widget`).to.equal(true);
        expect(drawn(active), `${src}: drawn`).to.equal(true);
        if (src === '/does-not-exist.json') expect(active.id).to.equal(`q-${id}`);
        wrap.remove();
      }
    });

    it(`faq (${signed}) with a src pack: a reader who clicks the page while "Loading…" stands keeps focus where the click left it`, async () => {
      const { el, define } = paste('faq', sign);
      el.setAttribute('src', '/does-not-exist.json');
      el.querySelectorAll('summary')[2].focus();
      define();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.loading'), 'loading first').to.exist;
      // A click on the page's background: focus goes to <body> (as Firefox also does when the markup stops being drawn).
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 100 && el.shadowRoot!.querySelector('.loading'); i++) await frame();
      await el.updateComplete;
      await frame();
      expect(deepActive() === document.body, `focus left where the click put it, not on ${deepActive()?.localName}`).to.equal(true);
    });

    it(`faq (${signed}) with a src pack: removed while "Loading…" stands, it leaves no listener on the document`, async () => {
      const { wrap, el, define } = paste('faq', sign);
      el.setAttribute('src', '/does-not-exist.json');
      const listening = new Set<unknown>();
      const [add, remove] = [document.addEventListener, document.removeEventListener];
      document.addEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?: boolean | AddEventListenerOptions) {
        if (type === 'pointerdown') listening.add(fn);
        return add.call(this, type, fn, o);
      } as typeof add;
      document.removeEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?: boolean | EventListenerOptions) {
        if (type === 'pointerdown') listening.delete(fn);
        return remove.call(this, type, fn, o);
      } as typeof remove;
      try {
        el.querySelectorAll('summary')[2].focus();
        define();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.loading'), 'loading first').to.exist;
        expect(listening.size, 'listening while the line stands').to.equal(1);
        wrap.remove();
        expect(listening.size, 'nothing left after removal').to.equal(0);
      } finally {
        delete (document as Partial<Document>).addEventListener;
        delete (document as Partial<Document>).removeEventListener;
      }
    });

    it(`(${signed}) focus outside the widget stays where it is`, async () => {
      const { wrap, el, define } = paste('faq', sign);
      const outside = wrap.querySelector<HTMLElement>('#outside')!;
      outside.focus();
      define();
      await el.updateComplete;
      await frame();
      expect(document.activeElement === outside, 'still outside').to.equal(true);
    });
  }

  it('while upgrading in pieces, a question opened and focused in the markup is the one focused and open in the widget', async () => {
    if (!hasStates) return;
    const { el, define } = paste('faq', 'in-turn in-pieces');
    define();
    await midway(el);
    const details = el.querySelectorAll('details')[1];
    details.querySelector('summary')!.focus();
    details.open = true;
    expect(document.activeElement === details.querySelector('summary'), 'focusable while drawn').to.equal(true);
    await el.updateComplete;
    await frame();
    expect(deepActive()?.id).to.equal(`q-${details.getAttribute('data-immuno-id')}`);
    expect(deepActive()!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('while upgrading in pieces, a question closed in the markup is closed in the widget', async () => {
    if (!hasStates) return;
    const { el, define } = paste('faq', 'in-turn in-pieces');
    const details = el.querySelectorAll('details')[0];
    details.open = true;
    define();
    await midway(el);
    details.open = false;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector(`#q-${details.getAttribute('data-immuno-id')}`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a link in an open answer keeps focus when the answer moves into its slot, upgrading in pieces as without', async () => {
    for (const sign of [null, 'in-turn', 'in-turn in-pieces']) {
      const { wrap, el, define } = paste('faq', sign);
      const details = el.querySelector('details')!;
      details.open = true;
      const link = document.createElement('a');
      link.href = 'https://example.org/our-clinic';
      link.textContent = 'Our clinic';
      details.querySelector('p')!.append(' ', link);
      link.focus();
      define();
      await el.updateComplete;
      await frame();
      expect(document.activeElement === link, `${sign}: the link`).to.equal(true);
      expect(drawn(link), `${sign}: drawn`).to.equal(true);
      wrap.remove();
    }
  });

  it("the <summary> of a <details> in an open answer (the hospital's own) keeps focus, upgrading in pieces as without", async () => {
    for (const sign of [null, 'in-turn', 'in-turn in-pieces']) {
      const { wrap, el, define } = paste('faq', sign);
      const details = el.querySelectorAll('details')[2];
      details.open = true;
      details.insertAdjacentHTML('beforeend', '<details><summary>Ask us</summary><p>Call the clinic.</p></details>');
      const inner = details.querySelector<HTMLElement>(':scope > details > summary')!;
      inner.focus();
      define();
      await el.updateComplete;
      await frame();
      expect(document.activeElement === inner, `${sign}: the inner summary`).to.equal(true);
      expect(drawn(inner), `${sign}: drawn`).to.equal(true);
      wrap.remove();
    }
  });

  it('single: the question the reader opened last in the markup while it upgrades in pieces is the open one', async () => {
    if (!hasStates) return;
    const { el, define } = paste('faq', 'in-turn in-pieces');
    el.setAttribute('single', '');
    define();
    await midway(el);
    const details = el.querySelectorAll('details');
    details[3].open = true;
    await Promise.resolve();
    details[1].open = true;
    details[1].querySelector('summary')!.focus();
    await el.updateComplete;
    await frame();
    const open = [...el.shadowRoot!.querySelectorAll('[aria-expanded="true"][id^="q-"]')].map((b) => b.id);
    expect(open).to.deep.equal([`q-${details[1].getAttribute('data-immuno-id')}`]);
    expect(deepActive()?.id).to.equal(`q-${details[1].getAttribute('data-immuno-id')}`);
  });

  it("how-it-works: a focused heading of the page markup (a hospital's tabindex=\"-1\" target) becomes the widget's heading for that step", async () => {
    const { el, define } = paste('how-it-works', 'in-turn');
    const h = el.querySelector<HTMLElement>(':scope > ol > li h3')!;
    h.tabIndex = -1;
    h.focus();
    define();
    await el.updateComplete;
    await frame();
    const active = deepActive()!;
    expect(active.getRootNode() === el.shadowRoot, 'in the widget').to.equal(true);
    expect(active.localName, 'a heading').to.match(/^h[1-6]$/);
    expect(active.textContent!.trim()).to.equal(h.textContent!.trim());
    expect(drawn(active)).to.equal(true);
  });

  it('a reader who moved focus out of the widget while it upgrades in pieces keeps it there', async () => {
    if (!hasStates) return;
    const { wrap, el, define } = paste('how-it-works', 'in-turn in-pieces');
    el.querySelector('summary')!.focus();
    define();
    await midway(el);
    const outside = wrap.querySelector<HTMLElement>('#outside')!;
    outside.focus();
    await el.updateComplete;
    await frame();
    expect(document.activeElement === outside, 'still outside').to.equal(true);
  });
});
