// What a screen-reader user hears matches what a sighted user sees (issue #15): one test per
// problem found by the accessibility audit, in every engine. The accessibility-tree snapshots of
// every state are in test/a11y/ (Chromium; `npm run test:a11y`).
import { expect, fixture, html } from '@open-wc/testing';
import type { ImmunoFaq } from '../src/components/faq/faq.js';
import type { ImmunoHowItWorks } from '../src/components/how-it-works/how-it-works.js';
import type { ImmunoTherapyExplorer } from '../src/components/therapy-explorer/therapy-explorer.js';
import { defineAll } from '../src/define.js';
import { listen, pause } from './a11y/ax.js';
import { emulateMedia, sendKeys, waitFor } from './helpers.js';

defineAll();

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** Types (or, with '', deletes) one character every 40 ms, as a person types: input events, no key timing jitter from a busy machine. */
async function typeSteadily(input: HTMLInputElement, text: string) {
  const from = input.value;
  const frames = text ? [...text].map((_, i) => text.slice(0, i + 1)) : [...from].map((_, i) => from.slice(0, from.length - i - 1));
  for (const value of frames) {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await pause(40);
  }
}
/** The accessible name of an element named by `aria-labelledby`: the referenced texts, joined by spaces (accname 1.2, step 2B). */
const nameOf = (el: Element) =>
  el.getAttribute('aria-labelledby')!.split(/\s+/).map((id) => (el.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
const landmarks = '[role="region"], section[aria-label], section[aria-labelledby], nav, aside, main, [role="navigation"], [role="complementary"]';

/**
 * Spaces a screen reader would not hear: an ASCII-white-space-only text node with a comment beside it (a Lit
 * marker) between two runs of inline content. Chromium leaves such a node out of the accessibility tree and out
 * of names, so "side effects" on screen is "sideeffects" to a screen reader (w3c/accname#193). Returns the words
 * around each, "side␣effects", through every shadow root under `root`.
 */
function unheardSpaces(root: Node): string[] {
  const out: string[] = [];
  const isContent = (n: Node | null): boolean => {
    if (!n) return false;
    if (n.nodeType === Node.TEXT_NODE) return !!n.textContent!.trim();
    if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return false;
    const display = getComputedStyle(n).display;
    return display.startsWith('inline') && !!n.textContent!.trim();
  };
  const skip = (n: Node | null, dir: 'previousSibling' | 'nextSibling') => {
    while (n && (n.nodeType === Node.COMMENT_NODE || (n.nodeType === Node.TEXT_NODE && !n.textContent))) n = n[dir];
    return n;
  };
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
      if (n.nodeType !== Node.TEXT_NODE) {
        walk(n);
        continue;
      }
      const t = n.textContent!;
      // Between a select's options, white space is not text anyone reads (WebKit lays options out inline).
      if (!/^[\t\n\f\r ]+$/.test(t) || n.parentElement?.closest('select, datalist')) continue;
      if (n.previousSibling?.nodeType !== Node.COMMENT_NODE && n.nextSibling?.nodeType !== Node.COMMENT_NODE) continue;
      const before = skip(n.previousSibling, 'previousSibling');
      const after = skip(n.nextSibling, 'nextSibling');
      if (!isContent(before) || !isContent(after)) continue;
      if (/\s$/.test(before!.textContent!) || /^\s/.test(after!.textContent!)) continue;
      out.push(`${before!.textContent!.slice(-20)}␣${after!.textContent!.slice(0, 20)}`);
    }
  };
  walk(root);
  return out;
}

