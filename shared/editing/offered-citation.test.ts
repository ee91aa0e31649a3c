import { describe, expect, it } from 'vitest';
import { BLANK_CASE_DETAILS } from './case-details-fields';
import { citationOffers } from './offered-citation';

const offered = {
  title: 'A made-up anti-SRP myopathy treated with IVIG',
  authors: ['Example AL', 'Sample JP'],
  journal: 'Test Reports in Rheumatology',
  year: 2024,
  doi: '10.5555/test.2024.0042',
};

describe('citation offered by a source', () => {
  it('lists only what the source says, in the form’s order, as the form would hold it', () => {
    expect(citationOffers(offered, BLANK_CASE_DETAILS).map((o) => [o.field, o.value])).toEqual([
      ['articleTitle', 'A made-up anti-SRP myopathy treated with IVIG'],
      ['authors', 'Example AL; Sample JP'],
      ['journal', 'Test Reports in Rheumatology'],
      ['year', '2024'],
      ['doi', '10.5555/test.2024.0042'],
    ]);
  });

  it('says which fields hold it already and which a take would replace', () => {
    const typed = { ...BLANK_CASE_DETAILS, journal: 'Test Reports in Rheumatology', year: '2023' };
    const byField = Object.fromEntries(citationOffers(offered, typed).map((o) => [o.field, o]));
    expect(byField.journal).toMatchObject({ same: true, replaces: false });
    expect(byField.year).toMatchObject({ same: false, replaces: true });
    expect(byField.authors).toMatchObject({ same: false, replaces: false });
  });
});
