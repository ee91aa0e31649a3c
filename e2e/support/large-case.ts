// A synthetic long case (thousands of events and labs) written straight into the app's IndexedDB,
// for the large-case specs and the bench. Built from the model's types and checked by its schema.
import type { Page } from '@playwright/test';
import type { PartialDate } from '../../shared/dates/partial-date';
import {
  SCHEMA_VERSION,
  type Case,
  type Comparator,
  type EventKind,
  type Observation,
  type TimelineEvent,
} from '../../shared/model/case';
import { validateCase } from '../../shared/model/validate';
import { bucketOf, type RowBucket } from '../../renderer/data/row-buckets';

export const LARGE_CASE_ID = 'synthetic-long-follow-up';

/** Deterministic, so a spec can work out which row comes last. (mulberry32) */
function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = Date.UTC(2017, 2, 1);
const SPAN_DAYS = 7 * 365;
const DAY_MS = 86_400_000;

/** A date `day` days into follow-up, as precise as a report would give it. */
function dateOn(day: number, precision: 'year' | 'month' | 'day', approximate: boolean): PartialDate {
  const iso = new Date(FIRST_DAY + day * DAY_MS).toISOString();
  return { date: iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10), approximate };
}

interface Lab {
  analyte: string;
  loinc?: string;
  unit: string;
  decimals: number;
  /** Typical spread of results, low to high, scaled by disease activity. */
  spread: [number, number];
  referenceRange?: { low?: number; high?: number };
  /** What the lab prints past its measuring range ("<0.5", ">1200.0"). */
  below?: number;
  above?: number;
}

const LABS: Lab[] = [
  {
    analyte: 'Creatine kinase (CK)',
    loinc: '2157-6',
    unit: 'U/L',
    decimals: 0,
    spread: [60, 12000],
    referenceRange: { low: 26, high: 192 },
  },
  {
    analyte: 'C-reactive protein (CRP)',
    loinc: '1988-5',
    unit: 'mg/L',
    decimals: 1,
    spread: [0.2, 80],
    referenceRange: { high: 5 },
    below: 0.5,
  },
  {
    analyte: 'Alanine aminotransferase (ALT)',
    loinc: '1742-6',
    unit: 'U/L',
    decimals: 0,
    spread: [12, 420],
    referenceRange: { low: 7, high: 40 },
  },
  {
    analyte: 'Aspartate aminotransferase (AST)',
    loinc: '1920-8',
    unit: 'U/L',
    decimals: 0,
    spread: [15, 380],
    referenceRange: { low: 13, high: 35 },
  },
  {
    analyte: 'Lactate dehydrogenase (LDH)',
    loinc: '2532-0',
    unit: 'U/L',
    decimals: 0,
    spread: [140, 950],
    referenceRange: { low: 120, high: 250 },
  },
  {
    analyte: 'Myoglobin (Myo)',
    loinc: '2639-3',
    unit: 'ug/L',
    decimals: 1,
    spread: [25, 3000],
    referenceRange: { high: 70 },
    above: 1200,
  },
  {
    analyte: 'CK-MB',
    loinc: '13969-1',
    unit: 'ug/L',
    decimals: 1,
    spread: [2, 600],
    referenceRange: { high: 5 },
    above: 300,
  },
  {
    analyte: 'Troponin T, high-sensitivity',
    loinc: '67151-1',
    unit: 'ng/L',
    decimals: 0,
    spread: [1, 90],
    referenceRange: { high: 14 },
    below: 3,
  },
  {
    analyte: 'Creatinine',
    loinc: '14682-9',
    unit: 'umol/L',
    decimals: 0,
    spread: [38, 130],
    referenceRange: { low: 45, high: 84 },
  },
  {
    analyte: 'Haemoglobin',
    loinc: '718-7',
    unit: 'g/L',
    decimals: 0,
    spread: [92, 150],
    referenceRange: { low: 120, high: 160 },
  },
  {
    analyte: 'Erythrocyte sedimentation rate (ESR)',
    loinc: '4537-7',
    unit: 'mm/h',
    decimals: 0,
    spread: [2, 95],
    referenceRange: { high: 20 },
  },
  {
    analyte: 'Lymphocytes',
    loinc: '731-0',
    unit: '10*9/L',
    decimals: 2,
    spread: [0.3, 3.2],
    referenceRange: { low: 1, high: 4 },
  },
];

const ANTIBODIES = ['Anti-SRP antibody (IgG)', 'Anti-HMGCR antibody (IgG)', 'Anti-Ro52 antibody (IgG)'];

