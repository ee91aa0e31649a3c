// Turning an accepted suggestion into a case row: a fresh id, the evidence attached, relative dates
// linked to the case's own events, and the same validation a typed row passes.
import { canonicalAnalyte, caseAnalytes } from '../analytes/identity';
import type { PartialDate } from '../dates/partial-date';
import { resolveRelativeDate } from '../dates/relative-date';
import type { Observation, TimelineEvent } from '../model/case';
import { fail, ok, type Problem, type Result } from '../model/result';
import { validateEvent, validateObservation } from '../model/validate';
import { parseUnit } from '../units/ucum';
import { existingRowFor, type CaseRows } from './match-existing';
import type { Suggestion } from './suggestion';

export type { CaseRows };

export type AcceptedRow = { kind: 'observation'; row: Observation } | { kind: 'event'; row: TimelineEvent };

/** What each missing field means to the clinician, named as the form names it. */
const MISSING_MESSAGE: Record<string, { where: string; message: string }> = {
  date: { where: 'date', message: 'no date was found for it: give the date' },
  start: { where: 'start', message: 'no start date was found for it: give the date' },
  analyte: { where: 'analyte', message: 'no analyte was found for it: name it' },
  value: { where: 'value', message: 'no value was found for it: give the result' },
  unit: { where: 'unit', message: 'no unit was found for the value: give the unit' },
  kind: { where: 'kind', message: 'what kind of event this is was not found: choose one' },
  label: { where: 'label', message: 'the event has no name: name it' },
};

/** A row's date field: a link to another suggestion becomes a link to the event accepted from it. */
function linkDate(
  date: PartialDate | undefined,
  where: string,
  rows: CaseRows,
  all: readonly Suggestion[],
): Result<PartialDate | undefined> {
  const link = date?.relativeTo;
  if (!date || !link) return ok(date);
  let anchor = rows.events.find((e) => e.id === link.eventId);
  if (!anchor) {
    const from = all.find((s) => s.id === link.eventId);
    const existing = from ? existingRowFor(from, rows, all) : undefined;
    if (existing?.kind === 'event') anchor = rows.events.find((e) => e.id === existing.id);
    if (!anchor) {
      const name = from?.kind === 'event' ? `“${from.row.label ?? 'an event'}”` : 'an event';
      return fail({
        where,
        message: `the date is ${link.amount} ${link.unit} ${link.direction} ${name}, which is not in the case yet: accept that first, or give the date`,
      });
    }
  }
  const resolved = resolveRelativeDate(anchor.start, link);
  if (!resolved.ok) return fail(...resolved.problems.map((p) => ({ where, message: p.message })));
  return ok({ ...resolved.value, relativeTo: { ...link, eventId: anchor.id } });
}

/**
 * A suggested date as a form can show it: linked to the case's event when it is relative to one
 * (or to a suggestion accepted as one), else the date the engine resolved, with its approximate
 * flag, and no link the form could not name.
 */
export function dateForForm(
  date: PartialDate | undefined,
  rows: CaseRows,
  all: readonly Suggestion[],
): PartialDate | undefined {
  if (!date?.relativeTo) return date;
  const linked = linkDate(date, 'date', rows, all);
  if (linked.ok) return linked.value;
  return { date: date.date, approximate: date.approximate };
}

/** Schema paths ("dose.unit", "end.date") as the form's fields, as the forms map them. */
function formField(kind: Suggestion['kind'], path: string): string {
  if (kind === 'event') {
    if (path.startsWith('dose.unit')) return 'doseUnit';
    if (path.startsWith('dose')) return 'doseValue';
  } else {
    if (path.startsWith('referenceRange.high')) return 'referenceHigh';
    if (path.startsWith('referenceRange')) return 'referenceLow';
    if (/^(comparator|valueHigh|valueText|decimalPlaces)/.test(path)) return 'value';
    if (path.startsWith('unitIsFreeText')) return 'unit';
  }
  return path.split(/[.[]/)[0] || 'form';
}

const atFields = (kind: Suggestion['kind'], problems: readonly Problem[]): Problem[] =>
  problems.map((p) => ({ where: formField(kind, p.where), message: p.message }));

function acceptObservation(
  s: Extract<Suggestion, { kind: 'observation' }>,
  rows: CaseRows,
  all: readonly Suggestion[],
  newId: string,
): Result<AcceptedRow> {
  const date = linkDate(s.row.date, 'date', rows, all);
  if (!date.ok) return date;
  let unit = s.row.unit;
  // As the form reads a typed unit: a UCUM code is stored as UCUM writes it; free text only when flagged.
  if (unit !== undefined && !s.row.unitIsFreeText) {
    const parsed = parseUnit(unit);
    if (!parsed.ok) return fail(...parsed.problems.map((p) => ({ where: 'unit', message: p.message })));
    unit = parsed.value.code;
  }
  // The case's own name and code for the analyte, as the form saves a typed one: the row joins its panel.
  const named =
    s.row.analyte === undefined
      ? {}
      : canonicalAnalyte(s.row.analyte, s.row.loinc, caseAnalytes(rows.observations), {
          unit,
          unitIsFreeText: s.row.unitIsFreeText,
        });
  const { inCase: _inCase, ...identity } = named as { inCase?: boolean; analyte?: string; loinc?: string };
  const row = {
    ...s.row,
    ...identity,
    ...(unit !== undefined ? { unit } : {}),
    ...(date.value ? { date: date.value } : {}),
    id: newId,
    evidence: [s.evidence],
  };
  const valid = validateObservation(row);
  return valid.ok ? ok({ kind: 'observation', row: valid.value }) : fail(...atFields('observation', valid.problems));
}

function acceptEvent(
  s: Extract<Suggestion, { kind: 'event' }>,
  rows: CaseRows,
  all: readonly Suggestion[],
  newId: string,
): Result<AcceptedRow> {
  const start = linkDate(s.row.start, 'start', rows, all);
  if (!start.ok) return start;
  const end = linkDate(s.row.end, 'end', rows, all);
  if (!end.ok) return end;
  const row = {
    ...s.row,
    ...(start.value ? { start: start.value } : {}),
    ...(end.value ? { end: end.value } : {}),
    ...(s.row.label !== undefined ? { label: s.row.label.trim() } : {}),
    id: newId,
    evidence: [s.evidence],
  };
  const valid = validateEvent(row);
  return valid.ok ? ok({ kind: 'event', row: valid.value }) : fail(...atFields('event', valid.problems));
}

/**
 * The row accepting `suggestion` adds to the case, or problems naming what is still to fill
 * (`where` is the form field). `all` holds the other suggestions of the source: a date relative to
 * another suggestion links to the case event that suggestion was accepted as, or fails when none is.
 */
export function rowFromSuggestion(
  suggestion: Suggestion,
  rows: CaseRows,
  all: readonly Suggestion[],
  newId: string,
): Result<AcceptedRow> {
  // What the engine found missing is said first, in the clinician's words, before any schema message.
  const row: Record<string, unknown> = suggestion.row;
  const required = suggestion.kind === 'observation' ? ['analyte', 'date'] : ['kind', 'label', 'start'];
  const fields = new Set([...suggestion.missing, ...required.filter((f) => row[f] === undefined)]);
  const missing = [...fields].flatMap((field) => (MISSING_MESSAGE[field] ? [MISSING_MESSAGE[field]] : []));
  if (missing.length > 0) return fail(...missing);
  return suggestion.kind === 'observation'
    ? acceptObservation(suggestion, rows, all, newId)
    : acceptEvent(suggestion, rows, all, newId);
}
