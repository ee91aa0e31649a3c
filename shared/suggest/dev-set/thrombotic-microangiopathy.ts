// Development passage: immune thrombotic thrombocytopenic purpura, haematology. Invented patient;
// written after the finder, to see it on phrasings it was not tuned to.
import { on, type DevPassage } from './passage';

const text = `A 39-year-old man presented to the emergency department on 18 June 2024 with confusion, petechiae and dark urine for 4 days. His hemoglobin was 7.8 g/dL and the platelet count 12 × 10³/μL; reticulocytes were 6.2%, and the peripheral smear showed 4% schistocytes. LDH was elevated at 1,450 U/L, haptoglobin was <10 mg/dL and total bilirubin 3.1 mg/dL. The direct antiglobulin test was negative. Prothrombin time was 13.2 s and fibrinogen 320 mg/dL. Creatinine was 1.4 mg/dL and troponin T 0.09 ng/mL. ADAMTS13 activity was <5%, with an inhibitor of 2.4 Bethesda units/mL. The PLASMIC score was 7. Daily plasma exchange was started on 18 June 2024 together with methylprednisolone 1 g i.v. daily for 3 days and caplacizumab 10 mg s.c. daily. Rituximab 375 mg/m2 was given weekly for four doses from 21 June 2024. On 28 June 2024 the platelet count had recovered to 186 × 10³/μL and LDH to 310 U/L. Relapse occurs in up to 40% of patients [9].`;

const admission = on('2024-06-18');
const recovery = on('2024-06-28');

export const thromboticMicroangiopathy: DevPassage = {
  name: 'immune TTP (haematology, written after the finder)',
  text,
  expected: {
    observations: [
      { analyte: 'Hemoglobin (Hb)', date: admission, value: 7.8, decimalPlaces: 1, unit: 'g/dL' },
      { analyte: 'Platelets (PLT)', loinc: '777-3', date: admission, value: 12, unit: '10*3/uL' },
      { analyte: 'Reticulocytes', date: admission, value: 6.2, decimalPlaces: 1, unit: '%' },
      { analyte: 'Schistocytes', date: admission, value: 4, unit: '%' },
      { analyte: 'Lactate dehydrogenase (LDH)', loinc: '2532-0', date: admission, value: 1450, unit: 'U/L' },
      { analyte: 'Haptoglobin', date: admission, comparator: '<', value: 10, unit: 'mg/dL' },
      { analyte: 'Total bilirubin', loinc: '1975-2', date: admission, value: 3.1, decimalPlaces: 1, unit: 'mg/dL' },
      { analyte: 'Direct antiglobulin test', date: admission, valueText: 'negative' },
      { analyte: 'Prothrombin time (PT)', loinc: '5902-2', date: admission, value: 13.2, decimalPlaces: 1, unit: 's' },
      { analyte: 'Fibrinogen (FIB)', loinc: '3255-7', date: admission, value: 320, unit: 'mg/dL' },
      { analyte: 'Creatinine (Cr)', loinc: '2160-0', date: admission, value: 1.4, decimalPlaces: 1, unit: 'mg/dL' },
      { analyte: 'Troponin T (TnT)', loinc: '6598-7', date: admission, value: 0.09, decimalPlaces: 2, unit: 'ng/mL' },
      { analyte: 'ADAMTS13 activity', date: admission, comparator: '<', value: 5, unit: '%' },
      { analyte: 'ADAMTS13 inhibitor', date: admission, value: 2.4, decimalPlaces: 1, unit: "[beth'U]/mL" },
      { analyte: 'PLASMIC score', date: admission, value: 7, unit: '{score}' },
      { analyte: 'Platelets (PLT)', loinc: '777-3', date: recovery, value: 186, unit: '10*3/uL' },
      { analyte: 'Lactate dehydrogenase (LDH)', loinc: '2532-0', date: recovery, value: 310, unit: 'U/L' },
    ],
    events: [
      { kind: 'procedure', label: 'Plasma exchange', start: admission },
      {
        kind: 'treatment',
        label: 'Methylprednisolone',
        start: admission,
        duration: { value: 3, unit: 'days' },
        dose: { value: 1, unit: 'g', route: 'i.v.', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Caplacizumab',
        start: admission,
        dose: { value: 10, unit: 'mg', route: 's.c.', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Rituximab',
        start: on('2024-06-21'),
        duration: { value: 4, unit: 'doses' },
        dose: { value: 375, unit: 'mg/m2', frequency: 'weekly' },
      },
    ],
  },
};
