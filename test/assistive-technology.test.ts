// What a screen-reader user hears matches what a sighted user sees (issue #15): one test per
// problem found by the accessibility audit, in every engine. The accessibility-tree snapshots of
// every state are in test/a11y/ (Chromium; `npm run test:a11y`).
import { expect, fixture, html } from '@open-wc/testing';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import { defineAll } from '../src/define.js';
import { listen, pause } from './a11y/ax.js';
import { sendKeys, waitFor } from './helpers.js';

defineAll();

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const landmarks = '[role="region"], section[aria-label], section[aria-labelledby], nav, aside, main, [role="navigation"], [role="complementary"]';

describe('assistive technology (#15)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('1. FAQ: no empty landmarks', () => {
    it('gives no closed answer a landmark role, and two FAQs sharing a question pass axe landmark-unique, open or closed', async () => {
      const wrap = await fixture(html`<div><immuno-faq></immuno-faq><immuno-faq></immuno-faq></div>`);
      const [a, b] = [...wrap.querySelectorAll<ImmunoFaq>('immuno-faq')];
      await a.updateComplete;
      await b.updateComplete;
      expect($$(a, '.answer[hidden]').filter((p) => p.matches(landmarks))).to.deep.equal([]);
      await expect(wrap).to.be.accessible();
      $(a, '.question').click();
      $(b, '.question').click();
      await a.updateComplete;
      await b.updateComplete;
      await expect(wrap).to.be.accessible();
    });
  });

  describe('2. FAQ: deep links to authored ids', () => {
    it('opens, focuses and keeps focus on the question after the browser’s own jump at load', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="deep link" style="inline-size: 600px; block-size: 400px"></iframe>`);
      frame.src = new URL('./a11y/deep-link.html#billing', import.meta.url).href;
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const el = doc.querySelector('immuno-faq')!;
      const focused = () => doc.activeElement === el && el.shadowRoot!.activeElement?.id === 'q-billing';
      await waitFor(focused, 5000, 'focus on the question');
      await pause(300); // the browser's own fragment jump comes after the widget's
      expect(focused(), `focus is on ${doc.activeElement?.localName}`).to.equal(true);
      expect(el.shadowRoot!.querySelector('#q-billing')!.getAttribute('aria-expanded')).to.equal('true');
      expect(frame.contentWindow!.scrollY).to.be.greaterThan(1000);
    });
  });

  describe('5. FAQ: names and visible words', () => {
    it('names each "Copy link" button by its question', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
      $(el, '.show-all').click();
      await el.updateComplete;
      const copies = $$(el, '.copy');
      const names = copies.map((b) => b.getAttribute('aria-label'));
      expect(new Set(names).size).to.equal(copies.length);
      const first = $(el, '.question span').textContent!.trim();
      expect(names[0]).to.equal(`Copy link to “${first}”`);
      expect(copies[0].textContent!.trim()).to.equal('Copy link'); // the visible words start the name
    });
    it('gives Show all / Hide all aria-expanded, and each question a visible Show / Hide word', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
      const all = $(el, '.show-all');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      const toggle = () => $(el, '.question .toggle');
      expect(toggle().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show this answer');
      expect(getComputedStyle(toggle()).display).not.to.equal('none');
      all.click();
      await el.updateComplete;
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hide this answer');
    });
  });

  describe('6. FAQ: search announces once typing pauses, and the cleared state', () => {
    it('announces one count after a pause, and "all questions" when cleared', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq searchable></immuno-faq>`);
      const log = listen(el);
      $(el, 'input').focus();
      await sendKeys({ type: 'side effects' });
      await pause(1000);
      expect(log.texts).to.have.length(1);
      expect(log.texts[0]).to.match(/^\d+ of \d+ questions$/);
      log.clear();
      $(el, 'input').focus();
      for (let i = 0; i < 'side effects'.length; i++) await sendKeys({ press: 'Backspace' });
      await pause(1000);
      expect(log.texts).to.deep.equal([`Showing all ${$$(el, '.item').length} questions`]);
      log.stop();
    });
  });
});
