import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { ImmunoFaq } from '../src/components/faq/faq.js';
import { captureWarnings } from './helpers.js';

/** A widget whose update fails after rendering (a bug of ours, or a page script that broke something). */
class BrokenFaq extends ImmunoFaq {
  protected override updated(): void {
    throw new Error('broken on purpose');
  }
}
customElements.define('broken-faq', BrokenFaq);

describe('fail soft', () => {
  it('an error in an update never reaches the page: the author\'s markup shows, with one warning naming the element', async () => {
    const thrown: string[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => thrown.push(String(e.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    let el!: BrokenFaq;
    const warnings = await captureWarnings(async () => {
      el = await fixture<BrokenFaq>(html`<broken-faq><details><summary>Where do I park?</summary><p>Level 2.</p></details></broken-faq>`);
      await aTimeout(50);
      el.requestUpdate();
      await aTimeout(50);
    });
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    expect(thrown).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('broken-faq') && w.includes('broken on purpose'))).to.have.length(1);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot, 'a slot shows the light DOM').to.exist;
    expect(el.querySelector('summary')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[role="note"]'), 'no note: the author wrote the content').to.equal(null);
  });

  it('an element with no markup of its own shows a short note instead', async () => {
    let el!: BrokenFaq;
    await captureWarnings(async () => {
      el = await fixture<BrokenFaq>(html`<broken-faq></broken-faq>`);
      await aTimeout(50);
    });
    expect(el.shadowRoot!.querySelector('[role="note"]')?.textContent).to.match(/could not be shown/);
  });
});
