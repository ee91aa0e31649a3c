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
      { id: 'b', analyte: 'CK', date: { date: '2023', approximate: false }, value: 1, unit: '{score}' },
    ]);
    expect(mixed.map((p) => p.key)).toEqual(['CK [{score}]', 'CK [U/L]']);
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

describe('buildAnalytePanels: one analyte, one panel per unit dimension', () => {
  const at = (date: string) => ({ date, approximate: false });
  type Row = Omit<Observation, 'id' | 'date'> & { date: string };
  const build = (rows: Row[]) => buildAnalytePanels(rows.map((r, i) => ({ ...r, id: `o${i}`, date: at(r.date) })));

  it('draws every spelling of an analyte in one panel, named as the case spells it most', () => {
    const built = build([
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', date: '2022-08-01', value: 1620, unit: 'U/L' },
      { analyte: 'Creatine kinase', date: '2022-09-01', value: 900, unit: 'U/L' },
      { analyte: 'CPK', date: '2022-10-01', value: 400, unit: 'U/L' },
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', date: '2022-11-01', value: 200, unit: 'U/L' },
    ]);
    expect(built.map((p) => [p.key, p.points.map((q) => q.value)])).toEqual([
      ['Creatine kinase (CK) [U/L]', [1620, 900, 400, 200]],
    ]);
  });

  it('converts U/L and μkat/L to the unit the case uses most, keeping the value as reported', () => {
    const built = build([
      { analyte: 'CK', date: '2022-08-01', value: 1620, unit: 'U/L', referenceRange: { high: 200 } },
      { analyte: 'CK', date: '2022-09-01', value: 2, decimalPlaces: 1, unit: 'ukat/L', referenceRange: { high: 3.3 } },
      { analyte: 'CK', date: '2022-10-01', comparator: '<', value: 0.5, decimalPlaces: 2, unit: 'ukat/L' },
      { analyte: 'CK', date: '2022-11-01', value: 200, unit: 'U/L', referenceRange: { high: 200 } },
      { analyte: 'CK', date: '2022-12-01', value: 150, unit: 'U/L' },
    ]);
    expect(built).toHaveLength(1);
    expect(built[0]).toMatchObject({ key: 'CK [U/L]', unit: 'U/L', referenceRange: { high: 200 } });
    expect(built[0]!.points.map((p) => [p.value, p.label, p.censored, p.reported])).toEqual([
      [1620, '1620', false, undefined],
      [120, '120', false, { label: '2.0', unit: 'ukat/L' }],
      [30, '<30', true, { label: '<0.50', unit: 'ukat/L' }],
      [200, '200', false, undefined],
      [150, '150', false, undefined],
    ]);
  });

  it('draws in μkat/L when the case reports mostly in μkat/L', () => {
    const built = build([
      { analyte: 'CK', date: '2022-08-01', value: 1620, unit: 'U/L' },
      { analyte: 'CK', date: '2022-09-01', value: 400, valueHigh: 500, unit: 'U/L' },
      { analyte: 'CK', date: '2022-10-01', value: 2, unit: 'ukat/L' },
      { analyte: 'CK', date: '2022-11-01', value: 3, unit: 'ukat/L' },
      { analyte: 'CK', date: '2022-12-01', value: 4, unit: 'ukat/L' },
    ]);
    expect(built.map((p) => p.key)).toEqual(['CK [ukat/L]']);
    expect(built[0]!.points[1]!.value).toBeCloseTo(6.6667);
    expect(built[0]!.points[1]!.valueHigh).toBeCloseTo(8.3333);
    expect(built[0]!.points[1]!.label).toBe('6.67–8.33');
    expect(built[0]!.points[1]!.reported).toEqual({ label: '400–500', unit: 'U/L' });
  });

  it('gives units of different dimensions panels of their own, named with their unit', () => {
    const built = build([
      // Mass against substance: UCUM converts them only with a molar mass.
      { analyte: 'Creatinine (Cr)', date: '2022-08-01', value: 1.2, unit: 'mg/dL' },
      { analyte: 'Creatinine (Cr)', date: '2022-09-01', value: 106, unit: 'umol/L' },
      // A fraction is not an activity.
      { analyte: 'CK', date: '2022-08-01', value: 12, unit: '%' },
      { analyte: 'CK', date: '2022-09-01', value: 300, unit: 'U/L' },
      // Counts per volume are not moles per volume, though UCUM counts a mole as a number.
      { analyte: 'WBC', date: '2022-08-01', value: 5, unit: '10*9/L' },
      { analyte: 'WBC', date: '2022-09-01', value: 5, unit: 'mmol/L' },
      // A grade and a percentage are both dimensionless, and still not one scale.
      { analyte: 'MRC', date: '2022-08-01', value: 4, unit: '{grade}' },
      { analyte: 'MRC', date: '2022-09-01', value: 80, unit: '%' },
      // Free text is its own unit.
      { analyte: 'Ferritin', date: '2022-08-01', value: 300, unit: 'ng/mL' },
      { analyte: 'Ferritin', date: '2022-09-01', value: 3, unit: 'units of the lab', unitIsFreeText: true },
    ]);
    expect(built.map((p) => p.key).sort()).toEqual([
      'CK [%]',
      'CK [U/L]',
      'Creatinine (Cr) [mg/dL]',
      'Creatinine (Cr) [umol/L]',
      'Ferritin [ng/mL]',
      'Ferritin [units of the lab]',
      'MRC [%]',
      'MRC [{grade}]',
      'WBC [10*9/L]',
      'WBC [mmol/L]',
    ]);
    expect(built.every((p) => p.points.every((q) => q.reported === undefined))).toBe(true);
  });

  it('draws counts per volume together: ×10⁹/L and ×10³/μL are the same number', () => {
    const built = build([
      { analyte: 'WBC', date: '2022-08-01', value: 5.2, unit: '10*9/L' },
      { analyte: 'WBC', date: '2022-09-01', value: 6.1, unit: '10*9/L' },
      { analyte: 'WBC', date: '2022-10-01', value: 7.4, unit: '10*3/uL' },
    ]);
    expect(built.map((p) => [p.key, p.points.map((q) => q.value)])).toEqual([['WBC [10*9/L]', [5.2, 6.1, 7.4]]]);
  });
});
