// Where in the seed report each row of the preloaded case was read: positions and the report's
// fingerprint only, never its words (the report is not ours to redistribute).
import type { CaseSource, EvidenceAnchor, Fingerprint } from '../model/evidence';
import { NORMALISER_VERSION } from '../sources/normalise';

/**
 * SHA-256 of `../shared/seed/case-report.txt` after normalisation. Every offset below counts into
 * that text; the seed-evidence test fails if the file or the normaliser ever gives another.
 */
export const SEED_REPORT_FINGERPRINT: Fingerprint = 'c20d10a06243369f5b532f0c3f7deca478bc09fbe9ee4c031156c49788c19ff3';

/** The preloaded case's one source, as the user opens it beside the case. */
export const SEED_REPORT_SOURCE: CaseSource = {
  fingerprint: SEED_REPORT_FINGERPRINT,
  name: 'case-report.txt',
  kind: 'text',
  normaliserVersion: NORMALISER_VERSION,
};

/** [start, end): code points into the normalised report, end exclusive. */
type Span = readonly [start: number, end: number];

// Reading rules for the spans (chosen with a script kept outside the project):
// - the shortest words that hold the fact: drug and dose, value with its unit and flag, the
//   analyte's name where it stands next to the value;
// - the row's main words first, then the words its date, route or criteria come from, so the
//   first anchor is the one to show;
// - where a fact is spread, one anchor per piece, and several rows may cite the same words (the
//   drug named once before four taper steps, the day before a dose and a B-cell count, "after
//   admission" before every course it dates, the normal LVEF given once for both values).

const AFTER_ADMISSION: Span = [3003, 3018];
const METHYLPREDNISOLONE: Span = [3081, 3099];
const AFTER_6_MONTHS: Span = [5318, 5332];
const RESOLVED_AT_6_MONTHS: Span = [5372, 5424];
const ORALLY: Span = [1237, 1256];
const VACCINE_BY_INJECTION: Span = [1014, 1082];
const IN_APRIL_2022: Span = [1116, 1126];
const LABIAL_GLAND_BIOPSY: Span = [2238, 2257];
const LVEF_NORMAL_ABOVE_50: Span = [5534, 5562];
const ON_5_SEPTEMBER_2022: Span = [4659, 4675];
const ON_1_NOVEMBER_2022: Span = [4790, 4805];
const ON_20_FEBRUARY_2023: Span = [4912, 4928];
const BOTH_ANTIBODIES_IGG: Span = [1892, 1961];
const BIOPSY_DIAGNOSIS_5_YEARS_AGO: Span = [742, 812];

const eventSpans: Record<string, readonly Span[]> = {
  'limb-weakness-onset': [
    [658, 697],
    [867, 918],
  ],
  'muscle-biopsy': [[787, 812]],
  'inflammatory-myopathy-diagnosis': [BIOPSY_DIAGNOSIS_5_YEARS_AGO],
  azathioprine: [[822, 834]],
  methotrexate: [[837, 840]],
  'tacrolimus-before-2022': [[846, 856]],
  'covid-19-vaccine-dose-1': [VACCINE_BY_INJECTION, [1091, 1108]],
  'covid-19-vaccine-dose-2': [VACCINE_BY_INJECTION, IN_APRIL_2022],
  // The year of the recurrence is the vaccine's: the report names the month only.
  'weakness-recurrence': [[1151, 1185], [1281, 1316], IN_APRIL_2022],
  'prednisone-2022': [[1187, 1207], ORALLY],
  'tacrolimus-2022': [[1212, 1231], ORALLY],
  panic: [[1355, 1360], AFTER_6_MONTHS, RESOLVED_AT_6_MONTHS],
  'chest-tightness': [[1362, 1377], AFTER_6_MONTHS, RESOLVED_AT_6_MONTHS],
  wheezing: [[1383, 1405], AFTER_6_MONTHS, RESOLVED_AT_6_MONTHS],
  'dry-mouth': [[1422, 1442]],
  'dry-eyes': [[1422, 1451]],
  'limb-soreness': [[3304, 3317]],
  dysphagia: [[3415, 3433]],
  'admission-2022-08-22': [[609, 651]],
  'coronary-ct-angiography': [[2015, 2038]],
  'slit-lamp-examination': [[2108, 2129]],
  'labial-gland-biopsy': [LABIAL_GLAND_BIOPSY],
  'overlap-diagnosis': [[2579, 2642]],
  'methylprednisolone-500mg': [[3081, 3113], AFTER_ADMISSION],
  'methylprednisolone-250mg': [METHYLPREDNISOLONE, [3115, 3128], AFTER_ADMISSION],
  'methylprednisolone-120mg': [METHYLPREDNISOLONE, [3130, 3143], AFTER_ADMISSION],
  'methylprednisolone-60mg': [METHYLPREDNISOLONE, [3145, 3157], AFTER_ADMISSION],
  'ivig-2022': [[3160, 3196], AFTER_ADMISSION],
  'tacrolimus-continued': [[3204, 3288], AFTER_ADMISSION],
  'response-to-conventional-therapy': [
    [3304, 3374],
    [3389, 3462],
  ],
  'ofatumumab-dose-1': [[4737, 4758], ON_5_SEPTEMBER_2022, [4470, 4539]],
  'ofatumumab-dose-2': [[4849, 4890], ON_1_NOVEMBER_2022],
  'ofatumumab-dose-3': [[4992, 5032], ON_20_FEBRUARY_2023],
  'ofatumumab-tolerated': [[4587, 4654], ON_5_SEPTEMBER_2022],
  'outcome-2-weeks': [[5052, 5107]],
  'outcome-2-months': [[5109, 5161]],
  'outcome-4-months': [[5229, 5267]],
  'outcome-6-months': [[5318, 5424]],
};

