import { fixture, html } from '@open-wc/testing';
import type { ImmunoHowItWorks } from '../../src/components/how-it-works/how-it-works.js';
import { defineAll } from '../../src/define.js';
import { expectTree, listen } from './ax.js';

defineAll();

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

async function next(el: ImmunoHowItWorks) {
  $(el, '[part="next"]').click();
  await el.updateComplete;
}

describe('<immuno-how-it-works>: what a screen reader gets (Chromium accessibility tree)', () => {
  it('first, middle and last step, and Next after a step set by code', async () => {
    const el = await fixture<ImmunoHowItWorks>(html`<immuno-how-it-works></immuno-how-it-works>`);
    const log = listen(el);
    await expectTree(el, 'steps-1-first', log);
    for (let i = 0; i < 3; i++) await next(el);
    await expectTree(el, 'steps-2-middle', log);
    el.step = 99;
    await el.updateComplete;
    await expectTree(el, 'steps-3-last', log);
    el.setAttribute('step', '1');
    await el.updateComplete;
    await next(el);
    await expectTree(el, 'steps-4-next-after-code-set-step', log);
  });
});
