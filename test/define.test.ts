import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineAll } from '../src/define-all.js';
import { defineElements } from '../src/shared/define.js';
import { widgets } from '../src/widgets.js';
import { captureWarnings } from './helpers.js';

describe('registering the elements', () => {
  it('defines the tag of every widget in the registry', () => {
    defineAll();
    for (const { tag } of widgets) expect(customElements.get(tag), tag).to.exist;
  });

  it('skips tags already defined (bundle loaded twice) with one warning, never throwing', async () => {
    defineAll();
    const warnings = await captureWarnings(() => defineAll());
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('immuno-faq');
    expect(warnings[0]).to.contain('already defined');
  });

  it('keeps a tag another copy registered first', async () => {
    class Other extends LitElement {}
    customElements.define('immuno-test-taken', Other);
    const warnings = await captureWarnings(() => defineElements({ 'immuno-test-taken': class extends LitElement {} }));
    expect(customElements.get('immuno-test-taken')).to.equal(Other);
    expect(warnings).to.have.length(1);
  });
});
