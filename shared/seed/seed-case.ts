// The preloaded case: the ofatumumab / anti-SRP IMNM with Sjögren's syndrome report, abstracted
// into structured facts. No prose from the report is kept; notes say how a date or value was read,
// and each row's evidence is positions in the report only.
import type { Case, Dose, Duration, Observation, TimelineEvent } from '../model/case';
import { SCHEMA_VERSION } from '../model/case';
import type { PartialDate } from '../dates/partial-date';
import { SEED_REPORT_SOURCE, seedEvidence, type SeedRowKind } from './seed-evidence';

export const SEED_CASE_ID = 'srp-imnm-sjogren-ofatumumab';

/** Fixed so that the untouched seed exports the same bytes on every machine and every run. */
const ABSTRACTED_AT = '2026-11-26T00:00:00.000Z';

/** Who the preloaded rows say made them: the app's own abstraction, not a person's. */
export const SEED_ABSTRACTOR = 'Case Abstractor (preloaded)';

/** Fixed, like ABSTRACTED_AT, so the seed's bytes do not depend on the day or the machine. */
const SEED_PROVENANCE = {
  createdBy: SEED_ABSTRACTOR,
  createdAt: ABSTRACTED_AT,
  changedBy: SEED_ABSTRACTOR,
  changedAt: ABSTRACTED_AT,
} as const;

const exact = (date: string): PartialDate => ({ date, approximate: false });
const approx = (date: string): PartialDate => ({ date, approximate: true });

// Reading rules used below (the report rarely gives days):
// - "5 years ago" is 5 years before the admission: 2017, approximate, linked to the admission.
// - Work-up "at admission" without a day is dated 2022-08, approximate.
// - Post-admission courses start on the admission day, approximate, and run back to back for
//   their reported durations; the report gives the durations, not the days.
// - "After 2 weeks / 2 / 4 / 6 months" count from the first ofatumumab dose (2022-09-05) and stay
//   linked to it; a week offset keeps day precision, a month offset month precision, all approximate.
const ADMISSION_WORKUP = approx('2022-08');
const SINCE_RECURRENCE = approx('2022-05');

/** A date the report gives relative to an event; `date` is what the resolver makes of it. */
const relative = (
  date: string,
  amount: number,
  unit: 'weeks' | 'months' | 'years',
  direction: 'after' | 'before',
  eventId: string,
): PartialDate => ({ date, approximate: true, relativeTo: { eventId, amount, unit, direction } });

const ADMISSION_ID = 'admission-2022-08-22';
const FIRST_OFATUMUMAB_ID = 'ofatumumab-dose-1';
const FIVE_YEARS_BEFORE_ADMISSION = relative('2017', 5, 'years', 'before', ADMISSION_ID);
const OFA_2_WEEKS = relative('2022-09-19', 2, 'weeks', 'after', FIRST_OFATUMUMAB_ID);
const OFA_2_MONTHS = relative('2022-11', 2, 'months', 'after', FIRST_OFATUMUMAB_ID);
const OFA_4_MONTHS = relative('2023-01', 4, 'months', 'after', FIRST_OFATUMUMAB_ID);
const OFA_6_MONTHS = relative('2023-03', 6, 'months', 'after', FIRST_OFATUMUMAB_ID);

type EventInput = Omit<TimelineEvent, 'kind'>;
const event = (kind: TimelineEvent['kind'], e: EventInput): TimelineEvent => ({ kind, ...e });

const days = (value: number): Duration => ({ value, unit: 'days' });
const dose = (d: Dose): Dose => d;

const methylprednisoloneStep = (mg: number, start: string, end: string): TimelineEvent =>
  event('treatment', {
    id: `methylprednisolone-${mg}mg`,
    label: `Methylprednisolone ${mg} mg`,
    start: approx(start),
    end: approx(end),
    duration: days(3),
    dose: dose({ value: mg, unit: 'mg', frequency: 'daily' }),
    notes: 'Glucocorticoid pulse taper after admission; route not reported; days counted from admission.',
  });

