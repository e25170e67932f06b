import { aTimeout, expect } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { ImmunoFaq } from '../src/components/faq/faq.js';
import { WIDGET_CLASSES } from './widget-classes.js';
import { renderSnippet, type SnippetOptions } from '../src/embed/render.js';
import { widget, widgets, type WidgetName } from '../src/widgets.js';
import { captureWarnings } from './helpers.js';

/*
 * Upgrading in pieces (ImmunoElement `piece()`, the snippet renderer's `data-upgrade="in-turn in-pieces"` and its
 * `:state(upgrading)` rules): the first view is rendered a piece per task under the page's markup, which stays drawn
 * as before the upgrade, and ends as the one render would have.
 */
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Where the browser has custom states in CSS; elsewhere the widget renders at once, as before. */
const hasStates = CSS.supports('selector(:state(upgrading))');
const upgrading = (el: Element) => hasStates && el.matches(':state(upgrading)');
/** The shadow DOM without Lit's marker comments (where they fall depends on the template, not on what is shown). */
const dom = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
/** How the page markup looks: the properties the host passes on or lays out with, on the host and its first element. */
const LOOK = ['color', 'background-color', 'font-size', 'line-height', 'font-family', 'font-weight', 'display', 'container-type'];
const look = (el: Element) => {
  const [host, first] = [getComputedStyle(el), getComputedStyle(el.firstElementChild!)];
  return LOOK.map((p) => `${p}: ${host.getPropertyValue(p)} / ${first.getPropertyValue(p)}`).join('; ');
};

let n = 0;
/**
 * Snippets of `name` (one per options object) pasted into a 720 px column under a fresh tag (a tag is defined once
 * per page); `define()` defines it with the widget's class, or `ctor`.
 */
function paste(name: WidgetName, all: SnippetOptions[], ctor = WIDGET_CLASSES[name]) {
  /** Per update of an element, how many elements its shadow root holds. */
  const sizes = new Map<Element, number[]>();
  const tag = widget(name).tag;
  const fresh = `${tag}-p${++n}`;
  const wrap = document.createElement('div');
  wrap.style.inlineSize = '720px';
  wrap.innerHTML = all.map((o) => `<div>${renderSnippet(name, o).html.replaceAll(tag, fresh)}<p class="after">After</p></div>`).join('');
  document.body.append(wrap);
  const els = [...wrap.querySelectorAll(fresh)] as Widget[];
  const Base = ctor as unknown as typeof ImmunoFaq;
  class Counted extends Base {
    protected override updated(changed: PropertyValues<this>): void {
      sizes.set(this, [...(sizes.get(this) ?? []), this.shadowRoot!.querySelectorAll('*').length]);
      super.updated(changed);
    }
  }
  return { wrap, els, sizes, define: () => customElements.define(fresh, Counted) };
}