const observationSpans: Record<string, readonly Span[]> = {
  'ck-usual-range': [[924, 990]],
  'ck-mb-admission': [[1669, 1715]],
  'troponin-i-admission': [[1717, 1749]],
  'myoglobin-admission': [[1755, 1788]],
  'ck-admission': [[1821, 1832]],
  'bnp-admission': [[1838, 1882]],
  'anti-srp-igg': [BOTH_ANTIBODIES_IGG],
  'anti-ssa-ro52-igg': [BOTH_ANTIBODIES_IGG],
  'lvef-admission': [[1967, 2009], LVEF_NORMAL_ABOVE_50],
  'coronary-cta-lad': [[2015, 2106]],
  'corneal-fluorescein-staining': [[2140, 2194]],
  'tear-film-break-up-time': [[2202, 2232]],
  'labial-gland-tissue-area': [[2297, 2321], LABIAL_GLAND_BIOPSY],
  'labial-gland-lymphocytes-per-focus': [[2339, 2371], LABIAL_GLAND_BIOPSY],
  'strength-head-raising-admission': [[1461, 1481]],
  'strength-neck-flexion-admission': [[1461, 1514]],
  'strength-proximal-admission': [[1516, 1550]],
  'strength-distal-admission': [[1556, 1586]],
  'b-cells-ofatumumab-dose-1': [[4687, 4728], ON_5_SEPTEMBER_2022],
  'b-cells-ofatumumab-dose-2': [[4811, 4841], ON_1_NOVEMBER_2022],
  'b-cells-ofatumumab-dose-3': [[4944, 4984], ON_20_FEBRUARY_2023],
  'strength-proximal-2-months': [
    [5171, 5227],
    [5109, 5123],
  ],
  'strength-proximal-4-months': [
    [5276, 5316],
    [5229, 5243],
  ],
  'strength-proximal-6-months': [[5440, 5484], AFTER_6_MONTHS],
  'lvef-6-months': [[5491, 5532], AFTER_6_MONTHS, LVEF_NORMAL_ABOVE_50],
};

const diagnosisSpans: Record<string, readonly Span[]> = {
  // The diagnosis, its criteria (in the text and the reference's title), myocardial involvement, refractoriness.
  'anti-srp-imnm': [
    [1627, 1653],
    [2391, 2453],
    [7525, 7558],
    [458, 480],
    [537, 581],
  ],
  // The overlap diagnosis, then each classification's name and year.
  'sjogren-syndrome': [
    [2597, 2642],
    [2494, 2508],
    [2517, 2555],
  ],
  'inflammatory-myopathy-2017': [BIOPSY_DIAGNOSIS_5_YEARS_AGO],
};

export type SeedRowKind = 'events' | 'observations' | 'diagnoses';

const spansByKind: Record<SeedRowKind, Record<string, readonly Span[]>> = {
  events: eventSpans,
  observations: observationSpans,
  diagnoses: diagnosisSpans,
};

/** The ids that have evidence, by kind: the test checks these against the seed's rows both ways. */
export function seedEvidenceIds(kind: SeedRowKind): string[] {
  return Object.keys(spansByKind[kind]);
}

/** A seed row's anchors; a row without any is a bug in the seed, so it throws. */
export function seedEvidence(kind: SeedRowKind, id: string): EvidenceAnchor[] {
  const spans = spansByKind[kind][id];
  if (!spans) throw new Error(`seed ${kind} row "${id}" has no evidence`);
  return spans.map(([start, end]) => ({ source: SEED_REPORT_FINGERPRINT, start, end }));
}
