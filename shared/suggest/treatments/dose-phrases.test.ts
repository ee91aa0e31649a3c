import { describe, expect, it } from 'vitest';
import { findDoses, readCourse, readFrequency, readRoute } from './dose-phrases';

describe('findDoses', () => {
  it.each([
    ['60 mg/day', { value: 60, unit: 'mg', frequency: 'daily' }],
    ['20 mg/kg', { value: 20, unit: 'mg/kg' }],
    ['1 mg/kg/day', { value: 1, unit: 'mg/kg', frequency: 'daily' }],
    ['22.5 g', { value: 22.5, unit: 'g' }],
    ['1,000 mg', { value: 1000, unit: 'mg' }],
    ['500\u2009mg', { value: 500, unit: 'mg' }],
    ['100 mcg', { value: 100, unit: 'µg' }],
    ['375 mg/m²', { value: 375, unit: 'mg/m2' }],
    ['5000 IU', { value: 5000, unit: 'IU' }],
    ['15 mg per week', { value: 15, unit: 'mg', frequency: 'weekly' }],
  ])('reads "%s" as an amount given', (words, dose) => {
    expect(findDoses(words)).toEqual([expect.objectContaining(dose)]);
  });

  it.each([
    ['1620 U/l'],
    ['12 mg/dl'],
    ['0.282 μg/l'],
    ['236.4 × 106/l'],
    ['7 s'],
    ['0.8 mm2'],
    ['37%'],
    ['5.1 mmol/l'],
  ])('reads no dose in the concentration or measure "%s"', (words) => {
    expect(findDoses(words)).toEqual([]);
  });
});

describe('readRoute, readFrequency, readCourse', () => {
  it.each([
    ['s.c. injection', 's.c.'],
    ['subcutaneously', 's.c.'],
    ['i.v. over 2 h', 'i.v.'],
    ['intravenously', 'i.v.'],
    ['orally', 'oral'],
    ['p.o.', 'oral'],
    ['by injection', 'injection'],
    ['i.m.', 'i.m.'],
  ])('route "%s" is %s', (words, route) => {
    expect(readRoute(words)?.route).toBe(route);
  });

  it('reads no route in an ordinary word', () => {
    expect(readRoute('scheduled')).toBeUndefined();
    expect(readRoute('important')).toBeUndefined();
  });

  it.each([
    ['daily', 'daily'],
    ['once a day', 'daily'],
    ['twice daily', 'twice daily'],
    ['weekly', 'weekly'],
    ['every 4 weeks', 'every 4 weeks'],
    ['every two weeks', 'every 2 weeks'],
  ])('frequency "%s" is %s', (words, frequency) => {
    expect(readFrequency(words)?.frequency).toBe(frequency);
  });

  it.each([
    ['for 3 days', { value: 3, unit: 'days' }],
    ['3 days, then', { value: 3, unit: 'days' }],
    ['×5', { value: 5, unit: 'doses' }],
    ['5 times', { value: 5, unit: 'doses' }],
    ['twice', { value: 2, unit: 'doses' }],
    ['for 6 months', { value: 6, unit: 'months' }],
  ])('course "%s"', (words, duration) => {
    expect(readCourse(words)?.duration).toEqual(duration);
  });

  it('reads no course in a relative date', () => {
    expect(readCourse('3 days later')).toBeUndefined();
  });
});
