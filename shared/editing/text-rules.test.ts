// The forms parse through the case schemas, so the text limits and character rules hold for typing
// and pasting as they do for imports.
import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { caseToDetailsFields, fieldsToCaseDetails } from './case-details-fields';
import { BLANK_EVENT_FIELDS, fieldsToEvent } from './event-fields';
import { BLANK_OBSERVATION_FIELDS, fieldsToObservation } from './observation-fields';

const seed = createSeedCase();
const lab = (analyte: string, notes = '') =>
  fieldsToObservation(
    { ...BLANK_OBSERVATION_FIELDS, analyte, date: '2022-08', value: '120', unit: 'U/L', notes },
    'o',
    seed.events,
  );

describe('text rules in the forms', () => {
  it('refuses NUL pasted into an analyte, at the analyte field', () => {
    const result = lab('Creatine\u0000kinase (CK)');
    expect(!result.ok && result.problems).toContainEqual({
      where: 'analyte',
      message: 'analyte has the control character U+0000 at character 9: remove it',
    });
  });

  it('removes a zero-width space pasted into an analyte, so it is the analyte it looks like', () => {
    const result = lab('Creatine\u200B kinase (CK)');
    expect(result.ok && result.value.analyte).toBe('Creatine kinase (CK)');
  });

  it('keeps line breaks in notes, and refuses an event label over 200 characters', () => {
    expect(lab('CK', 'first line\nsecond line').ok).toBe(true);
    const event = fieldsToEvent({ ...BLANK_EVENT_FIELDS, label: 'x'.repeat(201), start: '2022-08' }, 'e', seed.events);
    expect(!event.ok && event.problems).toContainEqual({
      where: 'label',
      message: 'label is 201 characters long; at most 200 are allowed',
    });
  });

  it('refuses a title over 500 characters in the details form', () => {
    const details = fieldsToCaseDetails({ ...caseToDetailsFields(seed), title: 'T'.repeat(501) });
    expect(!details.ok && details.problems).toContainEqual({
      where: 'title',
      message: 'title is 501 characters long; at most 500 are allowed',
    });
  });
});