const events: TimelineEvent[] = [
  event('symptom', {
    id: 'limb-weakness-onset',
    label: 'Weakness of the extremities',
    start: FIVE_YEARS_BEFORE_ADMISSION,
    notes: 'Onset 5 years before admission; strength never returned to normal on AZA, MTX and tacrolimus.',
  }),
  event('procedure', { id: 'muscle-biopsy', label: 'Muscle biopsy', start: FIVE_YEARS_BEFORE_ADMISSION }),
  event('diagnosis', {
    id: 'inflammatory-myopathy-diagnosis',
    label: 'Inflammatory myopathy diagnosed',
    start: FIVE_YEARS_BEFORE_ADMISSION,
    notes: 'Diagnosed after muscle biopsy.',
  }),
  event('treatment', {
    id: 'azathioprine',
    label: 'Azathioprine (AZA)',
    start: approx('2017'),
    notes: 'Given after the 2017 diagnosis; dose, route and dates not reported.',
  }),
  event('treatment', {
    id: 'methotrexate',
    label: 'Methotrexate (MTX)',
    start: approx('2017'),
    notes: 'Given after the 2017 diagnosis; dose, route and dates not reported.',
  }),
  event('treatment', {
    id: 'tacrolimus-before-2022',
    label: 'Tacrolimus',
    start: approx('2017'),
    notes: 'Given after the 2017 diagnosis; dose and dates not reported.',
  }),
  event('vaccination', {
    id: 'covid-19-vaccine-dose-1',
    label: 'COVID-19 vaccine dose 1',
    start: exact('2022-03'),
    dose: dose({ route: 'injection' }),
    notes: 'End of March 2022.',
  }),
  event('vaccination', {
    id: 'covid-19-vaccine-dose-2',
    label: 'COVID-19 vaccine dose 2',
    start: exact('2022-04'),
    dose: dose({ route: 'injection' }),
  }),
  event('symptom', {
    id: 'weakness-recurrence',
    label: 'Recurrence of muscle weakness',
    start: exact('2022-05'),
    notes: 'Beginning of May 2022, after the vaccine doses; kept worsening on prednisone and tacrolimus.',
  }),
  event('treatment', {
    id: 'prednisone-2022',
    label: 'Prednisone',
    start: SINCE_RECURRENCE,
    dose: dose({ value: 60, unit: 'mg', route: 'oral', frequency: 'daily' }),
    notes: 'Started after the May 2022 recurrence; end not reported.',
  }),
  event('treatment', {
    id: 'tacrolimus-2022',
    label: 'Tacrolimus',
    start: SINCE_RECURRENCE,
    dose: dose({ value: 3, unit: 'mg', route: 'oral', frequency: 'daily' }),
    notes: 'Started after the May 2022 recurrence; continued after admission.',
  }),
  event('symptom', {
    id: 'panic',
    label: 'Panic',
    start: SINCE_RECURRENCE,
    end: OFA_6_MONTHS,
    notes: 'After walking; resolved by 6 months after the first ofatumumab dose.',
  }),
  event('symptom', {
    id: 'chest-tightness',
    label: 'Chest tightness',
    start: SINCE_RECURRENCE,
    end: OFA_6_MONTHS,
    notes: 'After walking; resolved by 6 months after the first ofatumumab dose.',
  }),
  event('symptom', {
    id: 'wheezing',
    label: 'Wheezing',
    start: SINCE_RECURRENCE,
    end: OFA_6_MONTHS,
    notes: 'After walking; resolved by 6 months after the first ofatumumab dose.',
  }),
  event('symptom', { id: 'dry-mouth', label: 'Dry mouth', start: SINCE_RECURRENCE }),
  event('symptom', { id: 'dry-eyes', label: 'Dry eyes', start: SINCE_RECURRENCE }),
  event('symptom', {
    id: 'limb-soreness',
    label: 'Limb soreness',
    start: ADMISSION_WORKUP,
    notes: 'Present at admission; marginal improvement after the steroid pulse and IVIG.',
  }),
  event('symptom', {
    id: 'dysphagia',
    label: 'Dysphagia',
    start: ADMISSION_WORKUP,
    notes: 'Present at admission; not markedly alleviated by the steroid pulse and IVIG.',
  }),
  event('admission', { id: ADMISSION_ID, label: 'Hospital admission', start: exact('2022-08-22') }),
  event('procedure', {
    id: 'coronary-ct-angiography',
    label: 'Coronary CT angiography',
    start: ADMISSION_WORKUP,
    notes: 'No significant stenosis of the anterior descending branch.',
  }),
  event('procedure', { id: 'slit-lamp-examination', label: 'Slit lamp examination', start: ADMISSION_WORKUP }),
  event('procedure', { id: 'labial-gland-biopsy', label: 'Labial gland biopsy', start: ADMISSION_WORKUP }),
  event('diagnosis', {
    id: 'overlap-diagnosis',
    label: 'Anti-SRP IMNM with Sjögren’s syndrome (overlap) diagnosed',
    start: ADMISSION_WORKUP,
  }),
  methylprednisoloneStep(500, '2022-08-22', '2022-08-24'),
  methylprednisoloneStep(250, '2022-08-25', '2022-08-27'),
  methylprednisoloneStep(120, '2022-08-28', '2022-08-30'),
  methylprednisoloneStep(60, '2022-08-31', '2022-09-02'),
  event('treatment', {
    id: 'ivig-2022',
    label: 'Intravenous immunoglobulin (IVIG)',
    start: approx('2022-08-22'),
    duration: { value: 5, unit: 'doses' },
    dose: dose({ value: 22.5, unit: 'g', route: 'i.v.' }),
    notes: 'Gammaglobulin infusion, 22.5 g five times after admission; days not reported.',
  }),
  event('treatment', {
    id: 'tacrolimus-continued',
    label: 'Tacrolimus (continued)',
    start: approx('2022-08-22'),
    end: approx('2022-08-31'),
    duration: days(10),
    dose: dose({ value: 3, unit: 'mg', route: 'oral', frequency: 'daily' }),
    notes: 'Temporary continuation of the pre-admission regimen for 10 days.',
  }),
  event('outcome', {
    id: 'response-to-conventional-therapy',
    label: 'Marginal improvement; weakness and dysphagia persist',
    start: approx('2022-09'),
    notes: 'After steroid pulse, IVIG and tacrolimus: limb soreness, panic and chest tightness improved marginally.',
  }),
  event('treatment', {
    id: FIRST_OFATUMUMAB_ID,
    label: 'Ofatumumab dose 1',
    start: exact('2022-09-05'),
    dose: dose({ value: 20, unit: 'mg', route: 's.c.' }),
    notes: 'Chosen over rituximab for age, cardiac dysfunction and infusion risk.',
  }),
  event('treatment', {
    id: 'ofatumumab-dose-2',
    label: 'Ofatumumab dose 2',
    start: exact('2022-11-01'),
    dose: dose({ value: 20, unit: 'mg', route: 's.c.' }),
  }),
  event('treatment', {
    id: 'ofatumumab-dose-3',
    label: 'Ofatumumab dose 3',
    start: exact('2023-02-20'),
    dose: dose({ value: 20, unit: 'mg', route: 's.c.' }),
  }),
  event('outcome', {
    id: 'ofatumumab-tolerated',
    label: 'No injection-related or other adverse reactions',
    start: exact('2022-09-05'),
    notes: 'Across the three ofatumumab doses.',
  }),
  event('outcome', {
    id: 'outcome-2-weeks',
    label: 'Able to eat',
    start: OFA_2_WEEKS,
    notes: '2 weeks after the first ofatumumab dose.',
  }),
  event('outcome', {
    id: 'outcome-2-months',
    label: 'Walks independently',
    start: OFA_2_MONTHS,
    notes: '2 months after the first ofatumumab dose; proximal limb strength grade 4.',
  }),
  event('outcome', {
    id: 'outcome-4-months',
    label: 'Stable',
    start: OFA_4_MONTHS,
    notes: '4 months after the first ofatumumab dose; proximal limb strength grade 5.',
  }),
  event('outcome', {
    id: 'outcome-6-months',
    label: 'Normal daily life; panic, chest tightness and wheezing resolved',
    start: OFA_6_MONTHS,
    notes: '6 months after the first ofatumumab dose; proximal strength grade 5, LVEF 59%.',
  }),
];

