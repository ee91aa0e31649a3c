// Development passage: myasthenic crisis treated with IVIG and plasma exchange, neurology. Invented
// patient; written after the finder, to see it on phrasings it was not tuned to.
import { on, type DevPassage } from './passage';

const text = `A 72-year-old woman with generalized myasthenia gravis, diagnosed in 2015, was admitted on 3 February 2023 with dyspnoea and dysphagia. Her acetylcholine receptor antibody titre was 48.2 nmol/L. Arterial blood gas analysis showed a PaCO2 of 58 mmHg and a pH of 7.31; her forced vital capacity was 1.1 L (35% of predicted). Her heart rate was 108 bpm and oxygen saturation 91% on room air. On examination she had grade 2 neck flexion muscle strength. Leukocytes were 11.8 x 10^9/L with 82% neutrophils, and C-reactive protein was 36 mg/L. Thyroid function was normal. She received intravenous immunoglobulin 0.4 g/kg daily for 5 days from 4 February 2023, and pyridostigmine 60 mg four times daily was continued. Because she did not improve, five sessions of plasma exchange were performed from 12 February 2023. Her IgG level before IVIG was 9.6 g/L. By 1 March 2023 the forced vital capacity had improved to 2.3 L, and neck flexion strength was grade 4. Myasthenic crisis affects 15–20% of patients with myasthenia gravis [4].`;

const admission = on('2023-02-03');
const march = on('2023-03-01');

export const myastheniaIvig: DevPassage = {
  name: 'myasthenic crisis (neurology, written after the finder)',
  text,
  expected: {
    observations: [
      { analyte: 'Anti-AChR antibody', date: admission, value: 48.2, decimalPlaces: 1, unit: 'nmol/L' },
      { analyte: 'PaCO2', date: admission, value: 58, unit: 'mm[Hg]' },
      { analyte: 'pH', date: admission, value: 7.31, decimalPlaces: 2, unit: '[pH]' },
      { analyte: 'Forced vital capacity', date: admission, value: 1.1, decimalPlaces: 1, unit: 'L' },
      { analyte: 'Heart rate (HR)', loinc: '8867-4', date: admission, value: 108, unit: '/min' },
      {
        analyte: 'Oxygen saturation by pulse oximetry (SpO2)',
        loinc: '59408-5',
        date: admission,
        value: 91,
        unit: '%',
      },
      { analyte: 'Muscle strength, neck flexion', date: admission, value: 2, unit: '{grade}' },
      {
        analyte: 'White blood cells (WBC)',
        loinc: '6690-2',
        date: admission,
        value: 11.8,
        decimalPlaces: 1,
        unit: '10*9/L',
      },
      { analyte: 'Neutrophils (NEUT)', date: admission, value: 82, unit: '%' },
      { analyte: 'C-reactive protein (CRP)', loinc: '1988-5', date: admission, value: 36, unit: 'mg/L' },
      { analyte: 'Thyroid function', date: admission, valueText: 'normal' },
      { analyte: 'Immunoglobulin G (IgG)', date: admission, value: 9.6, decimalPlaces: 1, unit: 'g/L' },
      { analyte: 'Forced vital capacity', date: march, value: 2.3, decimalPlaces: 1, unit: 'L' },
      { analyte: 'Muscle strength, neck flexion', date: march, value: 4, unit: '{grade}' },
    ],
    events: [
      {
        kind: 'treatment',
        label: 'IVIG',
        start: on('2023-02-04'),
        duration: { value: 5, unit: 'days' },
        dose: { value: 0.4, unit: 'g/kg', route: 'i.v.', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Pyridostigmine',
        start: on('2015', true),
        dose: { value: 60, unit: 'mg', frequency: 'four times daily' },
      },
      { kind: 'procedure', label: 'Plasma exchange', start: on('2023-02-12'), duration: { value: 5, unit: 'doses' } },
    ],
  },
};
