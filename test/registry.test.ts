import { expect } from '@open-wc/testing';
import * as elements from '../src/elements.js';
import * as root from '../src/index.js';
import { widgets } from '../src/widgets.js';

// The folder side (every folder under src/components/ is in the registry and
// the other way round) and package.json `exports` are checked in Node by
// scripts/check-registry.mjs; the entries' types by scripts/check-types.mjs.
describe('the widget registry (src/widgets.ts)', () => {
  it('names each class that src/elements.ts exports, and no other', () => {
    expect(Object.keys(elements).sort()).to.deep.equal(widgets.map((w) => w.className).sort());
  });

  it('has one line per widget, with no name, tag or class twice', () => {
    for (const key of ['name', 'tag', 'className'] as const)
      expect(new Set(widgets.map((w) => w[key])).size, key).to.equal(widgets.length);
  });

  it('exports every widget class from the package root', () => {
    for (const w of widgets) expect(root[w.className], w.className).to.equal(elements[w.className]);
  });

  for (const w of widgets)
    it(`gives <${w.tag}> an entry (src/components/${w.name}/define.ts) exporting its class, define() and registerLocale`, async () => {
      const entry = (await import(`../src/components/${w.name}/define.ts`)) as Record<string, unknown>;
      expect(entry[w.className], w.className).to.equal(elements[w.className]);
      expect(entry.registerLocale).to.equal(root.registerLocale);
      expect(entry.define).to.be.a('function');
      (entry.define as () => void)();
      expect(customElements.get(w.tag)).to.equal(elements[w.className]);
    });
});