type ObservationInput = Omit<Observation, 'id'>;
const obs = (id: string, o: ObservationInput): Observation => ({ id, ...o });

const LVEF_REFERENCE = { low: 50 } as const;
const strength = (id: string, analyte: string, date: PartialDate, grade: number, upper?: number): Observation =>
  obs(id, { analyte, date, value: grade, ...(upper === undefined ? {} : { valueHigh: upper }), unit: '{grade}' });

const observations: Observation[] = [
  obs('ck-usual-range', {
    analyte: 'Creatine kinase (CK)',
    loinc: '2157-6',
    date: approx('2017'),
    value: 400,
    valueHigh: 500,
    unit: 'U/L',
    notes: 'Usual level while on AZA, MTX and tacrolimus, 2017 to 2022.',
  }),
  obs('ck-mb-admission', {
    analyte: 'CK-MB',
    loinc: '13969-1',
    date: ADMISSION_WORKUP,
    comparator: '>',
    value: 300,
    decimalPlaces: 1,
    unit: 'ug/L',
    notes: 'Flagged high.',
  }),
  obs('troponin-i-admission', {
    analyte: 'Troponin I (TnI)',
    loinc: '10839-9',
    date: ADMISSION_WORKUP,
    value: 0.282,
    decimalPlaces: 3,
    unit: 'ug/L',
    notes: 'Flagged high.',
  }),
  obs('myoglobin-admission', {
    analyte: 'Myoglobin (Myo)',
    loinc: '2639-3',
    date: ADMISSION_WORKUP,
    comparator: '>',
    value: 1200,
    decimalPlaces: 1,
    unit: 'ug/L',
    notes: 'Flagged high.',
  }),
  obs('ck-admission', {
    analyte: 'Creatine kinase (CK)',
    loinc: '2157-6',
    date: ADMISSION_WORKUP,
    value: 1620,
    unit: 'U/L',
  }),
  obs('bnp-admission', {
    analyte: 'Brain natriuretic peptide (BNP)',
    loinc: '30934-4',
    date: ADMISSION_WORKUP,
    value: 176.5,
    decimalPlaces: 2,
    unit: 'pg/mL',
  }),
  obs('anti-srp-igg', { analyte: 'Anti-SRP antibody (IgG)', date: ADMISSION_WORKUP, valueText: 'positive' }),
  obs('anti-ssa-ro52-igg', { analyte: 'Anti-SSA/Ro52 antibody (IgG)', date: ADMISSION_WORKUP, valueText: 'positive' }),
  obs('lvef-admission', {
    analyte: 'Left ventricular ejection fraction (LVEF)',
    loinc: '10230-1',
    date: ADMISSION_WORKUP,
    value: 37,
    unit: '%',
    referenceRange: LVEF_REFERENCE,
    notes: 'Normal taken as >50%.',
  }),
  obs('coronary-cta-lad', {
    analyte: 'Coronary CT angiography, anterior descending branch',
    date: ADMISSION_WORKUP,
    valueText: 'no significant stenosis',
  }),
  obs('corneal-fluorescein-staining', {
    analyte: 'Corneal fluorescein staining, both eyes',
    date: ADMISSION_WORKUP,
    valueText: 'negative',
  }),
  obs('tear-film-break-up-time', {
    analyte: 'Tear film break-up time',
    date: ADMISSION_WORKUP,
    comparator: '~',
    value: 7,
    unit: 's',
  }),
  obs('labial-gland-tissue-area', {
    analyte: 'Labial gland biopsy, tissue area',
    date: ADMISSION_WORKUP,
    comparator: '~',
    value: 0.8,
    decimalPlaces: 1,
    unit: 'mm2',
  }),
  obs('labial-gland-lymphocytes-per-focus', {
    analyte: 'Labial gland biopsy, lymphocytes per focus',
    date: ADMISSION_WORKUP,
    comparator: '<',
    value: 50,
    unit: '{cells}/{focus}',
  }),
  strength('strength-head-raising-admission', 'Muscle strength, head raising', ADMISSION_WORKUP, 2),
  strength('strength-neck-flexion-admission', 'Muscle strength, neck flexion', ADMISSION_WORKUP, 2),
  strength('strength-proximal-admission', 'Muscle strength, proximal limbs', ADMISSION_WORKUP, 2, 3),
  strength('strength-distal-admission', 'Muscle strength, distal limbs', ADMISSION_WORKUP, 4),
  obs('b-cells-ofatumumab-dose-1', {
    analyte: 'B lymphocytes, total',
    date: exact('2022-09-05'),
    value: 236.4,
    decimalPlaces: 1,
    unit: '10*6/L',
    notes: 'Before ofatumumab dose 1 (CD19+ in the report’s figure).',
  }),
  obs('b-cells-ofatumumab-dose-2', {
    analyte: 'B lymphocytes, total',
    date: exact('2022-11-01'),
    value: 0,
    unit: '10*6/L',
    notes: 'At ofatumumab dose 2.',
  }),
  obs('b-cells-ofatumumab-dose-3', {
    analyte: 'B lymphocytes, total',
    date: exact('2023-02-20'),
    value: 1.5,
    decimalPlaces: 1,
    unit: '10*6/L',
    notes: 'At ofatumumab dose 3.',
  }),
  strength('strength-proximal-2-months', 'Muscle strength, proximal limbs', OFA_2_MONTHS, 4),
  strength('strength-proximal-4-months', 'Muscle strength, proximal limbs', OFA_4_MONTHS, 5),
  strength('strength-proximal-6-months', 'Muscle strength, proximal limbs', OFA_6_MONTHS, 5),
  obs('lvef-6-months', {
    analyte: 'Left ventricular ejection fraction (LVEF)',
    loinc: '10230-1',
    date: OFA_6_MONTHS,
    value: 59,
    unit: '%',
    referenceRange: LVEF_REFERENCE,
    notes: 'Normal taken as >50%.',
  }),
];

