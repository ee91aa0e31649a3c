import { describe, expect, it } from 'vitest';
import type { Observation } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { buildAnalytePanels, defaultPanelSelection, lineValue, panelKey } from './series';

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const panels = buildAnalytePanels(createSeedCase().observations);
const find = (analyte: string) => panels.find((p) => p.analyte === analyte)!;

describe('buildAnalytePanels', () => {
  it('makes one panel per analyte and unit, numeric or text, ordered by analyte', () => {
    expect(panels).toHaveLength(18);
    expect(panels.map((p) => p.analyte)).toEqual([...panels.map((p) => p.analyte)].sort((a, b) => a.localeCompare(b)));
    expect(find('Anti-SRP antibody (IgG)')).toMatchObject({
      key: 'Anti-SRP antibody (IgG)',
      points: [],
      texts: [{ text: 'positive' }],
    });
    expect(find('CK-MB')).toMatchObject({ key: 'CK-MB [ug/L]', unit: 'ug/L' });
  });

  it('places exact days exactly and month-only dates mid-month, flagged approximate, with their period', () => {
    expect(find('B lymphocytes, total').points.map((p) => [day(p.time), p.value, p.label, p.approximateDate])).toEqual([
      ['2022-09-05', 236.4, '236.4', false],
      ['2022-11-01', 0, '0', false],
      ['2023-02-20', 1.5, '1.5', false],
    ]);
    const lvef = find('Left ventricular ejection fraction (LVEF)').points[0]!;
    expect([day(lvef.time), day(lvef.timeFrom), day(lvef.timeTo), lvef.approximateDate]).toEqual([
      '2022-08-16',
      '2022-08-01',
      '2022-08-31',
      true,
    ]);
  });

  it('keeps censored values as bounds with their comparator, and the value as typed', () => {
    expect(find('CK-MB').points).toEqual([
      expect.objectContaining({ value: 300, comparator: '>', censored: true, label: '>300.0' }),
    ]);
    expect(find('Myoglobin (Myo)').points[0]).toMatchObject({ label: '>1200.0', censored: true });
    // "~7 s" is an approximate measurement, not a bound.
    expect(find('Tear film break-up time').points[0]).toMatchObject({ comparator: '~', censored: false, label: '~7' });
  });

  it('keeps ranges as intervals, and notes and dates with each result', () => {
    const ck = find('Creatine kinase (CK)').points;
    expect(ck[0]).toMatchObject({ value: 400, valueHigh: 500, label: '400–500', censored: false });
    expect(ck[0]!.notes).toContain('Usual level');
    expect(ck[0]!.date).toEqual({ date: '2017', approximate: true });
  });

  it('takes the reference range given most often', () => {
    expect(find('Left ventricular ejection fraction (LVEF)').referenceRange).toEqual({ low: 50 });
    const mixed: Observation[] = [1, 2, 3].map((i) => ({
      id: `o${i}`,
      analyte: 'CK',
      date: { date: `202${i}`, approximate: false },
      value: 100,
      unit: 'U/L',
      referenceRange: i === 1 ? { high: 200 } : { low: 20, high: 190 },
    }));
    expect(buildAnalytePanels(mixed)[0]!.referenceRange).toEqual({ low: 20, high: 190 });
  });

  it('never mixes units on one axis', () => {
    const mixed = buildAnalytePanels([
      { id: 'a', analyte: 'CK', date: { date: '2022', approximate: false }, value: 1, unit: 'U/L' },
      { id: 'b', analyte: 'CK', date: { date: '2023', approximate: false }, value: 1, unit: 'ukat/L' },
    ]);
    expect(mixed.map((p) => p.key)).toEqual(['CK [U/L]', 'CK [ukat/L]']);
  });

  it('sorts results by time, however they arrive', () => {
    const shuffled = buildAnalytePanels(
      ['2022-03-01', '2021-01', '2022-01-15', '2020'].map((date, i) => ({
        id: `o${i}`,
        analyte: 'CK',
        date: { date, approximate: false },
        value: i,
        unit: 'U/L',
      })),
    );
    expect(shuffled[0]!.points.map((p) => p.date.date)).toEqual(['2020', '2021-01', '2022-01-15', '2022-03-01']);
  });
});

describe('defaultPanelSelection', () => {
  it('shows numeric analytes with two or more results, most results first', () => {
    expect(defaultPanelSelection(panels)).toEqual([
      panelKey('Muscle strength, proximal limbs', '{grade}'),
      panelKey('B lymphocytes, total', '10*6/L'),
      panelKey('Creatine kinase (CK)', 'U/L'),
      panelKey('Left ventricular ejection fraction (LVEF)', '%'),
    ]);
    expect(defaultPanelSelection(panels, 2)).toHaveLength(2);
  });
});

describe('lineValue', () => {
  it('joins measurements and the middles of ranges, never censored bounds', () => {
    const [range, exact] = find('Creatine kinase (CK)').points;
    expect(lineValue(range!)).toBe(450);
    expect(lineValue(exact!)).toBe(1620);
    expect(lineValue(find('CK-MB').points[0]!)).toBeUndefined();
  });
});
