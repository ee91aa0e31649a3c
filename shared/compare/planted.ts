// A second abstraction of the preloaded case with planted differences, for the compare's unit tests
// and its end-to-end spec: what changed is listed beside the copy, so a test can check that
// compareCases finds exactly that.
import type { Case, Observation, TimelineEvent } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import type { ComparedField } from './compare-types';

export interface PlantedDifference {
  kind: 'observation' | 'event';
  id: string;
  field: ComparedField;
  left: string;
  right: string;
}

export interface PlantedCopy {
  left: Case;
  right: Case;
  /** One field changed on each of these rows (ids are kept). */
  changed: PlantedDifference[];
  /** Rows of the left that the right leaves out. */
  deleted: { kind: 'observation' | 'event'; id: string }[];
  /** Rows only the right has. */
  added: { kind: 'observation' | 'event'; id: string }[];
}

const ADDED_OBSERVATION: Observation = {
  id: 'crp-admission',
  analyte: 'C-reactive protein (CRP)',
  loinc: '1988-5',
  date: { date: '2022-08', approximate: true },
  value: 12,
  unit: 'mg/L',
};

const ADDED_EVENTS: TimelineEvent[] = [
  { id: 'fatigue', kind: 'symptom', label: 'Fatigue', start: { date: '2022-05', approximate: true } },
  {
    id: 'hydroxychloroquine',
    kind: 'treatment',
    label: 'Hydroxychloroquine 200 mg',
    start: { date: '2022-09', approximate: true },
    dose: { value: 200, unit: 'mg', route: 'oral', frequency: 'twice daily' },
  },
];

/**
 * The seed (left) and an edited copy (right): 5 values, 3 dates (one only in its precision), 2
 * units and 1 comparator changed, 4 rows deleted and 3 added. Each change is on a row of its own,
 * and none touches a date other rows hang on.
 */
export function plantedCopy(): PlantedCopy {
  const left = createSeedCase();
  const right = structuredClone(left);
  const changed: PlantedDifference[] = [];
  const observation = (id: string) => {
    const o = right.observations.find((row) => row.id === id);
    if (!o) throw new Error(`no observation ${id} in the seed`);
    return o;
  };
  const event = (id: string) => {
    const e = right.events.find((row) => row.id === id);
    if (!e) throw new Error(`no event ${id} in the seed`);
    return e;
  };
  const plant = (kind: 'observation' | 'event', id: string, field: ComparedField, l: string, r: string) =>
    changed.push({ kind, id, field, left: l, right: r });

  // Five values.
  observation('ck-admission').value = 1720;
  plant('observation', 'ck-admission', 'value', '1620', '1720');
  observation('bnp-admission').value = 186.5;
  plant('observation', 'bnp-admission', 'value', '176.50', '186.50');
  observation('lvef-admission').value = 38;
  plant('observation', 'lvef-admission', 'value', '37', '38');
  observation('b-cells-ofatumumab-dose-1').value = 263.4;
  plant('observation', 'b-cells-ofatumumab-dose-1', 'value', '236.4', '263.4');
  observation('strength-distal-admission').value = 3;
  plant('observation', 'strength-distal-admission', 'value', '4', '3');

  // Three dates, the last only in its precision (the day left out).
  observation('b-cells-ofatumumab-dose-2').date.date = '2022-11-02';
  plant('observation', 'b-cells-ofatumumab-dose-2', 'date', '2022-11-01', '2022-11-02');
  event('ofatumumab-dose-3').start.date = '2023-02-21';
  plant('event', 'ofatumumab-dose-3', 'date', '2023-02-20', '2023-02-21');
  event('ofatumumab-dose-2').start.date = '2022-11';
  plant('event', 'ofatumumab-dose-2', 'datePrecision', 'day', 'month');

  // Two units, one comparator.
  observation('troponin-i-admission').unit = 'ng/mL';
  plant('observation', 'troponin-i-admission', 'unit', 'ug/L', 'ng/mL');
  observation('myoglobin-admission').unit = 'ng/mL';
  plant('observation', 'myoglobin-admission', 'unit', 'ug/L', 'ng/mL');
  observation('ck-mb-admission').comparator = '>=';
  plant('observation', 'ck-mb-admission', 'comparator', '>', '>=');

  const deleted = [
    { kind: 'observation', id: 'corneal-fluorescein-staining' },
    { kind: 'observation', id: 'anti-ssa-ro52-igg' },
    { kind: 'event', id: 'dry-eyes' },
    { kind: 'event', id: 'wheezing' },
  ] as const;
  const gone = new Set<string>(deleted.map((d) => d.id));
  right.observations = [...right.observations.filter((o) => !gone.has(o.id)), structuredClone(ADDED_OBSERVATION)];
  right.events = [...right.events.filter((e) => !gone.has(e.id)), ...structuredClone(ADDED_EVENTS)];
  right.id = 'srp-imnm-second-abstraction';
  right.title = `${left.title} (second abstraction)`;
  const added = [
    { kind: 'observation', id: ADDED_OBSERVATION.id },
    ...ADDED_EVENTS.map((e) => ({ kind: 'event', id: e.id }) as const),
  ] as const;
  return { left, right, changed, deleted: [...deleted], added: [...added] };
}
