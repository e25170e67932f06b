import { expect, fixture } from '@open-wc/testing';
import { defineAll } from '../src/define-all.js';
import { en } from '../src/content/en/index.js';
import type { SectionName } from '../src/content/schema.js';
import { widgets } from '../src/widgets.js';
import { captureWarnings, shadowText } from './helpers.js';

defineAll();

/** The first text a widget shows from its built-in section. */
const firstText: Record<SectionName, () => string> = {
  therapies: () => en.therapies!.items[0].name,
  steps: () => en.steps!.items[0].title,
  symptoms: () => en.symptoms!.items[0].label,
  faq: () => en.faq!.items[0].question,
};

for (const { tag, section } of widgets) {
  const first = firstText[section];
  describe(`<${tag}> with no attribute`, () => {
    it('passes axe', async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      await expect(el).to.be.accessible();
    });

    it('renders its built-in English content, disclaimer and sources', async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(el)).to.contain(first());
      expect(el.shadowRoot!.querySelector('[part~="disclaimer"]')!.textContent).to.not.equal('');
      expect(el.shadowRoot!.querySelectorAll('[part~="sources"] a').length).to.equal(en.meta.sources.length);
    });

    it('renders without Lit warnings (checked in dev mode by `npm test`)', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture(`<${tag}></${tag}>`);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        el.setAttribute('lang', 'en');
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      });
      expect(warnings.filter((w) => !w.includes('Lit is in dev mode') && !w.startsWith('immuno-'))).to.deep.equal([]);
    });

    it('is laid out in full far below the fold (no content-visibility placeholder), so links, focus and screen readers find it', async () => {
      const wrap = await fixture(`<div><div style="height: 5000px"></div><${tag}></${tag}></div>`);
      const el = wrap.lastElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.checkVisibility({ contentVisibilityAuto: true }), 'rendering skipped').to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    });

    it('uses text of at least 16 px', async () => {
      const el = await fixture(`<div style="font-size: 12px"><${tag}></${tag}></div>`);
      const w = el.firstElementChild!;
      expect(parseFloat(getComputedStyle(w).fontSize)).to.be.at.least(16);
    });
  });
}