/** Disease activity 0–1: flares every year or so, settling over the years of follow-up. */
function activity(day: number): number {
  const flare = 0.5 + 0.5 * Math.sin((2 * Math.PI * day) / 410);
  return flare * (1 - (0.6 * day) / SPAN_DAYS);
}

function labResult(id: string, lab: Lab, date: PartialDate, day: number, random: () => number): Observation {
  const level = Math.min(1, Math.max(0, activity(day) + (random() - 0.5) * 0.3));
  const [low, high] = lab.spread;
  const raw = Number((low * (high / low) ** level).toFixed(lab.decimals));
  const base = {
    id,
    analyte: lab.analyte,
    ...(lab.loinc ? { loinc: lab.loinc } : {}),
    date,
    unit: lab.unit,
    ...(lab.referenceRange ? { referenceRange: lab.referenceRange } : {}),
  };
  let comparator: Comparator | undefined;
  let value = raw;
  let decimalPlaces = lab.decimals > 0 ? lab.decimals : undefined;
  if (lab.below !== undefined && raw < lab.below) [comparator, value] = ['<', lab.below];
  if (lab.above !== undefined && raw > lab.above) [comparator, value, decimalPlaces] = ['>', lab.above, 1];
  const flagged = lab.referenceRange?.high !== undefined && value > lab.referenceRange.high && random() < 0.2;
  return {
    ...base,
    ...(comparator ? { comparator } : {}),
    value,
    ...(decimalPlaces ? { decimalPlaces } : {}),
    ...(flagged ? { notes: 'Flagged high.' } : {}),
  };
}

function observationsOver(count: number, random: () => number): Observation[] {
  const observations: Observation[] = [];
  // Labs come in panels drawn on one day; a few are dated only to the month, "around" a visit.
  const panelSize = 6;
  const panels = Math.ceil(count / panelSize);
  for (let i = 0; i < count; i += 1) {
    const panel = Math.floor(i / panelSize);
    const day = Math.floor((panel * SPAN_DAYS) / panels);
    const monthOnly = panel % 37 === 5;
    const date = dateOn(day, monthOnly ? 'month' : 'day', monthOnly || panel % 53 === 7);
    const id = `obs-${String(i + 1).padStart(5, '0')}`;
    if (i % 97 === 13) {
      const analyte = ANTIBODIES[panel % ANTIBODIES.length]!;
      observations.push({ id, analyte, date, valueText: activity(day) > 0.25 ? 'positive' : 'negative' });
    } else if (i % 211 === 17) {
      // A range as printed in a report's text: "CK 400–500 U/L".
      observations.push({
        id,
        analyte: 'Creatine kinase (CK)',
        loinc: '2157-6',
        date,
        value: 400,
        valueHigh: 500,
        unit: 'U/L',
      });
    } else {
      observations.push(labResult(id, LABS[(i + panel) % LABS.length]!, date, day, random));
    }
  }
  return observations;
}

interface EventPattern {
  kind: EventKind;
  label: (n: number) => string;
  course?: number;
  dose?: TimelineEvent['dose'];
  notes?: string;
}

const EVENT_PATTERNS: EventPattern[] = [
  {
    kind: 'treatment',
    label: (n) => `IVIG course ${n}`,
    course: 5,
    dose: { value: 0.4, unit: 'g/kg', route: 'i.v.', frequency: 'daily' },
  },
  {
    kind: 'treatment',
    label: (n) => `Prednisolone step ${n}`,
    course: 14,
    dose: { value: 20, unit: 'mg', route: 'oral', frequency: 'daily' },
  },
  {
    kind: 'treatment',
    label: (n) => `Methotrexate review ${n}`,
    dose: { value: 15, unit: 'mg', route: 's.c.', frequency: 'weekly' },
  },
  { kind: 'other', label: (n) => `Outpatient review ${n}`, notes: 'Proximal strength and CK reviewed.' },
  { kind: 'symptom', label: (n) => `Proximal weakness, flare ${n}` },
  { kind: 'procedure', label: (n) => `MRI thighs ${n}`, notes: 'Oedema of the vastus muscles.' },
  { kind: 'admission', label: (n) => `Admission ${n}`, course: 9 },
  { kind: 'vaccination', label: (n) => `Influenza vaccine ${n}`, dose: { route: 'i.m.' } },
  { kind: 'outcome', label: (n) => `Strength assessment ${n}`, notes: 'MRC grade 4 proximally.' },
];

