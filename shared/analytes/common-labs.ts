// Built-in list of common labs and measurements (names, abbreviations, LOINC, usual UCUM unit) and lookups in it.
import { isValidLoinc } from '../model/loinc';

export interface KnownAnalyte {
  /** As clinicians write it, abbreviation in parentheses: "Creatine kinase (CK)". */
  name: string;
  /** Short forms typed into tables ("CK", "CPK"); matched as whole names. */
  abbreviations: readonly string[];
  /** Other names in reports ("creatine phosphokinase"). */
  synonyms: readonly string[];
  /**
   * Left undefined unless the code is certain: a wrong code is worse than none. Where LOINC has
   * a mass and a substance code (creatinine mg/dL vs μmol/L), the code and `unit` agree.
   */
  loinc?: string;
  /** Usual UCUM code; a report in other units keeps its own. */
  unit?: string;
}

type Entry = [name: string, abbreviations: string[], synonyms: string[], loinc?: string | undefined, unit?: string];

// Grouped as a report's tables are; within a group the most reported first.
const ENTRIES: readonly Entry[] = [
  // Muscle and heart
  [
    'Creatine kinase (CK)',
    ['CK', 'CPK'],
    ['creatine phosphokinase', 'creatinine kinase', 'creatine phospho-kinase'],
    '2157-6',
    'U/L',
  ],
  [
    'Creatine kinase MB (CK-MB)',
    ['CK-MB', 'CKMB'],
    ['CK-MB mass', 'CK-MB isoenzyme', 'creatine kinase-MB'],
    '13969-1',
    'ug/L',
  ],
  ['Troponin I (TnI)', ['TnI', 'cTnI'], ['cardiac troponin I'], '10839-9', 'ug/L'],
  ['Troponin T (TnT)', ['TnT', 'cTnT'], ['cardiac troponin T'], '6598-7', 'ug/L'],
  ['Myoglobin (Myo)', ['Myo', 'Mb'], [], '2639-3', 'ug/L'],
  ['Aldolase', ['ALD'], [], '1761-6', 'U/L'],
  ['Brain natriuretic peptide (BNP)', ['BNP'], ['B-type natriuretic peptide'], '30934-4', 'pg/mL'],
  ['NT-proBNP', ['NT-proBNP', 'NTproBNP'], ['N-terminal pro-B-type natriuretic peptide'], '33762-6', 'pg/mL'],
  [
    'Left ventricular ejection fraction (LVEF)',
    ['LVEF', 'EF'],
    ['ejection fraction', 'left ventricle ejection fraction'],
    '10230-1',
    '%',
  ],
  // Liver and pancreas
  ['Alanine aminotransferase (ALT)', ['ALT', 'SGPT', 'GPT'], ['alanine transaminase'], '1742-6', 'U/L'],
  ['Aspartate aminotransferase (AST)', ['AST', 'SGOT', 'GOT'], ['aspartate transaminase'], '1920-8', 'U/L'],
  ['Lactate dehydrogenase (LDH)', ['LDH', 'LD'], ['lactic dehydrogenase'], '2532-0', 'U/L'],
  ['Alkaline phosphatase (ALP)', ['ALP', 'AP'], [], '6768-6', 'U/L'],
  ['Gamma-glutamyl transferase (GGT)', ['GGT', 'γ-GT', 'GGTP'], ['gamma-glutamyl transpeptidase'], '2324-2', 'U/L'],
  ['Total bilirubin', ['TBIL', 'T-Bil'], ['bilirubin'], '1975-2', 'mg/dL'],
  ['Direct bilirubin', ['DBIL', 'D-Bil'], ['conjugated bilirubin'], '1968-7', 'mg/dL'],
  ['Albumin (ALB)', ['ALB'], ['serum albumin'], '1751-7', 'g/L'],
  ['Total protein (TP)', ['TP'], [], '2885-2', 'g/L'],
  ['Amylase', ['AMY'], [], '1798-8', 'U/L'],
  ['Lipase', ['LPS'], [], '3040-3', 'U/L'],
  // Kidney, electrolytes, metabolism
  ['Creatinine (Cr)', ['Cr', 'Crea', 'SCr'], ['serum creatinine'], '2160-0', 'mg/dL'],
  ['Blood urea nitrogen (BUN)', ['BUN'], ['urea nitrogen'], '3094-0', 'mg/dL'],
  [
    'Estimated glomerular filtration rate (eGFR)',
    ['eGFR', 'GFR'],
    ['estimated GFR', 'glomerular filtration rate'],
    undefined,
    'mL/min/{1.73_m2}',
  ],
  ['Uric acid', [], ['urate'], '3084-1', 'mg/dL'],
  ['Sodium (Na)', ['Na'], [], '2951-2', 'mmol/L'],
  ['Potassium (K)', ['K'], [], '2823-3', 'mmol/L'],
  ['Chloride (Cl)', ['Cl'], [], '2075-0', 'mmol/L'],
  ['Bicarbonate (HCO3)', ['HCO3', 'HCO3-'], [], '1963-8', 'mmol/L'],
  ['Calcium (Ca)', ['Ca'], ['total calcium'], '17861-6', 'mg/dL'],
  ['Magnesium (Mg)', ['Mg'], [], '19123-9', 'mg/dL'],
  ['Phosphate (P)', ['P', 'PO4'], ['phosphorus', 'inorganic phosphate'], '2777-1', 'mg/dL'],
  ['Glucose (GLU)', ['GLU'], ['blood glucose', 'blood sugar'], '2345-7', 'mg/dL'],
  ['Hemoglobin A1c (HbA1c)', ['HbA1c', 'A1c'], ['glycated hemoglobin', 'glycosylated hemoglobin'], '4548-4', '%'],
  ['Lactate', ['Lac'], ['lactic acid'], '2524-7', 'mmol/L'],
  ['Total cholesterol (TC)', ['TC', 'CHOL'], ['cholesterol'], '2093-3', 'mg/dL'],
  ['LDL cholesterol (LDL-C)', ['LDL-C', 'LDL'], ['low-density lipoprotein cholesterol'], '2089-1', 'mg/dL'],
  ['HDL cholesterol (HDL-C)', ['HDL-C', 'HDL'], ['high-density lipoprotein cholesterol'], '2085-9', 'mg/dL'],
  ['Triglycerides (TG)', ['TG'], ['triglyceride'], '2571-8', 'mg/dL'],
  // Blood count
  ['Hemoglobin (Hb)', ['Hb', 'Hgb', 'HGB'], ['haemoglobin'], '718-7', 'g/L'],
  ['Hematocrit (Hct)', ['Hct', 'HCT', 'PCV'], ['haematocrit'], '4544-3', '%'],
  [
    'White blood cells (WBC)',
    ['WBC'],
    ['leukocytes', 'white cell count', 'leucocytes', 'white blood cell count', 'leukocyte count', 'leucocyte count'],
    '6690-2',
    '10*9/L',
  ],
  ['Red blood cells (RBC)', ['RBC'], ['erythrocytes', 'red cell count'], '789-8', '10*12/L'],
  ['Platelets (PLT)', ['PLT'], ['platelet count', 'thrombocytes'], '777-3', '10*9/L'],
  ['Mean corpuscular volume (MCV)', ['MCV'], [], '787-2', 'fL'],
  ['Neutrophils (NEUT)', ['NEUT', 'ANC'], ['neutrophil count', 'absolute neutrophil count'], '751-8', '10*9/L'],
  ['Lymphocytes (LYM)', ['LYM', 'ALC'], ['lymphocyte count', 'absolute lymphocyte count'], '731-0', '10*9/L'],
  ['Monocytes (MONO)', ['MONO'], ['monocyte count'], '742-7', '10*9/L'],
  ['Eosinophils (EOS)', ['EOS'], ['eosinophil count'], '711-2', '10*9/L'],
  ['CD4+ T cells', ['CD4'], ['CD4 count', 'CD4+ T lymphocytes', 'T helper cells'], '24467-3', '/uL'],
  [
    'CD19+ B cells',
    ['CD19'],
    ['B lymphocytes', 'B cells', 'CD19+ B lymphocytes', 'B-cell count', 'CD19+ cells', 'CD19 count'],
    undefined,
    '10*6/L',
  ],
  ['CD20+ B cells', ['CD20'], ['CD20+ B lymphocytes'], undefined, '10*6/L'],
  // Inflammation, coagulation, iron
  ['C-reactive protein (CRP)', ['CRP'], [], '1988-5', 'mg/L'],
  ['High-sensitivity CRP (hs-CRP)', ['hs-CRP', 'hsCRP'], ['high-sensitivity C-reactive protein'], '30522-7', 'mg/L'],
  ['Erythrocyte sedimentation rate (ESR)', ['ESR'], ['sedimentation rate', 'sed rate'], '4537-7', 'mm/h'],
  ['Procalcitonin (PCT)', ['PCT'], [], '33959-8', 'ng/mL'],
  ['Interleukin-6 (IL-6)', ['IL-6', 'IL6'], ['interleukin 6'], '26881-3', 'pg/mL'],
  ['Ferritin', ['FER'], ['serum ferritin'], '2276-4', 'ng/mL'],
  ['Serum iron (Fe)', ['Fe'], ['iron'], '2498-4', 'ug/dL'],
  ['Transferrin saturation (TSAT)', ['TSAT'], ['iron saturation'], '2502-3', '%'],
  ['Fibrinogen (FIB)', ['FIB'], [], '3255-7', 'mg/dL'],
  ['D-dimer', ['DD'], [], undefined, 'mg/L'],
  ['Prothrombin time (PT)', ['PT'], [], '5902-2', 's'],
  ['International normalized ratio (INR)', ['INR'], [], '6301-6', '{INR}'],
  ['Activated partial thromboplastin time (aPTT)', ['aPTT', 'APTT', 'PTT'], [], '3173-2', 's'],
  // Immunology
  ['Immunoglobulin G (IgG)', ['IgG'], [], '2465-3', 'mg/dL'],
  ['Immunoglobulin M (IgM)', ['IgM'], [], '2472-9', 'mg/dL'],
  ['Immunoglobulin A (IgA)', ['IgA'], [], '2458-8', 'mg/dL'],
  ['Immunoglobulin E (IgE)', ['IgE'], ['total IgE'], '19113-0', '[IU]/mL'],
  ['Complement C3', ['C3'], [], '4485-9', 'mg/dL'],
  ['Complement C4', ['C4'], [], '4498-2', 'mg/dL'],
  ['Rheumatoid factor (RF)', ['RF'], [], '11572-5', '[IU]/mL'],
  ['Antinuclear antibodies (ANA)', ['ANA'], ['antinuclear antibody']],
  ['Anti-SRP antibody', ['anti-SRP'], ['anti-signal recognition particle antibody']],
  ['Anti-HMGCR antibody', ['anti-HMGCR'], ['anti-HMG-CoA reductase antibody']],
  ['Anti-SSA/Ro52 antibody', ['anti-Ro52'], ['anti-SSA antibody', 'anti-Ro antibody']],
  ['Anti-SSB/La antibody', ['anti-SSB', 'anti-La'], []],
  ['Anti-Jo-1 antibody', ['anti-Jo-1'], []],
  [
    'Anti-dsDNA antibody',
    ['anti-dsDNA'],
    ['anti-double-stranded DNA antibody', 'anti-dsDNA antibodies'],
    undefined,
    '[IU]/mL',
  ],
  [
    'Anti-AChR antibody',
    ['anti-AChR', 'AChR-Ab'],
    ['acetylcholine receptor antibody', 'AChR antibody'],
    undefined,
    'nmol/L',
  ],
  // Endocrine and vitamins
  ['Thyroid-stimulating hormone (TSH)', ['TSH'], ['thyrotropin'], '3016-3', 'm[IU]/L'],
  ['Free thyroxine (FT4)', ['FT4', 'fT4'], ['free T4'], '3024-7', 'ng/dL'],
  ['Cortisol', [], ['serum cortisol'], '2143-6', 'ug/dL'],
  ['25-hydroxyvitamin D', ['25(OH)D', '25-OH-D'], ['vitamin D'], '1989-3', 'ng/mL'],
  ['Vitamin B12', ['B12'], ['cobalamin'], '2132-9', 'pg/mL'],
  ['Folate', [], ['folic acid'], '2284-8', 'ng/mL'],
  // Bedside measurements and examinations
  ['Heart rate (HR)', ['HR'], ['pulse'], '8867-4', '/min'],
  ['Respiratory rate (RR)', ['RR'], [], '9279-1', '/min'],
  ['Body temperature', ['Temp'], ['temperature'], '8310-5', 'Cel'],
  ['Systolic blood pressure (SBP)', ['SBP'], ['systolic BP'], '8480-6', 'mm[Hg]'],
  ['Diastolic blood pressure (DBP)', ['DBP'], ['diastolic BP'], '8462-4', 'mm[Hg]'],
  ['Oxygen saturation by pulse oximetry (SpO2)', ['SpO2'], ['pulse oximetry', 'oxygen saturation'], '59408-5', '%'],
  ['Body weight', ['Wt'], ['weight'], '29463-7', 'kg'],
  ['Body height', ['Ht'], ['height'], '8302-2', 'cm'],
  ['Body mass index (BMI)', ['BMI'], [], '39156-5', 'kg/m2'],
  [
    'Muscle strength (MRC grade)',
    ['MRC'],
    ['muscle strength', 'manual muscle testing', 'muscle power'],
    undefined,
    '{grade}',
  ],
  [
    'Tear film break-up time (TBUT)',
    ['TBUT', 'TFBUT'],
    ['tear break-up time', 'tear film rupture time', 'tear film breakup time', 'break-up time'],
    undefined,
    's',
  ],
  ['Schirmer test', [], ['Schirmer’s test', 'Schirmer I test'], undefined, 'mm'],
];

