// Development passage: statin-associated anti-HMGCR necrotizing myopathy, US units. Invented patient.
import { on, type DevPassage } from './passage';

const text = `A 68-year-old man with hypercholesterolemia had taken atorvastatin 40 mg daily for 3 years when, in March 2021, he noticed difficulty climbing stairs. On admission on 14 April 2021, his creatine kinase was 8,650 IU/L (reference 39–308), ALT 187 U/L, AST 245 U/L and lactate dehydrogenase 912 U/L. Serum creatinine was 0.9 mg/dL and TSH 2.1 mIU/L. Anti-HMGCR antibodies were positive, and the ANA was negative. He had Grade 3 hip flexion and shoulder abduction muscle strength. Atorvastatin was stopped. Oral prednisone 60 mg daily was started on 16 April 2021, and IVIG 2 g/kg was given over 5 days in May 2021. Methotrexate 15 mg weekly was added in June 2021. By August 2021 the CK had fallen to 1,240 U/L and his muscle strength was grade 4 in the proximal limb muscles. In a series of about 50 cases, most patients improved within a year [3]. The CK had risen 12-fold before the diagnosis (Fig. 2).`;

const admission = on('2021-04-14');
const august = on('2021-08');

export const statinMyopathy: DevPassage = {
  name: 'statin myopathy (US units)',
  text,
  expected: {
    observations: [
      {
        analyte: 'Creatine kinase (CK)',
        loinc: '2157-6',
        date: admission,
        value: 8650,
        unit: 'U/L',
        referenceRange: { low: 39, high: 308 },
      },
      { analyte: 'Alanine aminotransferase (ALT)', loinc: '1742-6', date: admission, value: 187, unit: 'U/L' },
      { analyte: 'Aspartate aminotransferase (AST)', loinc: '1920-8', date: admission, value: 245, unit: 'U/L' },
      { analyte: 'Lactate dehydrogenase (LDH)', loinc: '2532-0', date: admission, value: 912, unit: 'U/L' },
      { analyte: 'Creatinine (Cr)', loinc: '2160-0', date: admission, value: 0.9, decimalPlaces: 1, unit: 'mg/dL' },
      {
        analyte: 'Thyroid-stimulating hormone (TSH)',
        loinc: '3016-3',
        date: admission,
        value: 2.1,
        decimalPlaces: 1,
        unit: 'm[IU]/L',
      },
      { analyte: 'Anti-HMGCR antibody', date: admission, valueText: 'positive' },
      { analyte: 'Antinuclear antibodies (ANA)', date: admission, valueText: 'negative' },
      { analyte: 'Muscle strength, hip flexion', date: admission, value: 3, unit: '{grade}' },
      { analyte: 'Muscle strength, shoulder abduction', date: admission, value: 3, unit: '{grade}' },
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', date: august, value: 1240, unit: 'U/L' },
      { analyte: 'Muscle strength, proximal limbs', date: august, value: 4, unit: '{grade}' },
    ],
    events: [
      {
        kind: 'treatment',
        label: 'Atorvastatin',
        start: on('2018', true),
        end: on('2021-04'),
        dose: { value: 40, unit: 'mg', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Prednisone',
        start: on('2021-04-16'),
        dose: { value: 60, unit: 'mg', route: 'oral', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'IVIG',
        start: on('2021-05'),
        duration: { value: 5, unit: 'days' },
        dose: { value: 2, unit: 'g/kg' },
      },
      {
        kind: 'treatment',
        label: 'Methotrexate',
        start: on('2021-06'),
        dose: { value: 15, unit: 'mg', frequency: 'weekly' },
      },
    ],
  },
};
