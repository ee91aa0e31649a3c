import { describe, expect, it } from 'vitest';
import { analyteIdentity } from '../../analytes/identity';
import { readingText } from '../suggest-facts';
import { findLabResults } from './find-lab-results';

const find = (text: string) => findLabResults(readingText(text));
const rows = (text: string) => find(text).map((c) => c.row);
const key = (name: string) => analyteIdentity(name).key;

describe('findLabResults: an analyte, its value and its unit', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['Serum creatine kinase was about 4,800 IU/L on admission.', 'CK', { comparator: '~', value: 4800, unit: 'U/L' }],
    ['Her CK 1620 U/l, then it fell.', 'CK', { value: 1620, unit: 'U/L' }],
    ['The creatine phosphokinase level rose to 12,480 IU/L.', 'CK', { value: 12480, unit: 'U/L' }],
    ['CPK was 980 units/L.', 'CK', { value: 980, unit: 'U/L' }],
    [
      'ALT 312.0 units/L (reference 7–56) and AST 250 U/L.',
      'ALT',
      { value: 312, decimalPlaces: 1, unit: 'U/L', referenceRange: { low: 7, high: 56 } },
    ],
    [
      'The CK-MB level was >300.0 μg/l↑ at the time.',
      'CK-MB',
      { comparator: '>', value: 300, decimalPlaces: 1, unit: 'ug/L' },
    ],
    ['Troponin I (TnI) was 0.282 μg/l.', 'TnI', { value: 0.282, decimalPlaces: 3, unit: 'ug/L' }],
    ['BNP 176.50 pg/ml was raised.', 'BNP', { value: 176.5, decimalPlaces: 2, unit: 'pg/mL' }],
    [
      'Her creatine kinase typically fluctuated between 400 and 500 U/l.',
      'CK',
      { value: 400, valueHigh: 500, unit: 'U/L' },
    ],
    ['The ejection fraction was 37%.', 'LVEF', { value: 37, unit: '%' }],
    ['LVEF 45 % on echocardiography.', 'LVEF', { value: 45, unit: '%' }],
    ['A CD19+ B cell count of 236.4 × 106/l was measured.', 'CD19+ B cells', { value: 236.4, unit: '10*6/L' }],
    ['The white blood cell count was 3.2 ×10^9/L.', 'WBC', { value: 3.2, unit: '10*9/L' }],
    ['Platelets 88 x 10(9)/L were low.', 'Platelets', { value: 88, unit: '10*9/L' }],
    ['Hemoglobin was 9.8 g/dl.', 'Hb', { value: 9.8, unit: 'g/dL' }],
    ['Her serum creatinine was 1.9 mg/dL.', 'Creatinine', { value: 1.9, unit: 'mg/dL' }],
    ['The tear break-up time was ∼7 s.', 'TBUT', { comparator: '~', value: 7, unit: 's' }],
    ['A tear film rupture time of ~5 seconds.', 'TBUT', { comparator: '~', value: 5, unit: 's' }],
    ['CRP < 5 mg/L.', 'CRP', { comparator: '<', value: 5, unit: 'mg/L' }],
    ['Ferritin was ≥ 2000 ng/mL.', 'Ferritin', { comparator: '>=', value: 2000, unit: 'ng/mL' }],
    ['Potassium was approximately 3.1 mmol/L.', 'K', { comparator: '~', value: 3.1, unit: 'mmol/L' }],
    ['Na 128 mmol/L and K 5.9 mmol/L.', 'Na', { value: 128, unit: 'mmol/L' }],
    ['TSH was 8.2 mIU/L.', 'TSH', { value: 8.2, unit: 'm[IU]/L' }],
    ['By August the CK had fallen to 1,240 U/L.', 'CK', { value: 1240, unit: 'U/L' }],
    ['C3 was 0.42 g/L (normal 0.9–1.8).', 'C3', { value: 0.42, unit: 'g/L', referenceRange: { low: 0.9, high: 1.8 } }],
    ['eGFR 44 mL/min/1.73 m2 on admission.', 'eGFR', { value: 44, unit: 'mL/min/{1.73_m2}' }],
    ['The INR was 1.3.', 'INR', { value: 1.3, unit: '{INR}' }],
    ['A leukocytosis of 15.2 × 10^3/μL with 85% neutrophils.', 'Neutrophils', { value: 85, unit: '%' }],
    ['The platelet count was 450,000/μL.', 'Platelets', { value: 450000, unit: '/uL' }],
    ['Serum sodium was 128 mEq/L.', 'Na', { value: 128, unit: 'meq/L' }],
    ['She had a temperature of 39.2 °C.', 'Body temperature', { value: 39.2, unit: 'Cel' }],
    ['Her weight was 52 kg.', 'Body weight', { value: 52, unit: 'kg' }],
    ['The CD4 count was 250 cells/mm3.', 'CD4+ T cells', { value: 250, unit: '/uL' }],
    ['CK on admission was 5,000 U/L.', 'CK', { value: 5000, unit: 'U/L' }],
    ['Her IgG level before IVIG was 9.6 g/L.', 'IgG', { value: 9.6, unit: 'g/L' }],
    ['Blood gas showed a pH of 7.31.', 'pH', { value: 7.31, unit: '[pH]' }],
    ['Her forced vital capacity was 1.1 L.', 'FVC', { value: 1.1, unit: 'L' }],
    ['Urine red cells were 10–20 per HPF.', 'Urine red cells', { value: 10, valueHigh: 20, unit: '/[HPF]' }],
  ])('%s → %s', (text, analyte, fields) => {
    const found = rows(text).find((r) => r.analyte !== undefined && key(r.analyte) === key(analyte));
    expect(found, JSON.stringify(rows(text))).toMatchObject(fields);
  });

  it('keeps the report’s "total" on a count the list has no code for', () => {
    expect(rows('The total B lymphocyte count was 1.5 × 106/l.')).toMatchObject([
      { analyte: 'B lymphocytes, total', value: 1.5, unit: '10*6/L' },
    ]);
  });

  it('reads a table row that names its unit in brackets after the analyte', () => {
    expect(rows('Creatine kinase (U/L) 1620 38–174')).toEqual([
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', value: 1620, unit: 'U/L' },
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['The smear showed 4% schistocytes.', { analyte: 'Schistocytes', value: 4, unit: '%' }, []],
    ['The marrow held 12% plasma cells.', { analyte: 'Plasma cells', value: 12, unit: '%' }, []],
    [
      'There was an inhibitor of 2.4 Bethesda units/mL.',
      { analyte: 'Inhibitor', value: 2.4, decimalPlaces: 1, unit: "[beth'U]/mL" },
      [],
    ],
    ['The PLASMIC score was 7.', { analyte: 'PLASMIC score', value: 7, unit: '{score}' }, ['unit']],
  ])('%s', (text, row, guessed) => {
    const found = find(text);
    expect(found.map((c) => c.row)).toEqual([row]);
    expect(found[0]?.guessed).toEqual(guessed);
  });

  it('gives a blood analyte measured in another specimen no code: CSF glucose is not blood glucose', () => {
    expect(rows('CSF glucose was 3.1 mmol/L.')).toEqual([
      { analyte: 'CSF glucose', value: 3.1, decimalPlaces: 1, unit: 'mmol/L' },
    ]);
    expect(rows('Urine sodium 20 mmol/L.')).toEqual([{ analyte: 'Urine sodium', value: 20, unit: 'mmol/L' }]);
  });

  it('gives a built-in analyte its LOINC code and its list name', () => {
    expect(rows('CK 1620 U/l')).toEqual([
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', value: 1620, unit: 'U/L' },
    ]);
  });

  it('keeps "12,480" as twelve thousand four hundred eighty and "0,282" out of the thousands', () => {
    expect(rows('CK 12,480 IU/L')[0]?.value).toBe(12480);
    expect(rows('CK 0,282 U/L').map((r) => r.value)).not.toContain(282);
  });

  it('reads an ejection fraction with a normal limit after it as its reference range, not as a result', () => {
    expect(rows('an ejection fraction of 59% (normal being considered >50%, see Fig. 1)')).toEqual([
      {
        analyte: 'Left ventricular ejection fraction (LVEF)',
        loinc: '10230-1',
        value: 59,
        unit: '%',
        referenceRange: { low: 50 },
      },
    ]);
  });

  it('reads "from A to B" as two values, not a range', () => {
    expect(rows('CK decreased from 5,000 to 300 U/L.').map((r) => [r.value, r.valueHigh, r.unit])).toEqual([
      [5000, undefined, 'U/L'],
      [300, undefined, 'U/L'],
    ]);
  });

  it('proposes an analyte the list does not know from the words before the value, less surely', () => {
    const [found] = find('Microscopically, the tissue area was ∼0.8 mm2.');
    expect(found?.row).toEqual({ analyte: 'Tissue area', comparator: '~', value: 0.8, decimalPlaces: 1, unit: 'mm2' });
    expect(found?.confidence).toBeLessThan(find('CK 1620 U/l')[0]!.confidence);
  });

  it('counts cells per focus of a biopsy without the blood count’s code', () => {
    expect(rows('there was a lymphocyte count of <50 per foci')).toEqual([
      { analyte: 'Lymphocytes per focus', comparator: '<', value: 50, unit: '{cells}/{focus}' },
    ]);
  });

  it('gives a value printed without its unit the unit of the same analyte nearby, as a guess', () => {
    const found = find('B cells were 236.4 × 106/l in May; in June the B cell count was 0.');
    expect(found.map((c) => [c.row.value, c.row.unit, c.guessed])).toEqual([
      [236.4, '10*6/L', []],
      [0, '10*6/L', ['unit']],
    ]);
  });

  it('spans the analyte, the value and the unit', () => {
    const text = 'Then troponin I (TnI) was 0.282 μg/l↑, high.';
    const [c] = find(text);
    expect(text.slice(c!.start, c!.end)).toBe('troponin I (TnI) was 0.282 μg/l');
  });
});

