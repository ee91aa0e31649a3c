import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { detailsFlags, eventFlags, implausibleNumber, implausibleYear, observationFlags } from './plausibility';

// "Next year" is 2027 on this fixed day, whatever the machine's clock says.
const TODAY = new Date('2026-12-02T12:00:00Z');

describe('implausibleYear', () => {
  it.each(['1800', '1950-06', '2026-12-31', '2027'])('leaves %s alone: from 1800 to next year', (date) => {
    expect(implausibleYear(date, TODAY)).toBeUndefined();
  });

  it.each([
    ['1799', 'year 1799: is this right? (case reports date from 1800 to 2027)'],
    ['2028-01', 'year 2028: is this right? (case reports date from 1800 to 2027)'],
    ['9999', 'year 9999: is this right? (case reports date from 1800 to 2027)'],
  ])('flags %s', (date, message) => {
    expect(implausibleYear(date, TODAY)).toBe(message);
  });

  it('follows the injected clock', () => {
    expect(implausibleYear('2028', new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('implausibleNumber', () => {
  it('flags 1e16 and -1e16, not 1e15', () => {
    expect(implausibleNumber(1e16)).toBe('1e16: is this right? (beyond ±1e15, more than any report prints)');
    expect(implausibleNumber(-1e16)).toMatch(/is this right/);
    expect(implausibleNumber(1e15)).toBeUndefined();
    expect(implausibleNumber(-1e15)).toBeUndefined();
  });
});

describe('observationFlags and eventFlags', () => {
  const seed = createSeedCase();
  const ck = seed.observations[0]!;
  const event = seed.events.find((e) => e.dose?.value !== undefined)!;

  it('flag nothing in the seed case', () => {
    expect(seed.observations.flatMap((o) => observationFlags(o, TODAY))).toEqual([]);
    expect(seed.events.flatMap((e) => eventFlags(e, TODAY))).toEqual([]);
  });

  it('name the field of each flag', () => {
    const flagged = observationFlags(
      { ...ck, date: { date: '1700', approximate: false }, value: 1e16, referenceRange: { high: -2e15 } },
      TODAY,
    );
    expect(flagged.map((f) => f.where)).toEqual(['date', 'value', 'referenceRange.high']);
    const flaggedEvent = eventFlags(
      { ...event, end: { date: '9999', approximate: false }, dose: { ...event.dose, value: 1e16, unit: 'mg' } },
      TODAY,
    );
    expect(flaggedEvent.map((f) => f.where)).toEqual(['end', 'dose.value']);
  });
});

describe('detailsFlags', () => {
  it('flags a citation year and a diagnosis date, each at its field', () => {
    const seed = createSeedCase();
    const flagged = detailsFlags(
      {
        citation: { ...seed.citation, year: 1066 },
        diagnoses: [{ id: 'd', label: 'IMNM', criteria: [], date: { date: '2222-02', approximate: false } }],
      },
      TODAY,
    );
    expect(flagged.map((f) => `${f.where}: ${f.message}`)).toEqual([
      'citation.year: year 1066: is this right? (case reports date from 1800 to 2027)',
      'diagnoses[0].date: year 2222: is this right? (case reports date from 1800 to 2027)',
    ]);
    expect(detailsFlags(seed, TODAY)).toEqual([]);
  });
});
