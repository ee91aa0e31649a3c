// Specification of the compare's edit form: prefilled from the side's row, read back with the
// entry forms' own rules, so an edit is checked as a typed row is and keeps the row's id.
import { describe, expect, it } from 'vitest';
import type { ComparedItem } from '../../../shared/compare/compare-types';
import { createSeedCase } from '../../../shared/seed/seed-case';
import { editableKinds, initialFields, readFields } from './edit-fields';

const seed = createSeedCase();
const itemOf = (kind: ComparedItem['kind']): ComparedItem => ({
  key: `${kind}:a:b`,
  kind,
  status: 'differ',
  differences: [],
  summary: '',
});

describe('the compare’s edit form', () => {
  it('reads an edited lab back with the lab form’s rules, keeping its id, evidence and analyte code', () => {
    const ck = seed.observations.find((o) => o.id === 'ck-admission')!;
    const fields = initialFields(itemOf('observation'), ck, seed.events);
    expect(fields['value']).toBe('1620');
    const read = readFields(itemOf('observation'), ck, { ...fields, value: '>1700' }, seed.events);
    expect(read.ok && read.value).toEqual({ ...ck, comparator: '>', value: 1700 });
  });

  it('refuses what the lab form refuses, naming the field', () => {
    const ck = seed.observations.find((o) => o.id === 'ck-admission')!;
    const fields = initialFields(itemOf('observation'), ck, seed.events);
    const read = readFields(itemOf('observation'), ck, { ...fields, unit: 'furlongs' }, seed.events);
    expect(!read.ok && read.problems.map((p) => p.where)).toContain('unit');
  });

  it('keeps an event’s date linked to its anchor, read against the side’s own events', () => {
    const outcome = seed.events.find((e) => e.id === 'outcome-2-weeks')!;
    const fields = initialFields(itemOf('event'), outcome, seed.events);
    const read = readFields(itemOf('event'), outcome, fields, seed.events);
    expect(read.ok && read.value).toEqual(outcome);
  });

  it('edits a diagnosis’s label and criteria (separated by semicolons), nothing else', () => {
    const dx = seed.diagnoses[0]!;
    const fields = initialFields(itemOf('diagnosis'), dx, seed.events);
    const read = readFields(itemOf('diagnosis'), dx, { ...fields, criteria: 'ENMC 2017; ACR/EULAR' }, seed.events);
    expect(read.ok && read.value).toEqual({ ...dx, criteria: ['ENMC 2017', 'ACR/EULAR'] });
  });

  it('leaves the citation and the patient to the new case’s details', () => {
    expect(editableKinds.has('citation')).toBe(false);
    expect(editableKinds.has('patient')).toBe(false);
  });
});