describe('findLabResults: values given together', () => {
  it('pairs analytes and values in order before "respectively"', () => {
    expect(rows('ALT and AST were 312 and 250 U/L, respectively.')).toEqual([
      { analyte: 'Alanine aminotransferase (ALT)', loinc: '1742-6', value: 312, unit: 'U/L' },
      { analyte: 'Aspartate aminotransferase (AST)', loinc: '1920-8', value: 250, unit: 'U/L' },
    ]);
    expect(
      rows('CK, ALT and LDH were 5,200 U/L, 180 U/L and 900 U/L, respectively.').map((r) => [r.loinc, r.value]),
    ).toEqual([
      ['2157-6', 5200],
      ['1742-6', 180],
      ['2532-0', 900],
    ]);
  });

  it('reads a blood pressure as a systolic and a diastolic observation', () => {
    expect(rows('Her blood pressure was 150/90 mmHg.')).toEqual([
      { analyte: 'Systolic blood pressure (SBP)', loinc: '8480-6', value: 150, unit: 'mm[Hg]' },
      { analyte: 'Diastolic blood pressure (DBP)', loinc: '8462-4', value: 90, unit: 'mm[Hg]' },
    ]);
  });
});

describe('findLabResults: grades', () => {
  it('reads one grade given to two sites as two observations', () => {
    expect(rows('She had Grade 2 head raising and neck flexion muscle strength.')).toEqual([
      { analyte: 'Muscle strength, head raising', value: 2, unit: '{grade}' },
      { analyte: 'Muscle strength, neck flexion', value: 2, unit: '{grade}' },
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['Grade 2–3 proximal muscle strength.', { analyte: 'Muscle strength, proximal limbs', value: 2, valueHigh: 3 }],
    [
      'Her muscle strength was grade 4 in the proximal limb muscles.',
      { analyte: 'Muscle strength, proximal limbs', value: 4 },
    ],
    [
      'She was stable, with a grade 5 in proximal limb muscle strength.',
      { analyte: 'Muscle strength, proximal limbs', value: 5 },
    ],
    ['Grade 4 distal muscle strength', { analyte: 'Muscle strength, distal limbs', value: 4 }],
    ['Muscle strength of the deltoids was 4/5.', { analyte: 'Muscle strength, deltoids', value: 4 }],
    ['She had Grade 2–3 dysphagia.', { analyte: 'Dysphagia grade', value: 2, valueHigh: 3 }],
    ['He developed grade III hepatitis.', { analyte: 'Hepatitis grade', value: 3 }],
  ])('%s', (text, fields) => {
    expect(rows(text)).toEqual([{ unit: '{grade}', ...fields }]);
  });
});

describe('findLabResults: text results', () => {
  it('gives each antibody of "positive for A and B antibody IgG" its own result', () => {
    expect(rows('She was positive for anti-SRP and anti-SSA/Ro52 antibody IgG.')).toEqual([
      { analyte: 'Anti-SRP antibody (IgG)', valueText: 'positive' },
      { analyte: 'Anti-SSA/Ro52 antibody (IgG)', valueText: 'positive' },
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['CK was normal.', { analyte: 'Creatine kinase (CK)', loinc: '2157-6', valueText: 'normal' }],
    [
      'Her CK levels were within normal limits.',
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', valueText: 'normal' },
    ],
    [
      'Corneal fluorescein staining in both eyes was negative.',
      { analyte: 'Corneal fluorescein staining, both eyes', valueText: 'negative' },
    ],
    ['The ANA was negative.', { analyte: 'Antinuclear antibodies (ANA)', valueText: 'negative' }],
  ])('%s', (text, fields) => {
    expect(rows(text)).toEqual([fields]);
  });

  it('gives each test of "A and B were negative" its result', () => {
    expect(rows('Hepatitis B surface antigen and hepatitis C antibody were negative.')).toEqual([
      { analyte: 'Hepatitis B surface antigen', valueText: 'negative' },
      { analyte: 'Hepatitis C antibody', valueText: 'negative' },
    ]);
  });

  it('takes the number, not "normal", when the words give both', () => {
    expect(rows('CK was normal at 120 U/L.')).toEqual([
      { analyte: 'Creatine kinase (CK)', loinc: '2157-6', value: 120, unit: 'U/L' },
    ]);
  });
});

describe('findLabResults: what is not a result', () => {
  it.each([
    'A 61-year-old woman was admitted.',
    'She had weakness for 5 years, worse for 3 days.',
    'CK rose for 3 days.',
    'as shown in Fig. 1 and Figure 2',
    'as reported before [2] and elsewhere [2–4].',
    'CK showed a 40-fold rise.',
    '(a 40-fold rise)',
    'CK was 10 times the upper limit of normal.',
    'There are reports of about 30 cases of the disease.',
    'In a cohort (n = 120), myositis was seen in 45% of patients.',
    'the upper limit of normal is 40 U/L',
    'The reference range is 7–56 U/L.',
    'She received prednisone 60 mg/day and tacrolimus 3 mg/day.',
    'Methotrexate 20 mg/kg was given.',
    'Ofatumumab 20 mg s.c. was given.',
    'IVIG 2 g/kg over 5 days.',
    'She was admitted on 22 August 2022.',
    'The criteria of 2016 and 2019 were met.',
    'The P value was P < 0.05.',
    'Approved by the committee (2021/34).',
    'It fell by 50% within a week.',
    'Grade 3 hepatitis occurs in about 5% of patients.',
    'The ALT usually peaks 6–8 weeks after the first dose.',
    'The rash faded within 10 min.',
    'He lost 8 kg in a month.',
    '1 L of saline was given.',
    'A 3 cm mass was found (95% CI 1.2–3.4).',
  ])('%s gives nothing', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('findLabResults: speed', () => {
  it('reads a 50,000-word report in well under 3 s', () => {
    const paragraph =
      'A 54-year-old man was admitted on 3 March 2021 with weakness for 2 months. His CK was 4,800 IU/L (reference 20–200), ALT 312.0 units/L and LVEF 45%. ' +
      'He received prednisone 60 mg/day for 3 days [4]. Grade 2–3 proximal muscle strength and Grade 2 dysphagia were noted. He was positive for anti-SRP antibody IgG. ';
    const words = paragraph.split(/\s+/).length;
    const text = paragraph.repeat(Math.ceil(50_000 / words));
    const started = performance.now();
    const found = find(text);
    const took = performance.now() - started;
    expect(found.length).toBeGreaterThan(1000);
    expect(took).toBeLessThan(1500);
  });
});
