import { aTimeout, expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { CopyController, copyText } from '../src/shared/clipboard.js';
import { waitFor } from './helpers.js';

/** Replaces `navigator.clipboard.writeText` while `fn` runs. */
async function withClipboard(writeText: ((t: string) => Promise<void>) | undefined, fn: () => Promise<unknown>) {
  const clipboard = navigator.clipboard as { writeText: unknown };
  const original = clipboard.writeText;
  clipboard.writeText = writeText;
  try {
    await fn();
  } finally {
    clipboard.writeText = original;
  }
}
const refuse = async () => {
  throw new DOMException('no', 'NotAllowedError');
};

class CopyTest extends LitElement {
  copier = new CopyController(this, { clearAfter: 100 });
  renders = 0;
  override render() {
    this.renders++;
    return html`<p role="status">${this.copier.status}</p>`;
  }
}
customElements.define('copy-test', CopyTest);
const shown = (el: CopyTest) => el.shadowRoot!.querySelector('p')!.textContent;

describe('copyText', () => {
  it('resolves true and puts the text on the clipboard', async () => {
    let copied = '';
    await withClipboard(
      async (t) => void (copied = t),
      async () => expect(await copyText('hello')).to.equal(true),
    );
    expect(copied).to.equal('hello');
  });

  it('resolves false, never throws, when the browser refuses or has no Clipboard API', async () => {
    await withClipboard(refuse, async () => expect(await copyText('x')).to.equal(false));
    await withClipboard(undefined, async () => expect(await copyText('x')).to.equal(false));
  });
});

describe('CopyController', () => {
  it('shows "copied" after a copy, updating the host, and clears it after the delay', async () => {
    const el = await fixture<CopyTest>(html`<copy-test></copy-test>`);
    await withClipboard(
      async () => {},
      async () => expect(await el.copier.copy('a')).to.equal(true),
    );
    await el.updateComplete;
    expect(el.copier.status).to.equal('copied');
    expect(shown(el)).to.equal('copied');
    await waitFor(() => shown(el) === '', 1000, 'the status to clear');
    expect(el.copier.status).to.equal('');
  });

  it('shows "failed" and keeps it, with the text that could not be copied', async () => {
    const el = await fixture<CopyTest>(html`<copy-test></copy-test>`);
    await withClipboard(refuse, async () => expect(await el.copier.copy('https://example.org/#a')).to.equal(false));
    await el.updateComplete;
    expect(shown(el)).to.equal('failed');
    expect(el.copier.text).to.equal('https://example.org/#a');
    await aTimeout(200);
    expect(el.copier.status).to.equal('failed');
    el.copier.reset();
    await el.updateComplete;
    expect(shown(el)).to.equal('');
  });

  it('renders an empty status before each copy, so a repeated "copied" is announced again', async () => {
    const el = await fixture<CopyTest>(html`<copy-test></copy-test>`);
    const seen: string[] = [];
    new MutationObserver(() => seen.push(shown(el)!)).observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await withClipboard(
      async () => {},
      async () => {
        await el.copier.copy('a');
        await el.updateComplete;
        await el.copier.copy('a');
        await el.updateComplete;
      },
    );
    await aTimeout(0);
    expect(seen).to.deep.equal(['copied', '', 'copied']);
  });

  it('a failure after a success replaces it, and leaving the page stops the timer', async () => {
    const el = await fixture<CopyTest>(html`<copy-test></copy-test>`);
    await withClipboard(async () => {}, async () => void (await el.copier.copy('a')));
    await withClipboard(refuse, async () => void (await el.copier.copy('b')));
    await aTimeout(200);
    expect(el.copier.status).to.equal('failed');
    await withClipboard(async () => {}, async () => void (await el.copier.copy('c')));
    const renders = el.renders;
    el.remove();
    await aTimeout(200);
    expect(el.copier.status).to.equal('');
    expect(el.renders).to.equal(renders);
  });
});
