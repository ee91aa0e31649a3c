import { describe, expect, it } from 'vitest';
import { withoutProvenance } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { BLANK_CASE_DETAILS, caseToDetailsFields, fieldsToCaseDetails } from './case-details-fields';

const seed = createSeedCase();

describe('case details fields', () => {
  it('give back the seed details from their own fields', () => {
    // The diagnoses' evidence travels through the form too, so editing never drops it. Who made a
    // diagnosis does not: the save keeps the stored one's (case-edits.ts).
    const { title, citation, patient, diagnoses } = seed;
    expect(fieldsToCaseDetails(caseToDetailsFields(seed))).toEqual({
      ok: true,
      value: { title, citation, patient, diagnoses: diagnoses.map(withoutProvenance) },
    });
  });

  it('leave authors, journal and year out when they are left empty', () => {
    const result = fieldsToCaseDetails({ ...BLANK_CASE_DETAILS, title: 'From CSV' });
    expect(result.ok && result.value.citation).toEqual({});
  });

  it('open an old CSV import with its invented "Unknown" and import year blank, and keep its note', () => {
    const fields = caseToDetailsFields({
      ...seed,
      citation: {
        authors: ['Unknown'],
        journal: 'Unknown',
        year: 2026,
        notes: 'Created by a CSV import on 2026-12-01: CSV files carry no case details.',
      },
    });
    expect([fields.authors, fields.journal, fields.year]).toEqual(['', '', '']);
    expect(fields.citationNotes).toMatch(/^Created by a CSV import/);
  });
});
