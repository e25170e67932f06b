import { fixture, html } from '@open-wc/testing';
import type { ImmunoFaq } from '../../src/components/faq/faq.js';
import { defineAll } from '../../src/define.js';
import { sendKeys } from '../helpers.js';
import { expectTree, listen, pause } from './ax.js';

defineAll();

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

/** Types with real keys, one at a time, then waits for typing to have paused. */
async function type(el: ImmunoFaq, text: string) {
  $(el, 'input').focus();
  await sendKeys({ type: text });
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
    await type(el, 'side effects');
    await expectTree(el, 'faq-3-search-results', log);
    await type(el, ' zzz');
    await expectTree(el, 'faq-4-no-results', log);
    $(el, '.no-results button').click();
    await pause(100);
    await el.updateComplete;
    await expectTree(el, 'faq-5-cleared', log);
  });
});
