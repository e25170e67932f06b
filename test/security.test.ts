import { expect, fixture, html } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { en } from '../src/content/en/index.js';
import { sections } from '../src/content/sections.js';
import { validateContent } from '../src/content/validate.js';
import { captureWarnings, shadowText } from './helpers.js';

defineAll();

/** Keys that pollute `Object.prototype` when code merges untrusted objects carelessly. */
const hostileKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Adds every hostile key, as JSON.parse would create it, to every object in a JSON value. */
function poisonText(value: unknown): string {
  const mark = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(mark)
      : v && typeof v === 'object'
        ? { ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)])), ...Object.fromEntries(hostileKeys.map((k) => [`§${k}`, { polluted: 'yes' }])) }
        : v;
  return JSON.stringify(mark(value)).replace(/"§/g, '"');
}
// JSON.parse makes "__proto__" an own property, exactly as a fetched content file would.
const poison = (value: unknown): unknown => JSON.parse(poisonText(value));

const polluted = () =>
  [{}, [], Object.create(null) as object, new Map(), ''].some(
    (o) => (o as Record<string, unknown>).polluted !== undefined || (Object.prototype as Record<string, unknown>).polluted !== undefined,
  );

describe('prototype-pollution keys (__proto__, constructor, prototype) in content', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('a pack with them in every object validates without polluting Object.prototype', () => {
    const pack = poison({ ...en, strings: { faqShowAll: 'Open all' } }) as Record<string, unknown>;
    expect(Object.hasOwn(pack.meta as object, '__proto__')).to.equal(true); // the test really carries the key
    for (const def of Object.values(sections)) {
      const r = validateContent(pack, def);
      expect(polluted(), def.name).to.equal(false);
      expect(Object.hasOwn(r.meta, '__proto__'), `${def.name} meta`).to.equal(false);
      expect(Object.hasOwn(r.strings, '__proto__'), `${def.name} strings`).to.equal(false);
    }
  });

  it('hostile keys in `strings` never replace a UI string or break rendering', async () => {
    const pack = { meta: en.meta, faq: en.faq, strings: JSON.parse('{"__proto__": {"faqShowAll": "HACKED"}, "constructor": "HACKED", "prototype": "HACKED"}') };
    const el = await fixture(html`<immuno-faq .content=${pack}></immuno-faq>`);
    expect(polluted()).to.equal(false);
    expect(shadowText(el)).to.not.contain('HACKED');
    expect(shadowText(el)).to.contain(en.faq!.items[0].question);
  });

  for (const tag of ['immuno-faq', 'immuno-how-it-works', 'immuno-side-effect-checklist', 'immuno-therapy-explorer']) {
    it(`<${tag}> renders a poisoned JSON child and leaves Object.prototype alone`, async () => {
      const el = document.createElement(tag);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = poisonText(en);
      el.append(script);
      await captureWarnings(async () => {
        document.body.append(el);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      });
      expect(polluted()).to.equal(false);
      expect(shadowText(el).length).to.be.greaterThan(100);
      expect(shadowText(el)).to.not.contain('polluted');
      el.remove();
    });
  }
});