/** Each row with the words it was read from (seed-evidence.ts) and who made it. */
const withEvidence = <T extends { id: string }>(kind: SeedRowKind, rows: readonly T[]): T[] =>
  rows.map((row) => ({ ...structuredClone(row), evidence: seedEvidence(kind, row.id), ...SEED_PROVENANCE }));

export function createSeedCase(): Case {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: SEED_CASE_ID,
    title: 'Anti-SRP necrotizing myopathy with Sjögren’s syndrome treated with ofatumumab',
    citation: {
      authors: ['J. Y.', 'D. W.'],
      journal: 'Rheumatology (Oxford)',
      year: 2024,
      volume: '63',
      issue: '2',
      pages: 'e53',
      notes:
        'Letter to the editor. Only the co-first authors’ initials appear in the abstracted text; the article title and DOI were not in it.',
    },
    patient: { ageAtPresentation: { value: 61, unit: 'years' }, sex: 'female' },
    diagnoses: withEvidence('diagnoses', [
      {
        id: 'anti-srp-imnm',
        label: 'Anti-SRP immune-mediated necrotizing myopathy (IMNM)',
        criteria: ['ENMC 2018 (224th ENMC International Workshop) IMNM criteria'],
        date: ADMISSION_WORKUP,
        notes: 'With myocardial involvement; refractory to conventional immunotherapy.',
      },
      {
        id: 'sjogren-syndrome',
        label: 'Sjögren’s syndrome (SS)',
        criteria: ['ACR/EULAR 2016 classification criteria', 'Brazilian Society of Rheumatology 2019 recommendations'],
        date: ADMISSION_WORKUP,
        notes: 'Overlap syndrome with IMNM.',
      },
      {
        id: 'inflammatory-myopathy-2017',
        label: 'Inflammatory myopathy',
        criteria: ['Muscle biopsy'],
        date: approx('2017'),
      },
    ]),
    sources: [{ ...SEED_REPORT_SOURCE }],
    events: withEvidence('events', events),
    observations: withEvidence('observations', observations),
    createdAt: ABSTRACTED_AT,
    updatedAt: ABSTRACTED_AT,
    abstractors: [SEED_ABSTRACTOR],
  };
}