function eventsOver(count: number, random: () => number): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const pattern = EVENT_PATTERNS[i % EVENT_PATTERNS.length]!;
    const n = Math.floor(i / EVENT_PATTERNS.length) + 1;
    const day = Math.floor((i * SPAN_DAYS) / count + random() * 3);
    const precision = i % 41 === 3 ? 'year' : i % 13 === 2 ? 'month' : 'day';
    const start = dateOn(day, precision, precision !== 'day' || i % 29 === 0);
    const course = pattern.course && precision === 'day' ? pattern.course : undefined;
    events.push({
      id: `evt-${String(i + 1).padStart(5, '0')}`,
      kind: pattern.kind,
      label: pattern.label(n),
      start,
      ...(course
        ? { end: dateOn(day + course - 1, 'day', start.approximate), duration: { value: course, unit: 'days' } }
        : {}),
      ...(pattern.dose ? { dose: pattern.dose } : {}),
      ...(pattern.notes ? { notes: pattern.notes } : {}),
    });
  }
  return events;
}

/** A valid case with `events` timeline events and `observations` labs over seven years of follow-up. */
export function createLargeCase({ events, observations }: { events: number; observations: number }): Case {
  const random = randomSource(20_240_531);
  const now = new Date().toISOString();
  const candidate: Case = {
    schemaVersion: SCHEMA_VERSION,
    id: LARGE_CASE_ID,
    title: `Synthetic long follow-up: ${events} events, ${observations} observations`,
    citation: {
      authors: ['Synthetic fixture'],
      journal: 'Case Abstractor test data',
      year: 2025,
      notes: 'Generated for performance tests; not a real patient.',
    },
    patient: { ageAtPresentation: { value: 54, unit: 'years' }, sex: 'male' },
    diagnoses: [
      {
        id: 'imnm',
        label: 'Immune-mediated necrotizing myopathy',
        criteria: ['ENMC 2016'],
        date: dateOn(30, 'month', false),
      },
    ],
    events: eventsOver(events, random),
    observations: observationsOver(observations, random),
    createdAt: now,
    // Newest case, so the app opens it first.
    updatedAt: now,
  };
  const valid = validateCase(candidate);
  if (!valid.ok) {
    const first = valid.problems.slice(0, 5).map((p) => `${p.where}: ${p.message}`);
    throw new Error(`synthetic case is invalid:\n${first.join('\n')}`);
  }
  return valid.value;
}

/** A case's rows as the repository stores them: one record per bucket (renderer/data/row-buckets.ts). */
function bucketsOf<T extends { id: string }>(caseId: string, rows: readonly T[]): RowBucket<T>[] {
  const buckets = new Map<number, RowBucket<T>>();
  for (const row of rows) {
    const bucket = bucketOf(row.id);
    let entry = buckets.get(bucket);
    if (!entry) buckets.set(bucket, (entry = { caseId, bucket, rows: [] }));
    entry.rows.push(row);
  }
  return [...buckets.values()];
}

/**
 * Writes the case into the page's database with the raw IndexedDB API (no Dexie in the test, and
 * no repository round trip: this is test set-up, not the behaviour under test), then reloads so the
 * app's live queries read it. The page must have loaded the app once, so the database exists.
 */
export async function installLargeCase(page: Page, c: Case): Promise<void> {
  const { events, observations, ...header } = c;
  // One JSON string crosses to the page ten times faster than the same rows as an object.
  const rows = JSON.stringify({
    header,
    eventBuckets: bucketsOf(c.id, events),
    observationBuckets: bucketsOf(c.id, observations),
  });
  await page.evaluate(async (json) => {
    const stores = JSON.parse(json) as { header: object; eventBuckets: object[]; observationBuckets: object[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('case-abstractor');
      request.onupgradeneeded = () => {
        request.transaction?.abort();
        reject(new Error('the app has not created its database yet'));
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not open the database'));
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['cases', 'eventBuckets', 'observationBuckets'], 'readwrite');
        tx.objectStore('cases').put(stores.header);
        for (const b of stores.eventBuckets) tx.objectStore('eventBuckets').put(b);
        for (const b of stores.observationBuckets) tx.objectStore('observationBuckets').put(b);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
      });
    } finally {
      db.close();
    }
  }, rows);
  await page.reload();
  await openCase(page, c.title);
}

/** Opens a case from the case list and waits for its heading. */
export async function openCase(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}
