import { fixture, html } from '@open-wc/testing';
import type { ImmunoFaq } from '../../src/components/faq/faq.js';
import { defineAll } from '../../src/define.js';
import { sendKeys } from '../helpers.js';
import { expectTree, listen, pause } from './ax.js';

defineAll();

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

/** Types with real keys, one at a time, then waits for typing to have paused. */
async function type(el: ImmunoFaq, text: string, log: ReturnType<typeof listen>) {
  $(el, 'input').focus();
  await sendKeys({ type: text });
  // What the reader hears once typing has paused. A slow machine can leave a longer gap between two keys than the
  // typing pause, and the widget rightly says the results of the text so far; that is not what this snapshot is about
  // (a widget that spoke on every key would still fail: its last key's words come before this line).
  log.clear();
  await pause(1200);
  await el.updateComplete;
}

describe('<immuno-faq>: what a screen reader gets (Chromium accessibility tree)', () => {
  it('initial, one open, search with results, no results, cleared', async () => {
    const el = await fixture<ImmunoFaq>(html`<immuno-faq searchable></immuno-faq>`);
    const log = listen(el);
    await expectTree(el, 'faq-1-initial', log);
    $(el, '.question').click();
    await el.updateComplete;
    await expectTree(el, 'faq-2-one-open', log);
    await type(el, 'side effects', log);
    await expectTree(el, 'faq-3-search-results', log);
    await type(el, ' zzz', log);
    await expectTree(el, 'faq-4-no-results', log);
    $(el, '.no-results button').click();
    await pause(100);
    await el.updateComplete;
    await expectTree(el, 'faq-5-cleared', log);
  });
});
