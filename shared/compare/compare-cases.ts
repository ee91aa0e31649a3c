// compareCases: two abstractions of one report, paired row by row, with their differences and agreement.
import { groupByAnalyte } from '../analytes/identity';
import { identifyDrug } from '../course/drugs';
import { formatCitation } from '../model/citation';
import type { Case, Diagnosis, Observation, TimelineEvent } from '../model/case';
import type { EvidenceAnchor } from '../model/evidence';
import { formatObservationValue } from '../model/observation-value';
import { displayUnit } from '../units/display';
import { agreementOf } from './agreement';
import type { ComparedItem, ComparedKind, ComparedRow, Comparison, FieldDifference } from './compare-types';
import { comparedFieldsOf, fieldsOf, idOf, normaliseText, signatureOf, type Fields } from './compared-fields';
import { differingFields, pairRows, type Entry, type Pairing } from './pair-rows';

export const itemKey = (kind: ComparedKind, leftId: string | undefined, rightId: string | undefined): string =>
  `${kind}:${leftId ?? '-'}:${rightId ?? '-'}`;

function entry(kind: ComparedKind, row: ComparedRow, index: number, group: string): Entry {
  const fields: Fields = fieldsOf(kind, row);
  const withEvidence = row as { evidence?: EvidenceAnchor[] };
  return {
    index,
    row,
    group,
    fields,
    signature: signatureOf(kind, fields),
    evidence: withEvidence.evidence,
    number: kind === 'observation' ? (row as Observation).value : undefined,
    paired: false,
  };
}

/** Analyte identity over both sides at once, so "CK" on one side and "CPK" on the other are one group. */
function observationEntries(left: readonly Observation[], right: readonly Observation[]): [Entry[], Entry[]] {
  const refs = [
    ...left.map((o, index) => ({ analyte: o.analyte, loinc: o.loinc, side: 0, index })),
    ...right.map((o, index) => ({ analyte: o.analyte, loinc: o.loinc, side: 1, index })),
  ];
  const l: Entry[] = new Array<Entry>(left.length);
  const r: Entry[] = new Array<Entry>(right.length);
  for (const group of groupByAnalyte(refs)) {
    for (const ref of group.rows) {
      if (ref.side === 0) l[ref.index] = entry('observation', left[ref.index]!, ref.index, group.analyte.key);
      else r[ref.index] = entry('observation', right[ref.index]!, ref.index, group.analyte.key);
    }
  }
  return [l, r];
}

/** An event's group: its kind, and for a treatment the drug it gives ("Ofatumumab dose 1" is ofatumumab), else its label. */
function eventEntries(events: readonly TimelineEvent[], drugOf: Map<string, string>): Entry[] {
  return events.map((e, index) => {
    let what: string;
    if (e.kind === 'treatment') {
      let drug = drugOf.get(e.label);
      if (drug === undefined) drugOf.set(e.label, (drug = identifyDrug(e.label).key));
      what = drug;
    } else what = normaliseText(e.label);
    return entry('event', e, index, `${e.kind}\u0000${what}`);
  });
}

const diagnosisEntries = (diagnoses: readonly Diagnosis[]): Entry[] =>
  diagnoses.map((d, index) => entry('diagnosis', d, index, normaliseText(d.label)));

/** A case uses a few dozen units over thousands of rows: each is rewritten for display once. */
const shownUnits = new Map<string, string>();
function shownUnit(code: string): string {
  let shown = shownUnits.get(code);
  if (shown === undefined) {
    if (shownUnits.size >= 10_000) shownUnits.clear();
    shownUnits.set(code, (shown = displayUnit(code)));
  }
  return shown;
}

function summaryOf(kind: ComparedKind, row: ComparedRow): string {
  switch (kind) {
    case 'observation': {
      const o = row as Observation;
      const unit = o.unit === undefined ? '' : ` ${shownUnit(o.unit)}`;
      return `${o.analyte} ${formatObservationValue(o)}${unit} · ${o.date.date}`;
    }
    case 'event': {
      const e = row as TimelineEvent;
      return `${e.label} · ${e.start.date}${e.end ? ` to ${e.end.date}` : ''}`;
    }
    case 'diagnosis': {
      const d = row as Diagnosis;
      return d.date ? `${d.label} · ${d.date.date}` : d.label;
    }
    case 'citation':
      return formatCitation(row as Case['citation']) || 'Citation';
    case 'patient': {
      const p = row as Case['patient'];
      const age = p.ageAtPresentation;
      return age ? `${p.sex}, ${age.value} ${age.unit}` : p.sex;
    }
  }
}

