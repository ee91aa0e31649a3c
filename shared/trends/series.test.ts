import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { buildTrendSeries } from './series';

describe('buildTrendSeries', () => {
  const series = buildTrendSeries(createSeedCase().observations);

  it('makes one series per numeric analyte with two or more values, and only those', () => {
    expect(series.map((s) => `${s.analyte} [${s.unit}] ×${s.points.length}`).sort()).toEqual([
      'B lymphocytes, total [10*6/L] ×3',
      'Creatine kinase (CK) [U/L] ×2',
      'Left ventricular ejection fraction (LVEF) [%] ×2',
      'Muscle strength, proximal limbs [{grade}] ×4',
    ]);
  });

  it('places exact days exactly and month-only dates mid-month, flagged approximate', () => {
    const bCells = series.find((s) => s.analyte === 'B lymphocytes, total')!;
    expect(bCells.points.map((p) => [new Date(p.time).toISOString().slice(0, 10), p.value, p.approximateDate])).toEqual(
      [
        ['2022-09-05', 236.4, false],
        ['2022-11-01', 0, false],
        ['2023-02-20', 1.5, false],
      ],
    );
    const lvef = series.find((s) => s.analyte.includes('LVEF'))!;
    expect(new Date(lvef.points[0]!.time).toISOString().slice(0, 10)).toBe('2022-08-16');
    expect(lvef.points[0]!.approximateDate).toBe(true);
  });

  it('keeps ranges as intervals and marks censored values', () => {
    const ck = series.find((s) => s.analyte === 'Creatine kinase (CK)')!;
    expect(ck.points[0]).toMatchObject({ value: 400, valueHigh: 500, label: '400–500', censored: false });
    const censored = buildTrendSeries([
      {
        id: 'a',
        analyte: 'Myo',
        date: { date: '2022-08', approximate: true },
        comparator: '>',
        value: 1200,
        unit: 'ug/L',
      },
      {
        id: 'b',
        analyte: 'Myo',
        date: { date: '2022-09', approximate: true },
        comparator: '~',
        value: 80,
        unit: 'ug/L',
      },
    ]);
    expect(censored[0]!.points.map((p) => p.censored)).toEqual([true, false]);
  });

  it('never mixes units on one axis', () => {
    const mixed = buildTrendSeries([
      { id: 'a', analyte: 'CK', date: { date: '2022', approximate: false }, value: 1, unit: 'U/L' },
      { id: 'b', analyte: 'CK', date: { date: '2023', approximate: false }, value: 1, unit: 'ukat/L' },
    ]);
    expect(mixed).toEqual([]);
  });
});
