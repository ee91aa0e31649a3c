import { describe, expect, it } from 'vitest';
import { decodeCaseFile, encodeCaseFile } from '../codecs/json/case-file';
import { createSeedCase } from '../seed/seed-case';
import type { Citation } from './case';
import { formatCitation, knownCitation, missingCitationDetails } from './citation';
import { validateCase } from './validate';

const seed = createSeedCase();
/** What a CSV import wrote before citations could leave details out. */
const OLD_CSV_CITATION: Citation = {
  authors: ['Unknown'],
  journal: 'Unknown',
  year: 2026,
  notes:
    "Created by a CSV import on 2026-12-01: CSV files carry no case details. Replace the title, authors, journal and year with the report's.",
};

describe('the relaxed citation (schema version 1)', () => {
  it('lets authors, journal and year be absent', () => {
    expect(validateCase({ ...seed, citation: {} }).ok).toBe(true);
    expect(validateCase({ ...seed, citation: { title: 'Anti-SRP myopathy' } }).ok).toBe(true);
  });

  it('still refuses an empty author list, a blank journal and a year out of range', () => {
    const problems = (citation: Record<string, unknown>) => {
      const r = validateCase({ ...seed, citation } as never);
      return r.ok ? [] : r.problems.map((p) => `${p.where}: ${p.message}`);
    };
    expect(problems({ authors: [] })).toEqual(['citation.authors: authors are empty: leave them out when not known']);
    expect(problems({ journal: ' ' })).toEqual(['citation.journal: journal is empty']);
    expect(problems({ year: 999 })).toEqual(['citation.year: year is out of range']);
  });

  it('still imports a file written with the old "Unknown" placeholders, as it is', () => {
    const old = { ...seed, citation: OLD_CSV_CITATION };
    const decoded = decodeCaseFile(encodeCaseFile([old]));
    expect(decoded.ok && decoded.value[0]?.citation).toEqual(OLD_CSV_CITATION);
  });
});

describe('missingCitationDetails', () => {
  it.each<[string, Citation, string[]]>([
    ['a full citation', seed.citation, []],
    ['a case made from CSV rows', {}, ['authors', 'journal', 'year']],
    ['authors only', { authors: ['Kim J'] }, ['journal', 'year']],
    ['an old CSV import, untouched', OLD_CSV_CITATION, ['authors', 'journal', 'year']],
    ['an old CSV import with authors filled in', { ...OLD_CSV_CITATION, authors: ['Kim J'] }, ['journal', 'year']],
    [
      'an old CSV import whose authors and journal were filled in: its year is taken as given',
      { ...OLD_CSV_CITATION, authors: ['Kim J'], journal: 'Rheumatology' },
      [],
    ],
    [
      '"Unknown" typed by someone, without the import note',
      { authors: ['Unknown'], journal: 'Unknown', year: 2020 },
      [],
    ],
  ])('%s: %j', (_, citation, missing) => {
    expect(missingCitationDetails(citation)).toEqual(missing);
  });
});

describe('formatCitation', () => {
  it('prints the seed citation as before', () => {
    expect(formatCitation(seed.citation)).toBe('J. Y., D. W. Rheumatology (Oxford). 2024. 63(2):e53');
  });

  it('leaves out what is missing, and never prints what an old CSV import invented', () => {
    expect(formatCitation({})).toBe('');
    expect(formatCitation({ title: 'A case', year: 2021 })).toBe('A case. 2021');
    expect(formatCitation(OLD_CSV_CITATION)).toBe('');
    expect(knownCitation(OLD_CSV_CITATION)).toEqual({ notes: OLD_CSV_CITATION.notes });
  });
});
