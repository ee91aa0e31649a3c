// Development passage: lupus nephritis, European units and ×10^9/L counts. Invented patient.
import { on, type DevPassage } from './passage';

const text = `A 24-year-old woman presented in January 2020 with oedema of the legs and arthralgia for 2 months. Laboratory tests on 9 January 2020 showed haemoglobin 98 g/L, white blood cells 2.9 × 10^9/L, platelets 112 x 10(9)/L and lymphocytes 0.6 ×10⁹/L. Serum creatinine was 142 μmol/L, eGFR 44 mL/min/1.73 m2, albumin 24 g/L and proteinuria 4.2 g/24 h. Complement C3 was 0.42 g/L (normal 0.9–1.8) and C4 0.05 g/L. Anti-dsDNA antibodies were 380 IU/mL, and the ANA was positive. A kidney biopsy on 15 January 2020 showed class IV lupus nephritis. She received methylprednisolone 500 mg i.v. daily for 3 days from 16 January 2020, followed by oral prednisolone 1 mg/kg/day, and mycophenolate mofetil 1 g twice daily from 20 January 2020. Hydroxychloroquine 200 mg daily was continued. After 6 months, proteinuria had decreased to 0.6 g/24 h and creatinine to 88 μmol/L. Complete remission occurs in 60% of patients within a year [12].`;

const tests = on('2020-01-09');
const july = on('2020-07', true);

export const lupusNephritis: DevPassage = {
  name: 'lupus nephritis (European units)',
  text,
  expected: {
    observations: [
      { analyte: 'Hemoglobin (Hb)', loinc: '718-7', date: tests, value: 98, unit: 'g/L' },
      {
        analyte: 'White blood cells (WBC)',
        loinc: '6690-2',
        date: tests,
        value: 2.9,
        decimalPlaces: 1,
        unit: '10*9/L',
      },
      { analyte: 'Platelets (PLT)', loinc: '777-3', date: tests, value: 112, unit: '10*9/L' },
      { analyte: 'Lymphocytes (LYM)', loinc: '731-0', date: tests, value: 0.6, decimalPlaces: 1, unit: '10*9/L' },
      { analyte: 'Creatinine (Cr)', date: tests, value: 142, unit: 'umol/L' },
      { analyte: 'Estimated glomerular filtration rate (eGFR)', date: tests, value: 44, unit: 'mL/min/{1.73_m2}' },
      { analyte: 'Albumin (ALB)', loinc: '1751-7', date: tests, value: 24, unit: 'g/L' },
      { analyte: 'Proteinuria', date: tests, value: 4.2, decimalPlaces: 1, unit: 'g/(24.h)' },
      {
        analyte: 'Complement C3',
        loinc: '4485-9',
        date: tests,
        value: 0.42,
        decimalPlaces: 2,
        unit: 'g/L',
        referenceRange: { low: 0.9, high: 1.8 },
      },
      { analyte: 'Complement C4', loinc: '4498-2', date: tests, value: 0.05, decimalPlaces: 2, unit: 'g/L' },
      { analyte: 'Anti-dsDNA antibody', date: tests, value: 380, unit: '[IU]/mL' },
      { analyte: 'Antinuclear antibodies (ANA)', date: tests, valueText: 'positive' },
      { analyte: 'Proteinuria', date: july, value: 0.6, decimalPlaces: 1, unit: 'g/(24.h)' },
      { analyte: 'Creatinine (Cr)', date: july, value: 88, unit: 'umol/L' },
    ],
    events: [
      {
        kind: 'treatment',
        label: 'Methylprednisolone',
        start: on('2020-01-16'),
        duration: { value: 3, unit: 'days' },
        dose: { value: 500, unit: 'mg', route: 'i.v.', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Prednisolone',
        start: on('2020-01-19', true),
        dose: { value: 1, unit: 'mg/kg', route: 'oral', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Mycophenolate mofetil',
        start: on('2020-01-20'),
        dose: { value: 1, unit: 'g', frequency: 'twice daily' },
      },
      {
        kind: 'treatment',
        label: 'Hydroxychloroquine',
        start: on('2020-01', true),
        dose: { value: 200, unit: 'mg', frequency: 'daily' },
      },
    ],
  },
};
