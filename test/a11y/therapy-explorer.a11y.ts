import { fixture, html } from '@open-wc/testing';
import type { ImmunoTherapyExplorer } from '../../src/components/therapy-explorer/therapy-explorer.js';
import { defineAll } from '../../src/define.js';
import { sendKeys } from '../helpers.js';
import { expectTree, listen, pause } from './ax.js';

defineAll();

type El = ImmunoTherapyExplorer;
const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
async function type(el: El, text: string, log: ReturnType<typeof listen>) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.focus();
  input.select();
  await sendKeys({ type: text });
  // What the reader hears once typing has paused. A slow machine can leave a longer gap between two keys than the
  // typing pause, and the widget rightly says the results of the text so far; that is not what this snapshot is about
  // (a widget that spoke on every key would still fail: its last key's words come before this line).
  log.clear();
  await pause(1200);
  await el.updateComplete;
}

describe('<immuno-therapy-explorer>: what a screen reader gets (Chromium accessibility tree)', () => {
  it('initial, a type selected, search "keytr", no match', async () => {
    const el = await fixture<El>(html`<immuno-therapy-explorer></immuno-therapy-explorer>`);
    const log = listen(el);
    await expectTree(el, 'explorer-1-initial', log);
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list button')][2].click();
    await el.updateComplete;
    await expectTree(el, 'explorer-2-type-selected', log);
    await type(el, 'keytr', log);
    await expectTree(el, 'explorer-3-search-keytr', log);
    await type(el, 'zzzz', log);
    await expectTree(el, 'explorer-4-no-match', log);
  });
});
