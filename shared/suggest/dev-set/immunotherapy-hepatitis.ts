// Development passage: immune-related hepatitis on nivolumab, oncology. Invented patient.
import { on, type DevPassage } from './passage';

const text = `A 57-year-old man with metastatic melanoma started nivolumab 240 mg i.v. every 2 weeks in September 2022. After the fourth dose, on 2 November 2022, his ALT was 612 U/L, AST 498 U/L, alkaline phosphatase 210 U/L and total bilirubin 2.8 mg/dL; the INR was 1.3. Hepatitis B surface antigen and hepatitis C antibody were negative. He had grade 3 immune-related hepatitis. Nivolumab was withheld, and oral prednisone 1 mg/kg daily was started on 3 November 2022; mycophenolate mofetil 500 mg twice daily was added on 10 November 2022 because the transaminases did not improve. Two weeks later, ALT was 145 U/L and bilirubin 1.1 mg/dL. Grade 3 hepatitis occurs in about 5% of patients treated with nivolumab [7], and the ALT usually peaks 6–8 weeks after the first dose.`;

const flare = on('2022-11-02');
const later = on('2022-11-24', true);

export const immunotherapyHepatitis: DevPassage = {
  name: 'immunotherapy hepatitis (oncology)',
  text,
  expected: {
    observations: [
      { analyte: 'Alanine aminotransferase (ALT)', loinc: '1742-6', date: flare, value: 612, unit: 'U/L' },
      { analyte: 'Aspartate aminotransferase (AST)', loinc: '1920-8', date: flare, value: 498, unit: 'U/L' },
      { analyte: 'Alkaline phosphatase (ALP)', loinc: '6768-6', date: flare, value: 210, unit: 'U/L' },
      { analyte: 'Total bilirubin', loinc: '1975-2', date: flare, value: 2.8, decimalPlaces: 1, unit: 'mg/dL' },
      {
        analyte: 'International normalized ratio (INR)',
        loinc: '6301-6',
        date: flare,
        value: 1.3,
        decimalPlaces: 1,
        unit: '{INR}',
      },
      { analyte: 'Hepatitis B surface antigen', date: flare, valueText: 'negative' },
      { analyte: 'Hepatitis C antibody', date: flare, valueText: 'negative' },
      { analyte: 'Immune-related hepatitis grade', date: flare, value: 3, unit: '{grade}' },
      { analyte: 'Alanine aminotransferase (ALT)', loinc: '1742-6', date: later, value: 145, unit: 'U/L' },
      { analyte: 'Total bilirubin', loinc: '1975-2', date: later, value: 1.1, decimalPlaces: 1, unit: 'mg/dL' },
    ],
    events: [
      {
        kind: 'treatment',
        label: 'Nivolumab',
        start: on('2022-09'),
        end: on('2022-11-02', true),
        dose: { value: 240, unit: 'mg', route: 'i.v.', frequency: 'every 2 weeks' },
      },
      {
        kind: 'treatment',
        label: 'Prednisone',
        start: on('2022-11-03'),
        dose: { value: 1, unit: 'mg/kg', route: 'oral', frequency: 'daily' },
      },
      {
        kind: 'treatment',
        label: 'Mycophenolate mofetil',
        start: on('2022-11-10'),
        dose: { value: 500, unit: 'mg', frequency: 'twice daily' },
      },
    ],
  },
};
