import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { baseStyles } from '../src/shared/base.styles.js';
import { faqStyles } from '../src/components/faq/faq.styles.js';
import { howItWorksStyles } from '../src/components/how-it-works/how-it-works.styles.js';
import { checklistStyles } from '../src/components/side-effect-checklist/side-effect-checklist.styles.js';
import { explorerStyles } from '../src/components/therapy-explorer/therapy-explorer.styles.js';

/**
 * Physical properties and values that do not follow the writing direction: a
 * widget on a `dir="rtl"` page must mirror, so its styles use only logical ones
 * (`margin-inline-start`, `inset-inline-end`, `text-align: start`, …).
 */
export const physical =
  /(?:^|[\s;{])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:text-align|float|clear|caption-side)\s*:\s*(?:left|right)\b|translateX\(|scaleX\(|rotateY\(/;

const sheets: Record<string, CSSResult> = {
  base: baseStyles,
  faq: faqStyles,
  'how-it-works': howItWorksStyles,
  checklist: checklistStyles,
  explorer: explorerStyles,
};

describe('styles', () => {
  it('the check finds physical properties (it can fail)', () => {
    for (const bad of ['a { margin-left: 1px }', 'a{left:0}', 'a { border-right: 2px solid }', 'a { text-align: right }', 'a { transform: translateX(2px) }'])
      expect(physical.test(bad), bad).to.equal(true);
    for (const ok of ['a { margin-inline-start: 1px }', 'a { inset-inline-end: 0 }', 'a { text-align: start }', 'a { transform: scaleY(-1) }'])
      expect(physical.test(ok), ok).to.equal(false);
  });

  for (const [name, sheet] of Object.entries(sheets))
    it(`${name}: use logical properties only, so every widget mirrors on a right-to-left page`, () => {
      const lines = sheet.cssText
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .filter((line) => physical.test(line));
      expect(lines).to.deep.equal([]);
    });
});
