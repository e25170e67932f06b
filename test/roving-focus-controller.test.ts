import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { RovingFocusController, type RovingFocusOptions } from '../src/controllers/roving-focus-controller.js';
import { sendKeys } from './helpers.js';

/** A group of five buttons and a text field that is not part of the group. */
class RovingTest extends LitElement {
  override render() {
    // The last input keeps a Tab out of the group inside the page: a Tab past the last control moves Firefox's
    // focus to its own toolbar, and later tests' keys would go there.
    return html`<input aria-label="other" />${[0, 1, 2, 3, 4].map((i) => html`<button>${i}</button>`)}<input
        aria-label="after"
      />`;
  }
}
customElements.define('roving-test', RovingTest);

/** A connected `<roving-test>` with a controller made from `options`, inside a `dir` wrapper. */
async function group(options: Partial<RovingFocusOptions> = {}, dir = 'ltr') {
  const el = document.createElement('roving-test') as RovingTest;
  new RovingFocusController(el, {
    items: () => [...el.renderRoot.querySelectorAll<HTMLElement>('button')],
    ...options,
  });
  const wrap = await fixture<HTMLDivElement>(html`<div dir=${dir}></div>`);
  wrap.append(el);
  await el.updateComplete;
  return el;
}
const buttons = (el: RovingTest) => [...el.shadowRoot!.querySelectorAll('button')];
const focusedIndex = (el: RovingTest) => buttons(el).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);
async function press(...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
}
/** Focuses item `from`, then presses each key and checks the index focus lands on. */
async function walk(el: RovingTest, from: number, steps: [key: string, index: number][]) {
  buttons(el)[from].focus();
  for (const [key, index] of steps) {
    await press(key);
    expect(focusedIndex(el), `after ${key}`).to.equal(index);
  }
}

describe('RovingFocusController', () => {
  describe('vertical (the default)', () => {
    it('moves with ArrowDown and ArrowUp, and to the ends with Home and End', async () => {
      const el = await group();
      await walk(el, 0, [['ArrowDown', 1], ['ArrowDown', 2], ['ArrowUp', 1], ['End', 4], ['Home', 0]]);
    });

    it('ignores ArrowLeft and ArrowRight', async () => {
      const el = await group();
      await walk(el, 2, [['ArrowRight', 2], ['ArrowLeft', 2]]);
    });

    it('stops at the ends without wrap', async () => {
      const el = await group();
      await walk(el, 0, [['ArrowUp', 0], ['End', 4], ['ArrowDown', 4]]);
    });

    it('goes round from the last to the first and back with wrap', async () => {
      const el = await group({ wrap: true });
      await walk(el, 4, [['ArrowDown', 0], ['ArrowUp', 4]]);
    });
  });

  describe('horizontal', () => {
    it('moves with ArrowRight and ArrowLeft, and ignores ArrowUp and ArrowDown', async () => {
      const el = await group({ orientation: 'horizontal' });
      await walk(el, 1, [['ArrowRight', 2], ['ArrowLeft', 1], ['ArrowDown', 1], ['ArrowUp', 1]]);
    });

    it('flips ArrowLeft and ArrowRight right to left', async () => {
      const el = await group({ orientation: 'horizontal' }, 'rtl');
      await walk(el, 1, [['ArrowLeft', 2], ['ArrowRight', 1], ['ArrowRight', 0], ['End', 4]]);
    });

    it('takes both pairs of arrows with orientation "both", flipped right to left', async () => {
      const el = await group({ orientation: 'both' }, 'rtl');
      await walk(el, 0, [['ArrowDown', 1], ['ArrowLeft', 2], ['ArrowUp', 1], ['ArrowRight', 0]]);
    });
  });

  describe('single Tab stop', () => {
    it('gives only the last focused item tabindex 0, so Tab leaves the group', async () => {
      const el = await group({ singleTabStop: true });
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      buttons(el)[0].focus();
      await press('ArrowDown', 'ArrowDown');
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1]);
      el.shadowRoot!.querySelector('input')!.focus();
      await press('Tab');
      expect(focusedIndex(el)).to.equal(2);
      await press('Tab');
      expect(focusedIndex(el)).to.equal(-1);
    });

    it('puts the Tab stop on the item active() names, and lets onMove decide what a move does', async () => {
      let selected = 3;
      const moves: number[] = [];
      const el: RovingTest = await group({
        singleTabStop: true,
        active: () => selected,
        onMove: (item, i) => {
          moves.push(i);
          selected = i;
          el.requestUpdate();
          item.focus();
        },
      });
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1]);
      buttons(el)[3].focus();
      await press('Home');
      await el.updateComplete;
      expect(moves).to.deep.equal([0]);
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      await press('ArrowUp'); // already first: no move
      expect(moves).to.deep.equal([0]);
    });
  });

  describe('leaves other keys alone', () => {
    it('does nothing for keys pressed outside the items', async () => {
      const el = await group();
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      await press('ArrowDown', 'End');
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('leaves arrows with Alt, Ctrl or Meta to the browser', async () => {
      const el = await group();
      buttons(el)[1].focus();
      // Synthetic events: a real Alt press moves Firefox's focus to its menu bar and leaks into later tests.
      for (const mod of ['altKey', 'ctrlKey', 'metaKey']) {
        const e = new KeyboardEvent('keydown', { key: 'ArrowDown', [mod]: true, bubbles: true, composed: true, cancelable: true });
        buttons(el)[1].dispatchEvent(e);
        expect(e.defaultPrevented, mod).to.equal(false);
      }
      expect(focusedIndex(el)).to.equal(1);
    });

    it('stops listening when the host leaves the page', async () => {
      const el = await group();
      const b = buttons(el);
      el.remove();
      const e = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
      b[0].dispatchEvent(e);
      expect(e.defaultPrevented).to.equal(false);
    });
  });
});
