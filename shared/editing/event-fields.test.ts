import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withoutProvenance } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { BLANK_EVENT_FIELDS, eventToFields, fieldsToEvent, type EventFields } from './event-fields';

const seed = createSeedCase();
const fields = (patch: Partial<EventFields>): EventFields => ({ ...BLANK_EVENT_FIELDS, ...patch });

describe('fieldsToEvent', () => {
  it('takes a treatment with dose, route, frequency and a duration, and derives the end', () => {
    const result = fieldsToEvent(
      fields({
        kind: 'treatment',
        label: 'Methylprednisolone 250 mg',
        start: '2022-08-25',
        startApproximate: true,
        duration: '3 days',
        doseValue: '250',
        doseUnit: 'mg',
        frequency: 'daily',
      }),
      'mp-250',
      seed.events,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'mp-250',
        kind: 'treatment',
        label: 'Methylprednisolone 250 mg',
        start: { date: '2022-08-25', approximate: true },
        end: { date: '2022-08-27', approximate: true },
        duration: { value: 3, unit: 'days' },
        dose: { value: 250, unit: 'mg', frequency: 'daily' },
      },
    });
  });

  it('refuses a dose with 16 significant digits or 13 decimals, and keeps 15 digits exactly', () => {
    const dose = (doseValue: string) =>
      fieldsToEvent(
        fields({ kind: 'treatment', label: 'IVIG', start: '2022-08', doseValue, doseUnit: 'g' }),
        'ivig',
        seed.events,
      );
    expect(dose('1234567890123456')).toEqual({
      ok: false,
      problems: [
        {
          where: 'doseValue',
          message:
            'dose “1234567890123456” has 16 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer',
        },
      ],
    });
    expect(dose('0.1234567890123')).toMatchObject({
      ok: false,
      problems: [
        { where: 'doseValue', message: expect.stringMatching(/13 digits after the decimal point: at most 12/) },
      ],
    });
    const kept = dose('123.456789012345');
    expect(kept.ok && kept.value.dose).toEqual({ value: 123.456789012345, unit: 'g' });
    if (kept.ok) expect(eventToFields(kept.value, seed.events).doseValue).toBe('123.456789012345');
  });

  it('resolves "2 weeks after Ofatumumab dose 1" and keeps the link', () => {
    const result = fieldsToEvent(
      fields({ kind: 'outcome', label: 'Able to eat', start: '2 weeks after Ofatumumab dose 1' }),
      'eat',
      seed.events,
    );
    expect(result.ok && result.value.start).toEqual({
      date: '2022-09-19',
      approximate: true,
      relativeTo: { eventId: 'ofatumumab-dose-1', amount: 2, unit: 'weeks', direction: 'after' },
    });
  });

  it.each<[Partial<EventFields>, string, RegExp]>([
    [{ label: '', start: '2022' }, 'label', /needs a name/],
    [{ label: 'X', start: '' }, 'start', /start date is empty/],
    [{ label: 'X', start: '2022-02-30' }, 'start', /day 30 does not exist/],
    [{ label: 'X', start: 'March 2022' }, 'start', /not a date/],
    [{ label: 'X', start: '2 weeks after Nothing like it' }, 'start', /no event called/],
    [{ label: 'X', start: '2022-05', end: '2022-04' }, 'end', /end date is before start date/],
    [{ label: 'X', start: '2022', end: '2023', duration: '3 days' }, 'end', /end date or a duration, not both/],
    [{ label: 'X', start: '2022', duration: 'forever' }, 'duration', /./],
    [{ label: 'X', start: '2022', doseValue: '60' }, 'doseUnit', /a dose needs a unit/],
    [{ label: 'X', start: '2022', doseValue: '6O', doseUnit: 'mg' }, 'doseValue', /not a positive number/],
    [{ label: 'X', start: '2022', doseUnit: 'mg' }, 'doseValue', /needs a dose amount/],
  ])('refuses %j at %s', (patch, where, message) => {
    const result = fieldsToEvent(fields(patch), 'x', seed.events);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.find((p) => p.where === where)?.message).toMatch(message);
  });

  it('gives back every seed event from its own fields (evidence and who made it are not fields: the source pane and the save add them)', () => {
    for (const { evidence: _evidence, ...event } of seed.events.map(withoutProvenance)) {
      const back = fieldsToEvent(eventToFields(event, seed.events), event.id, seed.events);
      expect(back).toEqual({ ok: true, value: event });
    }
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.record({
          label: fc.string(),
          start: fc.string(),
          end: fc.string(),
          duration: fc.string(),
          doseValue: fc.string(),
          doseUnit: fc.string(),
        }),
        (patch) => {
          const result = fieldsToEvent(fields(patch), 'x', seed.events);
          return typeof result.ok === 'boolean';
        },
      ),
    );
  });
});
