import { fixture, html } from '@open-wc/testing';
import type { ImmunoSideEffectChecklist } from '../../src/components/side-effect-checklist/side-effect-checklist.js';
import { defineAll } from '../../src/define.js';
import { expectTree, listen } from './ax.js';

defineAll();

type El = ImmunoSideEffectChecklist;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
async function click(el: El, sel: string) {
  $(el, sel).click();
  await el.updateComplete;
}

describe('<immuno-side-effect-checklist>: what a screen reader gets (Chromium accessibility tree)', () => {
  it('nothing ticked, a call-level tick, an emergency tick, severity changed, "None of these"', async () => {
    const el = await fixture<El>(html`<immuno-side-effect-checklist therapy="checkpoint" care-team-phone="+1 555 0100" emergency-number="911"></immuno-side-effect-checklist>`);
    const log = listen(el);
    await expectTree(el, 'checklist-1-nothing-ticked', log);
    await click(el, '#s-cough-or-short-of-breath'); // call your care team now
    await expectTree(el, 'checklist-2-call-tick', log);
    await click(el, '#s-chest-pain-or-heartbeat'); // emergency
    await expectTree(el, 'checklist-3-emergency-tick', log);
    await click(el, '#s-diarrhea');
    el.shadowRoot!.querySelectorAll<HTMLElement>('input[name="sev-diarrhea"]')[2].click(); // severe: emergency
    await el.updateComplete;
    await expectTree(el, 'checklist-4-severity-changed', log);
    await click(el, '#none');
    await expectTree(el, 'checklist-5-none-of-these', log);
  });
});