export const COMMON_LABS: readonly KnownAnalyte[] = ENTRIES.map(([name, abbreviations, synonyms, loinc, unit]) => ({
  name,
  abbreviations,
  synonyms,
  ...(loinc !== undefined ? { loinc } : {}),
  ...(unit !== undefined ? { unit } : {}),
}));

/** Case, accents and punctuation do not matter: "CK-MB", "ck mb" and "CK‑MB" are one name. */
export function normaliseAnalyteName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The part before a parenthesis or a comma: "Anti-SRP antibody (IgG)", "B lymphocytes, total". */
export function headOf(name: string): string {
  return name.split(/[(,]/)[0] ?? name;
}

export interface IndexedAnalyte {
  analyte: KnownAnalyte;
  /** Full names: exact and prefix matches. */
  names: string[];
  /** Abbreviations: exact and prefix matches only, so "k" does not match inside "kinase". */
  abbreviations: string[];
}

/** Each built-in lab with its names and abbreviations normalised, for lookups and suggestions. */
export const KNOWN_ANALYTE_INDEX: readonly IndexedAnalyte[] = COMMON_LABS.map((analyte) => ({
  analyte,
  names: [...new Set([analyte.name, headOf(analyte.name), ...analyte.synonyms].map(normaliseAnalyteName))],
  abbreviations: analyte.abbreviations.map(normaliseAnalyteName),
}));

export { isValidLoinc };

/**
 * The built-in analyte a name stands for: by name, abbreviation or synonym, also "Name (extra)".
 * Loose, for hints such as a usual unit; a LOINC code comes from {@link knownAnalyteExactly}.
 */
export function findAnalyte(name: string): KnownAnalyte | undefined {
  for (const candidate of [normaliseAnalyteName(name), normaliseAnalyteName(headOf(name))]) {
    if (candidate === '') continue;
    const hit = KNOWN_ANALYTE_INDEX.find((i) => i.names.includes(candidate) || i.abbreviations.includes(candidate));
    if (hit) return hit.analyte;
  }
  return undefined;
}

/**
 * The built-in analyte a whole name stands for, and nothing looser: its name, head, synonym or
 * abbreviation ("CK", "creatine phosphokinase"), or a name with its abbreviation in parentheses
 * ("Creatine Kinase (CK)"). "Muscle strength, proximal limbs" is not "Muscle strength": what
 * decides a LOINC code or merges two panels must not guess.
 */
export function knownAnalyteExactly(name: string): KnownAnalyte | undefined {
  const exact = (text: string) => {
    const key = normaliseAnalyteName(text);
    return key === ''
      ? undefined
      : KNOWN_ANALYTE_INDEX.find((i) => i.names.includes(key) || i.abbreviations.includes(key))?.analyte;
  };
  const whole = exact(name);
  if (whole !== undefined) return whole;
  const parts = /^([^()]+)\(([^()]+)\)\s*$/.exec(name);
  if (!parts) return undefined;
  const head = exact(parts[1]!);
  return head !== undefined && head === exact(parts[2]!) ? head : undefined;
}
