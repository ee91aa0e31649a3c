// Checks the preloaded case against the report, fact by fact.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { formatObservationValue } from '../model/observation-value';
import { validateCase } from '../model/validate';
import { createSeedCase, SEED_CASE_ID } from './seed-case';

const seed = createSeedCase();
const eventById = (id: string) => seed.events.find((e) => e.id === id);
const resultsOf = (analyte: string) =>
  seed.observations
    .filter((o) => o.analyte === analyte)
    .map((o) => ({
      date: o.date.date,
      approximate: o.date.approximate,
      value: formatObservationValue(o),
      unit: o.unit,
    }));

describe('the preloaded case', () => {
  it('is valid and has a stable id', () => {
    expect(validateCase(seed).ok).toBe(true);
    expect(seed.id).toBe(SEED_CASE_ID);
    expect(createSeedCase()).toEqual(seed);
  });

  it('describes the patient and the three diagnoses with their criteria', () => {
    expect(seed.patient).toEqual({ ageAtPresentation: { value: 61, unit: 'years' }, sex: 'female' });
    expect(seed.diagnoses.map((d) => [d.label, d.criteria])).toEqual([
      [
        'Anti-SRP immune-mediated necrotizing myopathy (IMNM)',
        ['ENMC 2018 (224th ENMC International Workshop) IMNM criteria'],
      ],
      [
        'Sjögren’s syndrome (SS)',
        ['ACR/EULAR 2016 classification criteria', 'Brazilian Society of Rheumatology 2019 recommendations'],
      ],
      ['Inflammatory myopathy', ['Muscle biopsy']],
    ]);
  });

  it('keeps every lab value with its comparator, reported decimals and UCUM unit', () => {
    const table = (analyte: string) => resultsOf(analyte).map((r) => `${r.value} ${r.unit ?? ''}`.trim());
    expect(table('CK-MB')).toEqual(['>300.0 ug/L']);
    expect(table('Troponin I (TnI)')).toEqual(['0.282 ug/L']);
    expect(table('Myoglobin (Myo)')).toEqual(['>1200.0 ug/L']);
    expect(table('Creatine kinase (CK)')).toEqual(['400–500 U/L', '1620 U/L']);
    expect(table('Brain natriuretic peptide (BNP)')).toEqual(['176.50 pg/mL']);
    expect(table('Anti-SRP antibody (IgG)')).toEqual(['positive']);
    expect(table('Anti-SSA/Ro52 antibody (IgG)')).toEqual(['positive']);
    expect(table('Corneal fluorescein staining, both eyes')).toEqual(['negative']);
    expect(table('Tear film break-up time')).toEqual(['~7 s']);
    expect(table('Labial gland biopsy, tissue area')).toEqual(['~0.8 mm2']);
    expect(table('Labial gland biopsy, lymphocytes per focus')).toEqual(['<50 {cells}/{focus}']);
    expect(table('Coronary CT angiography, anterior descending branch')).toEqual(['no significant stenosis']);
  });

  it('has the B-cell count at each ofatumumab dose, on the exact days', () => {
    expect(resultsOf('B lymphocytes, total')).toEqual([
      { date: '2022-09-05', approximate: false, value: '236.4', unit: '10*6/L' },
      { date: '2022-11-01', approximate: false, value: '0', unit: '10*6/L' },
      { date: '2023-02-20', approximate: false, value: '1.5', unit: '10*6/L' },
    ]);
    const doses = seed.events.filter((e) => e.label.startsWith('Ofatumumab dose'));
    expect(doses.map((e) => [e.start.date, e.dose?.value, e.dose?.unit, e.dose?.route])).toEqual([
      ['2022-09-05', 20, 'mg', 's.c.'],
      ['2022-11-01', 20, 'mg', 's.c.'],
      ['2023-02-20', 20, 'mg', 's.c.'],
    ]);
  });

  it('has strength grades by muscle group over time and LVEF before and after', () => {
    expect(resultsOf('Muscle strength, head raising').map((r) => r.value)).toEqual(['2']);
    expect(resultsOf('Muscle strength, neck flexion').map((r) => r.value)).toEqual(['2']);
    expect(resultsOf('Muscle strength, distal limbs').map((r) => r.value)).toEqual(['4']);
    expect(resultsOf('Muscle strength, proximal limbs').map((r) => [r.date, r.value])).toEqual([
      ['2022-08', '2–3'],
      ['2022-11', '4'],
      ['2023-01', '5'],
      ['2023-03', '5'],
    ]);
    const lvef = seed.observations.filter((o) => o.analyte.includes('LVEF'));
    expect(lvef.map((o) => [o.value, o.unit, o.referenceRange?.low])).toEqual([
      [37, '%', 50],
      [59, '%', 50],
    ]);
  });

  it('has each methylprednisolone step as its own 3-day course', () => {
    const steps = seed.events.filter((e) => e.label.startsWith('Methylprednisolone'));
    expect(steps.map((e) => [e.dose?.value, e.duration?.value, e.duration?.unit, e.start.date, e.end?.date])).toEqual([
      [500, 3, 'days', '2022-08-22', '2022-08-24'],
      [250, 3, 'days', '2022-08-25', '2022-08-27'],
      [120, 3, 'days', '2022-08-28', '2022-08-30'],
      [60, 3, 'days', '2022-08-31', '2022-09-02'],
    ]);
    expect(steps.every((e) => e.start.approximate)).toBe(true);
  });

  it('has the other treatments with dose, route, frequency and duration', () => {
    const summary = (id: string) => {
      const e = eventById(id);
      return [e?.dose?.value, e?.dose?.unit, e?.dose?.route, e?.dose?.frequency, e?.duration?.value, e?.duration?.unit];
    };
    expect(summary('prednisone-2022')).toEqual([60, 'mg', 'oral', 'daily', undefined, undefined]);
    expect(summary('tacrolimus-2022')).toEqual([3, 'mg', 'oral', 'daily', undefined, undefined]);
    expect(summary('tacrolimus-continued')).toEqual([3, 'mg', 'oral', 'daily', 10, 'days']);
    expect(summary('ivig-2022')).toEqual([22.5, 'g', 'i.v.', undefined, 5, 'doses']);
    for (const id of ['azathioprine', 'methotrexate', 'tacrolimus-before-2022']) {
      expect(eventById(id)?.start).toEqual({ date: '2017', approximate: true });
    }
  });

  it('dates the vaccine doses, admission and recurrence no more precisely than the report', () => {
    expect(eventById('covid-19-vaccine-dose-1')?.start).toEqual({ date: '2022-03', approximate: false });
    expect(eventById('covid-19-vaccine-dose-2')?.start).toEqual({ date: '2022-04', approximate: false });
    expect(eventById('admission-2022-08-22')?.start).toEqual({ date: '2022-08-22', approximate: false });
    expect(eventById('weakness-recurrence')?.start).toEqual({ date: '2022-05', approximate: false });
    expect(eventById('limb-weakness-onset')?.start).toEqual({
      date: '2017',
      approximate: true,
      relativeTo: { eventId: 'admission-2022-08-22', amount: 5, unit: 'years', direction: 'before' },
    });
  });

  it('has the symptoms and the outcome at 2 weeks, 2, 4 and 6 months', () => {
    const symptoms = seed.events.filter((e) => e.kind === 'symptom').map((e) => e.label);
    expect(symptoms).toEqual(
      expect.arrayContaining([
        'Panic',
        'Chest tightness',
        'Wheezing',
        'Dry mouth',
        'Dry eyes',
        'Dysphagia',
        'Limb soreness',
      ]),
    );
    const outcomes = ['outcome-2-weeks', 'outcome-2-months', 'outcome-4-months', 'outcome-6-months'].map((id) => {
      const e = eventById(id);
      return [e?.start.date, e?.start.approximate, e?.label];
    });
    for (const id of ['outcome-2-weeks', 'outcome-2-months', 'outcome-4-months', 'outcome-6-months']) {
      expect(eventById(id)?.start.relativeTo?.eventId).toBe('ofatumumab-dose-1');
    }
    expect(outcomes).toEqual([
      ['2022-09-19', true, 'Able to eat'],
      ['2022-11', true, 'Walks independently'],
      ['2023-01', true, 'Stable'],
      ['2023-03', true, 'Normal daily life; panic, chest tightness and wheezing resolved'],
    ]);
  });

  it('uses only valid UCUM unit codes', () => {
    const require = createRequire(import.meta.url);
    const { UcumLhcUtils } = require('@lhncbc/ucum-lhc') as {
      UcumLhcUtils: { getInstance(): { validateUnitString(code: string, suggest?: boolean): { status: string } } };
    };
    const ucum = UcumLhcUtils.getInstance();
    const units = [
      ...seed.observations.flatMap((o) => (o.unit && !o.unitIsFreeText ? [o.unit] : [])),
      ...seed.events.flatMap((e) => (e.dose?.unit ? [e.dose.unit] : [])),
    ];
    expect(units.length).toBeGreaterThan(20);
    expect([...new Set(units)].filter((u) => ucum.validateUnitString(u).status !== 'valid')).toEqual([]);
  });
});
