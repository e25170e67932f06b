import { expect } from '@open-wc/testing';
import { formatDate } from '../src/shared/dates.js';

describe('formatDate', () => {
  it('writes a YYYY-MM-DD date in the long style of the locale', () => {
    expect(formatDate('2026-03-05', 'en-GB')).to.equal('5 March 2026');
    expect(formatDate('2026-03-05', 'en-US')).to.equal('March 5, 2026');
    expect(formatDate('2026-03-05', 'es')).to.equal('5 de marzo de 2026');
  });

  it('falls back to the ISO string for a date or locale it cannot read', () => {
    expect(formatDate('not-a-date', 'en')).to.equal('not-a-date');
    expect(formatDate('2026-03-05', 'not a locale!')).to.equal('2026-03-05');
  });
});
