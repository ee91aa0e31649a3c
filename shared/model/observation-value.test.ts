import { describe, expect, it } from 'vitest';
import type { Observation } from './case';
import { formatObservationValue, formatReferenceRange } from './observation-value';

const at = { id: 'x', analyte: 'A', date: { date: '2022', approximate: false } };

describe('formatObservationValue', () => {
  it.each<[Partial<Observation>, string]>([
    [{ comparator: '>', value: 300, decimalPlaces: 1, unit: 'ug/L' }, '>300.0'],
    [{ value: 176.5, decimalPlaces: 2, unit: 'pg/mL' }, '176.50'],
    [{ value: 1620, unit: 'U/L' }, '1620'],
    [{ comparator: '<', value: 50, unit: '1' }, '<50'],
    [{ comparator: '~', value: 7, unit: 's' }, '~7'],
    [{ value: 400, valueHigh: 500, unit: 'U/L' }, '400–500'],
    [{ value: 2, valueHigh: 3, unit: '{grade}' }, '2–3'],
    [{ valueText: 'positive' }, 'positive'],
  ])('shows %j as %s', (fields, text) => {
    expect(formatObservationValue({ ...at, ...fields } as Observation)).toBe(text);
  });
});

describe('formatReferenceRange', () => {
  it('shows one-sided and two-sided ranges', () => {
    expect(formatReferenceRange({ ...at, value: 1, unit: '%', referenceRange: { low: 50 } })).toBe('≥ 50');
    expect(formatReferenceRange({ ...at, value: 1, unit: 'U/L', referenceRange: { high: 200 } })).toBe('≤ 200');
    expect(formatReferenceRange({ ...at, value: 1, unit: 'U/L', referenceRange: { low: 26, high: 192 } })).toBe(
      '26–192',
    );
    expect(formatReferenceRange({ ...at, valueText: 'negative' })).toBe('');
  });
});