describe('assistive technology (#15)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('1. FAQ: no empty landmarks', () => {
    it('gives no closed answer a landmark role, and two FAQs sharing a question pass axe landmark-unique, open or closed', async function () {
      this.timeout(60000); // axe twice over two full FAQs: slow in WebKit on a busy machine
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
    it('gives Show all / Hide all aria-expanded, and each question a visible Show / Hide word that its name says', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
      const all = $(el, '.show-all');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      const button = () => $(el, '.question');
      const toggle = () => $(el, '.question .toggle');
      const question = $(el, '.question .text').textContent!.trim();
      expect(toggle().textContent!.trim()).to.equal('Show');
      expect(getComputedStyle(toggle()).display).not.to.equal('none');
      expect(nameOf(button())).to.equal(`${question} , Show this answer`);
      all.click();
      await el.updateComplete;
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle().textContent!.trim()).to.equal('Hide');
      expect(nameOf(button())).to.equal(`${question} , Hide this answer`);
    });
    it('names every English question from its own text and one shared phrase: no hidden copy of the words in any question', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq></immuno-faq>`);
      for (const b of $$(el, '.question')) {
        const [text, phrase, ...rest] = b.getAttribute('aria-labelledby')!.split(' ');
        expect(rest).to.deep.equal([]);
        expect(el.shadowRoot!.getElementById(text)!.parentElement).to.equal(b);
        expect(phrase).to.equal('say-show');
        expect(b.querySelectorAll('.visually-hidden, [hidden]')).to.have.length(0);
      }
      expect($$(el, '#say-show, #say-hide').every((p) => p.closest('[hidden]'))).to.equal(true);
    });
  });

  describe('6. FAQ: search announces once typing pauses, and the cleared state', () => {
    it('announces one count after a pause, and "all questions" when cleared', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq searchable></immuno-faq>`);
      const log = listen(el);
      await typeSteadily($(el, 'input'), 'side effects');
      await pause(1000);
      expect(log.texts).to.have.length(1);
      expect(log.texts[0]).to.match(/^\d+ of \d+ questions$/);
      log.clear();
      await typeSteadily($(el, 'input'), '');
      await pause(1000);
      expect(log.texts).to.deep.equal([`Showing all ${$$(el, '.item').length} questions`]);
      log.stop();
    });
  });

  describe('3, 4, 8, 9. stepper', () => {
    const steps = async (attrs = '') => {
      const el = await fixture<ImmunoHowItWorks>(`<immuno-how-it-works ${attrs}></immuno-how-it-works>`);
      await el.updateComplete;
      return el;
    };
    const press = async (el: ImmunoHowItWorks, part: string) => {
      $(el, `[part="${part}"]`).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    };
    const focusedHeading = (el: ImmunoHowItWorks) => {
      const h = el.shadowRoot!.activeElement as HTMLElement;
      const described = (h.getAttribute('aria-describedby') ?? '').split(' ').map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim());
      return `${h.textContent!.trim()} (${described.join(' ')})`;
    };

    it('3. a step set by code is announced, every time, even with the same words as before', async () => {
      const el = await steps();
      const log = listen(el);
      await press(el, 'next');
      el.setAttribute('step', '1');
      await el.updateComplete;
      await pause(20);
      expect(log.texts).to.deep.equal(['Step 1 of 8: Spotting the difference']);
      await press(el, 'next');
      expect(focusedHeading(el)).to.equal('How cancer hides (Step 2 of 8)');
      el.step = 1;
      await el.updateComplete;
      await pause(20);
      expect(log.texts).to.deep.equal(['Step 1 of 8: Spotting the difference', 'Step 1 of 8: Spotting the difference']);
      log.stop();
    });

    it('4. Next says the step once: focus on its heading, described by "Step n of N", and no live announcement', async () => {
      const el = await steps();
      const log = listen(el);
      await press(el, 'next');
      await pause(20);
      expect(focusedHeading(el)).to.equal('How cancer hides (Step 2 of 8)');
      expect(log.texts).to.deep.equal([]);
      // The progress indicator: focus stays on its button, whose name says the step; nothing else.
      const buttons = $$(el, '[part~="progress-button"]');
      buttons[1].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await pause(20);
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~="progress-button"]')[2]);
      expect(log.texts).to.deep.equal([]);
      log.stop();
    });

    it('8. in forced colours, the focus ring of the current step uses system colours', async () => {
      const el = await steps('step="3"');
      await emulateMedia({ forcedColors: 'active' });
      try {
        const probe = document.createElement('div');
        document.body.append(probe);
        probe.style.color = 'CanvasText';
        const canvasText = getComputedStyle(probe).color;
        probe.style.color = 'Highlight';
        const highlight = getComputedStyle(probe).color;
        probe.remove();
        $$(el, '[part~="progress-button"]')[0].focus();
        await sendKeys({ press: 'ArrowRight' }); // a keyboard move: :focus-visible
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const current = $(el, '.progress [aria-current]');
        expect(el.shadowRoot!.activeElement).to.equal(current);
        expect([canvasText, highlight]).to.include(getComputedStyle(current).outlineColor);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('9. shows each step\'s title in the progress indicator where there is room, and gives the step list its real length', async () => {
      const wide = await fixture<ImmunoHowItWorks>(html`<div style="inline-size: 60rem"><immuno-how-it-works layout="horizontal"></immuno-how-it-works></div>`);
      const el = wide.querySelector('immuno-how-it-works')!;
      await el.updateComplete;
      const labels = $$(el, '.progress .label');
      expect(labels).to.have.length(8);
      expect(labels[3].textContent!.trim()).to.equal('Releasing the brakes');
      expect(labels.every((l) => l.getBoundingClientRect().width > 20)).to.equal(true);
      const narrow = await steps();
      (narrow.parentElement as HTMLElement).style.inlineSize = '300px';
      await pause(50);
      expect($$(narrow, '.progress .label').every((l) => l.getBoundingClientRect().width <= 1)).to.equal(true);
      const shown = $(el, '.steps > li:not([hidden])');
      expect([shown.getAttribute('aria-posinset'), shown.getAttribute('aria-setsize')]).to.deep.equal(['1', '8']);
    });
  });

  describe('6, 7. explorer', () => {
    it('6. says the count once typing pauses, and the cleared state', async () => {
      const el = await fixture<ImmunoTherapyExplorer>(html`<immuno-therapy-explorer></immuno-therapy-explorer>`);
      const log = listen(el);
      await typeSteadily($(el, 'input'), 'keytruda');
      await pause(1000);
      expect(log.texts).to.deep.equal(['1 treatment type. Showing Checkpoint inhibitors.']);
      log.clear();
      await typeSteadily($(el, 'input'), '');
      await pause(1000);
      expect(log.texts).to.deep.equal(['Showing all 9 treatment types']);
      log.stop();
    });

    it('7. keeps selected, the details shown and the announcement in agreement while filtering', async () => {
      const el = await fixture<ImmunoTherapyExplorer>(html`<immuno-therapy-explorer selected="cytokines"></immuno-therapy-explorer>`);
      await el.updateComplete;
      const log = listen(el);
      await typeSteadily($(el, 'input'), 'car');
      await pause(1000);
      await el.updateComplete;
      const title = $(el, '#details-title').textContent!.trim();
      expect(title).to.equal('CAR T-cell therapy');
      expect(el.selected).to.equal('car-t');
      expect(el.getAttribute('selected')).to.equal('car-t');
      expect($(el, '.list [aria-current="true"]').textContent!.trim()).to.equal(title);
      expect(log.texts.at(-1)).to.contain(`Showing ${title}`);
      log.stop();
    });
  });

  describe('10. one footer for a page of widgets', () => {
    const footers = (root: Element) =>
      [...root.querySelectorAll('*')].filter((w) => w.shadowRoot?.querySelector('[part~="footer"]')).map((w) => w.localName);
    it('shows each widget its own footer by default', async () => {
      const page = await fixture(html`<div><immuno-faq></immuno-faq><immuno-how-it-works></immuno-how-it-works><immuno-therapy-explorer></immuno-therapy-explorer><immuno-side-effect-checklist></immuno-side-effect-checklist></div>`);
      await pause(50);
      expect(footers(page)).to.have.length(4);
    });
    it('with footer="shared", says the disclaimer, review line and sources once, after the last widget', async () => {
      const page = await fixture(html`<div>
        <immuno-faq footer="shared"></immuno-faq><immuno-how-it-works footer="shared"></immuno-how-it-works>
        <immuno-therapy-explorer footer="shared"></immuno-therapy-explorer><immuno-side-effect-checklist footer="shared"></immuno-side-effect-checklist>
      </div>`);
      await pause(50);
      expect(footers(page)).to.deep.equal(['immuno-side-effect-checklist']);
      const footer = page.querySelector('immuno-side-effect-checklist')!.shadowRoot!.querySelector('[part~="footer"]')!;
      expect(footer.querySelectorAll('[part~="disclaimer"]')).to.have.length(1);
      const urls = [...footer.querySelectorAll('a')].map((a) => a.href);
      expect(new Set(urls).size).to.equal(urls.length);
      // Every widget's sources are there.
      for (const w of page.querySelectorAll('immuno-faq, immuno-how-it-works, immuno-therapy-explorer')) {
        const own = (w as unknown as { contentController: { meta: { sources: { url: string }[] } } }).contentController.meta.sources;
        for (const s of own) expect(urls).to.include(new URL(s.url, location.href).href);
      }
      // The last one leaves: the one before it shows the footer now.
      page.querySelector('immuno-side-effect-checklist')!.remove();
      await pause(50);
      expect(footers(page)).to.deep.equal(['immuno-therapy-explorer']);
    });
    it('a widget alone with footer="shared" keeps its full footer', async () => {
      const el = await fixture<ImmunoFaq>(html`<immuno-faq footer="shared"></immuno-faq>`);
      expect(el.shadowRoot!.querySelector('[part~="footer"] [part~="disclaimer"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="footer"] [part~="sources"] a')).to.exist;
    });
  });

  describe('spaces between words', () => {
    it('keeps every space between inline words where a screen reader hears it, while searching and with a plan', async () => {
      const page = await fixture(html`<div>
        <immuno-faq searchable></immuno-faq><immuno-therapy-explorer></immuno-therapy-explorer>
        <immuno-how-it-works></immuno-how-it-works><immuno-side-effect-checklist></immuno-side-effect-checklist>
      </div>`);
      const [faq, explorer, , checklist] = [...page.children] as HTMLElement[];
      await waitFor(() => !!$(faq, '.question') && !!$(explorer, 'input') && !!$(checklist, 'input[type=checkbox]'), 3000, 'widgets rendered');
      expect(unheardSpaces(page), 'at rest').to.deep.equal([]);
      // Several words, each matched, one space apart: "side effects" in questions and answers, "T-cell therapy" in a name.
      await typeSteadily($(faq, 'input[type=search]'), 'side effects');
      await typeSteadily($(explorer, 'input'), 'cell therapy');
      await pause(50);
      expect($$(faq, 'mark').length, 'the FAQ marked its matches').to.be.greaterThan(2);
      expect($$(explorer, 'mark').length, 'the explorer marked its matches').to.be.greaterThan(1);
      expect(unheardSpaces(page), 'while searching').to.deep.equal([]);
      for (const box of $$<HTMLInputElement>(checklist, 'input[type=checkbox]').slice(0, 4)) box.click();
      await pause(50);
      expect(unheardSpaces(page), 'with a plan').to.deep.equal([]);
    });
  });
});
