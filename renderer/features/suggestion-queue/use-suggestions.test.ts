// Specification of what makes the review queue run the engine again: what the engine reads of the
// case, and nothing else.
import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../../../shared/seed/seed-case';
import { readByEngine } from './use-suggestions';

const seed = createSeedCase();
const [first, ...rest] = seed.events;

describe('readByEngine', () => {
  it('stays the same when a note or a dose changes, or the rows are new objects', () => {
    const before = readByEngine(seed.events, seed.patient);
    const edited = [{ ...first!, notes: 'Re-read.', dose: { value: 1, unit: 'g' } }, ...rest.map((e) => ({ ...e }))];
    expect(readByEngine(edited, { ...seed.patient })).toBe(before);
  });

  it('changes with an event’s start, label or kind, a new event, or the patient’s age', () => {
    const before = readByEngine(seed.events, seed.patient);
    const changed = [
      [{ ...first!, start: { ...first!.start, date: '1999' } }, ...rest],
      [{ ...first!, label: 'Something else' }, ...rest],
      [{ ...first!, kind: 'outcome' as const }, ...rest],
      [...seed.events, { ...first!, id: 'another' }],
    ];
    for (const events of changed) expect(readByEngine(events, seed.patient)).not.toBe(before);
    expect(readByEngine(seed.events, { ...seed.patient, ageAtPresentation: { value: 62, unit: 'years' } })).not.toBe(
      before,
    );
  });
});