function differencesOf(kind: ComparedKind, left: Fields, right: Fields): FieldDifference[] {
  return differingFields(comparedFieldsOf(kind), left, right).map((field) => ({
    field,
    left: left[field]?.shown ?? '',
    right: right[field]?.shown ?? '',
  }));
}

const eventKindOf = (kind: ComparedKind, row: ComparedRow): Pick<ComparedItem, 'eventKind'> =>
  kind === 'event' ? { eventKind: (row as TimelineEvent).kind } : {};

function itemsOf(kind: ComparedKind, pairing: Pairing): ComparedItem[] {
  const sorted: { item: ComparedItem; date: string; at: number; rightAt: number }[] = [];
  for (const { left, right, pairedBy } of pairing.pairs) {
    const differences = differencesOf(kind, left.fields, right.fields);
    sorted.push({
      item: {
        key: itemKey(kind, idOf(left.row), idOf(right.row)),
        kind,
        ...eventKindOf(kind, left.row),
        status: differences.length === 0 ? 'agree' : 'differ',
        left: left.row,
        right: right.row,
        differences,
        pairedBy,
        summary: summaryOf(kind, left.row),
      },
      date: left.fields.date?.key ?? '',
      at: left.index,
      rightAt: right.index,
    });
  }
  for (const [side, entries] of [
    ['left', pairing.leftOnly],
    ['right', pairing.rightOnly],
  ] as const) {
    for (const e of entries) {
      sorted.push({
        item: {
          key: side === 'left' ? itemKey(kind, idOf(e.row), undefined) : itemKey(kind, undefined, idOf(e.row)),
          kind,
          ...eventKindOf(kind, e.row),
          status: side === 'left' ? 'left-only' : 'right-only',
          [side]: e.row,
          differences: [],
          summary: summaryOf(kind, e.row),
        },
        date: e.fields.date?.key ?? '',
        at: side === 'left' ? e.index : Infinity,
        rightAt: side === 'right' ? e.index : Infinity,
      });
    }
  }
  // By date (as the timeline and the tables are), then the left's order, then the right's.
  sorted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at || a.rightAt - b.rightAt));
  return sorted.map((s) => s.item);
}

function singleItem(kind: 'citation' | 'patient', left: ComparedRow, right: ComparedRow): ComparedItem {
  const differences = differencesOf(kind, fieldsOf(kind, left), fieldsOf(kind, right));
  return {
    key: itemKey(kind, undefined, undefined),
    kind,
    status: differences.length === 0 ? 'agree' : 'differ',
    left,
    right,
    differences,
    pairedBy: 'single',
    summary: summaryOf(kind, left),
  };
}

/**
 * Pairs two abstractions of one report: citation and patient one to one; diagnoses, events and
 * observations within their kind (an event within its event kind) and group (diagnosis label,
 * event drug or label, analyte by LOINC, name or synonym), by overlapping evidence first, then
 * identical rows, then an optimal assignment of the rest of each group. Ids, evidence and who made
 * a row are never compared. Pure: the same cases give the same comparison.
 */
export function compareCases(left: Case, right: Case): Comparison {
  const drugOf = new Map<string, string>();
  const [leftObservations, rightObservations] = observationEntries(left.observations, right.observations);
  const leftDiagnoses = diagnosisEntries(left.diagnoses);
  const rightDiagnoses = diagnosisEntries(right.diagnoses);
  const leftEvents = eventEntries(left.events, drugOf);
  const rightEvents = eventEntries(right.events, drugOf);
  // Each row's fields are worked out once, for pairing, differences and agreement alike.
  const fieldsByRow = new Map<ComparedRow, Fields>();
  for (const list of [leftDiagnoses, rightDiagnoses, leftEvents, rightEvents, leftObservations, rightObservations]) {
    for (const e of list) fieldsByRow.set(e.row, e.fields);
  }
  const items: ComparedItem[] = [
    singleItem('citation', left.citation, right.citation),
    singleItem('patient', left.patient, right.patient),
    ...itemsOf('diagnosis', pairRows('diagnosis', comparedFieldsOf('diagnosis'), leftDiagnoses, rightDiagnoses)),
    ...itemsOf('event', pairRows('event', comparedFieldsOf('event'), leftEvents, rightEvents)),
    ...itemsOf(
      'observation',
      pairRows('observation', comparedFieldsOf('observation'), leftObservations, rightObservations),
    ),
  ];
  return { items, agreement: agreementOf(items, (kind, row) => fieldsByRow.get(row) ?? fieldsOf(kind, row)) };
}