describe('upgrading in pieces (data-upgrade="in-turn in-pieces")', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('the snippet renderer writes the sign and pre-upgrade rules that also hold in the state upgrading', () => {
    const { html } = renderSnippet('faq');
    expect(html).to.contain('data-upgrade="in-turn in-pieces"');
    expect(html).to.contain('immuno-faq:is(:not(:defined),:state(upgrading))>details{');
    expect(html).not.to.match(/immuno-faq:not\(:defined\)/);
    // Without its own <style> the site's rules may be an older copy (for :not(:defined) only): no pieces then.
    expect(renderSnippet('faq', { style: false }).html).to.contain('data-upgrade="in-turn">');
  });

  for (const { name } of widgets) {
    it(`${name}: renders a piece per task under the page's markup, then ends as one render would`, async () => {
      // The second snippet is signed "in-turn" only: rendered at once, the reference.
      const { wrap, els, define, sizes } = paste(name, [{}, { attributes: { 'data-upgrade': 'in-turn' } }]);
      const [el, once] = els;
      const after = wrap.querySelector('.after')!;
      const [height, below] = [el.getBoundingClientRect().height, after.getBoundingClientRect().top];
      const before = look(el);
      let complete = false;
      define();
      void el.updateComplete.then(() => (complete = true));
      await once.updateComplete;
      expect(upgrading(once), 'the reference never upgrades in pieces').to.equal(false);
      if (!hasStates) {
        // No custom states: one render, as before.
        await el.updateComplete;
        expect(dom(el)).to.equal(dom(once));
        return;
      }
      expect(upgrading(el), 'upgrading after its first update').to.equal(true);
      expect(complete, 'updateComplete waits for the last piece').to.equal(false);
      const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
      expect(base.hidden && base.getAttribute('part') === '', 'pieces wait hidden, with an empty part').to.equal(true);
      expect([...el.shadowRoot!.children].some((c) => c.localName === 'slot'), 'the page markup is slotted').to.equal(true);
      expect(look(el), 'the page markup looks as before the upgrade').to.equal(before);
      expect(el.shadowRoot!.adoptedStyleSheets, 'its own styles set aside (one rule keeps the height)').to.have.length(1);
      // The page markup is drawn as before the upgrade, under the snippet's rules: same height, nothing below moves.
      expect(Math.abs(el.getBoundingClientRect().height - height), 'height while upgrading').to.be.below(1);
      expect(Math.abs(after.getBoundingClientRect().top - below), 'text below while upgrading').to.be.below(1);
      await el.updateComplete;
      expect(complete).to.equal(true);
      // A piece or more per update: each update (a task of its own, `nextTask`) adds to what the one before made.
      const grew = sizes.get(el)!;
      expect(grew.length, `updates: ${grew.join(', ')}`).to.be.at.least(3);
      for (let k = 1; k < grew.length; k++) expect(grew[k], `update ${k + 1} adds a piece: ${grew.join(', ')}`).to.be.above(grew[k - 1]);
      expect(sizes.get(once), 'the reference renders once').to.have.length(1);
      expect(el.shadowRoot!.adoptedStyleSheets.length, 'its styles back').to.equal(once.shadowRoot!.adoptedStyleSheets.length);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      expect(dom(el), 'the same shadow DOM as one render').to.equal(dom(once));
    });
  }

  it('while upgrading, the page markup drawn is the markup as pasted: an answer a reader opens is there, and a #id link finds its question', async () => {
    if (!hasStates) return;
    for (const name of ['how-it-works', 'side-effect-checklist', 'therapy-explorer', 'faq'] as WidgetName[]) {
      const { els, define } = paste(name, [{}]);
      const el = els[0];
      const pasted = el.innerHTML;
      define();
      await Promise.resolve();
      await Promise.resolve();
      expect(upgrading(el), name).to.equal(true);
      expect(el.innerHTML, `${name}: its light DOM while upgrading`).to.equal(pasted);
      if (name === 'faq') {
        // A tap on a question of the page markup while the widget upgrades opens it, with its answer.
        const details = el.querySelector('details')!;
        details.open = true;
        const answer = details.querySelector(':scope > :not(summary)');
        expect(answer, 'the answer is still in its <details>').to.exist;
        expect(answer!.getClientRects().length, 'and drawn').to.be.above(0);
      }
      await el.updateComplete;
      expect(upgrading(el)).to.equal(false);
      if (name === 'faq') {
        // Shown: the answers are in their slots, the ids with the FAQ (it opens a linked question itself).
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="answer-0"]')!;
        expect(slot.assignedNodes().length, 'the first answer slotted').to.be.above(0);
        expect(el.querySelector('details[id]'), 'ids moved').to.equal(null);
      }
    }
  });

  it('a tap in the page markup while upgrading moves nothing below (the reserved height holds till the widget shows)', async () => {
    if (!hasStates) return;
    for (const name of ['side-effect-checklist', 'therapy-explorer', 'faq', 'how-it-works'] as WidgetName[]) {
      const { wrap, els, define } = paste(name, [{}]);
      const el = els[0];
      const after = wrap.querySelector('.after')!;
      const below = after.getBoundingClientRect().top;
      define();
      await Promise.resolve();
      await Promise.resolve();
      expect(upgrading(el), name).to.equal(true);
      el.firstElementChild!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(Math.abs(after.getBoundingClientRect().top - below), `${name}: text below after a tap while upgrading`).to.be.below(1);
      await el.updateComplete;
      // Shown: the reader's next action lets the widget take its own height, as without pieces.
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      expect(el.style.getPropertyValue('--_reserved'), `${name}: reserve released`).to.equal('');
      wrap.remove();
    }
  });

  it("a page's ::part(base) rule cannot show the pieces while they wait", async () => {
    if (!hasStates) return;
    const { wrap, els, define } = paste('therapy-explorer', [{}]);
    const style = document.createElement('style');
    style.textContent = `${els[0].localName}::part(base){display:block!important}`;
    wrap.prepend(style);
    define();
    await Promise.resolve();
    await Promise.resolve();
    expect(upgrading(els[0])).to.equal(true);
    expect(getComputedStyle(els[0].shadowRoot!.querySelector('.base')!).display).to.equal('none');
    await els[0].updateComplete;
    expect(getComputedStyle(els[0].shadowRoot!.querySelector('.base')!).display).not.to.equal('none');
  });

  it('fails soft in the middle: a piece that throws ends the upgrade with the page markup shown, and updateComplete resolves', async () => {
    let renders = 0;
    class Breaks extends ImmunoFaq {
      protected override renderContent() {
        if (++renders === 2) throw new Error('a piece broke');
        return super.renderContent();
      }
    }
    const { els, define } = paste('faq', [{}], Breaks);
    const warnings = await captureWarnings(async () => {
      define();
      await Promise.race([els[0].updateComplete, aTimeout(2000).then(() => Promise.reject(new Error('updateComplete never resolved')))]);
    });
    expect(upgrading(els[0])).to.equal(false);
    if (hasStates) {
      expect(warnings.join('\n')).to.contain('a piece broke');
      expect(els[0].shadowRoot!.querySelector('slot'), 'the page markup shows').to.exist;
      expect(els[0].shadowRoot!.adoptedStyleSheets.length, 'with the widget styles for the note').to.be.above(0);
    }
  });
});
