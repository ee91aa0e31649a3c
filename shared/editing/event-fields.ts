// The event form's fields as typed, and their conversion to and from a TimelineEvent.
import { deriveEndDate, parseDuration } from '../dates/duration';
import type { PartialDate } from '../dates/partial-date';
import { EVENT_KINDS, type Dose, type EventKind, type TimelineEvent } from '../model/case';
import type { Problem, Result } from '../model/result';
import { validateEvent } from '../model/validate';
import { precisionProblem } from '../values/precision';
import { dateInputText, optionalText, parseDateInput } from './date-input';
import { evidenceText, parseEvidenceText } from './evidence-field';

// A type alias, not an interface: drafts store it as a plain record of text and tick boxes.
export type EventFields = {
  kind: string;
  label: string;
  start: string;
  startApproximate: boolean;
  end: string;
  endApproximate: boolean;
  duration: string;
  doseValue: string;
  doseUnit: string;
  route: string;
  frequency: string;
  notes: string;
  /** The row's evidence anchors as JSON ('' for none): see evidence-field.ts. */
  evidence: string;
};

export const BLANK_EVENT_FIELDS: EventFields = {
  kind: 'symptom',
  label: '',
  start: '',
  startApproximate: false,
  end: '',
  endApproximate: false,
  duration: '',
  doseValue: '',
  doseUnit: '',
  route: '',
  frequency: '',
  notes: '',
  evidence: '',
};

export const COMMON_ROUTES = [
  'oral',
  'i.v.',
  's.c.',
  'i.m.',
  'injection',
  'topical',
  'inhaled',
  'intrathecal',
  'rectal',
];
export const COMMON_FREQUENCIES = [
  'once',
  'daily',
  'twice daily',
  'three times daily',
  'weekly',
  'every 2 weeks',
  'monthly',
  'as needed',
];

function durationText(event: TimelineEvent): string {
  const d = event.duration;
  if (!d) return '';
  return d.unit === 'doses' ? `×${d.value}` : `${d.value} ${d.value === 1 ? d.unit.replace(/s$/, '') : d.unit}`;
}

export function eventToFields(event: TimelineEvent, events: readonly TimelineEvent[]): EventFields {
  return {
    kind: event.kind,
    label: event.label,
    start: dateInputText(event.start, events),
    // A relative date's approximate flag comes from its resolution; the box is for the clinician's own doubt.
    startApproximate: event.start.relativeTo ? false : event.start.approximate,
    end: event.duration ? '' : dateInputText(event.end, events),
    endApproximate: event.end?.relativeTo || event.duration ? false : (event.end?.approximate ?? false),
    duration: durationText(event),
    doseValue: event.dose?.value === undefined ? '' : String(event.dose.value),
    doseUnit: event.dose?.unit ?? '',
    route: event.dose?.route ?? '',
    frequency: event.dose?.frequency ?? '',
    notes: event.notes ?? '',
    evidence: evidenceText(event.evidence),
  };
}

const isKind = (k: string): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k);

/**
 * Turns the typed fields into an event; every problem names the field it belongs to (`start`,
 * `doseValue`, …) so the form can show it beside that field.
 */
export function fieldsToEvent(
  fields: EventFields,
  id: string,
  events: readonly TimelineEvent[],
): Result<TimelineEvent> {
  const problems: Problem[] = [];
  const others = events.filter((e) => e.id !== id);
  const at = (where: string, list: Problem[]) => list.map((p) => ({ where, message: p.message }));

  if (!isKind(fields.kind)) problems.push({ where: 'kind', message: `unknown kind “${fields.kind}”` });
  if (optionalText(fields.label) === undefined) problems.push({ where: 'label', message: 'the event needs a name' });

  let start: PartialDate | undefined;
  if (optionalText(fields.start) === undefined) problems.push({ where: 'start', message: 'start date is empty' });
  else {
    const parsed = parseDateInput(fields.start, fields.startApproximate, others, id);
    if (parsed.ok) start = parsed.value;
    else problems.push(...at('start', parsed.problems));
  }

  let duration: TimelineEvent['duration'];
  if (optionalText(fields.duration) !== undefined) {
    const parsed = parseDuration(fields.duration);
    if (parsed.ok) duration = parsed.value;
    else problems.push(...at('duration', parsed.problems));
  }

  let end: PartialDate | undefined;
  if (optionalText(fields.end) !== undefined) {
    if (duration) problems.push({ where: 'end', message: 'give an end date or a duration, not both' });
    const parsed = parseDateInput(fields.end, fields.endApproximate, others, id);
    if (parsed.ok) end = parsed.value;
    else problems.push(...at('end', parsed.problems));
  } else if (start && duration) {
    end = deriveEndDate(start, duration, optionalText(fields.frequency));
  }

  let dose: Dose | undefined;
  const doseValue = optionalText(fields.doseValue);
  let amount: number | undefined;
  if (doseValue !== undefined) {
    amount = /^\d+(\.\d+)?$/.test(doseValue) ? Number(doseValue) : Number.NaN;
    if (!Number.isFinite(amount) || amount <= 0) {
      problems.push({
        where: 'doseValue',
        message: `dose “${doseValue}” is not a positive number (use . for decimals)`,
      });
    } else {
      const imprecise = precisionProblem(doseValue);
      if (imprecise !== undefined) {
        problems.push({ where: 'doseValue', message: `dose ${imprecise}` });
        amount = Number.NaN;
      }
    }
  }
  const doseUnit = optionalText(fields.doseUnit);
  if (doseValue !== undefined && doseUnit === undefined)
    problems.push({ where: 'doseUnit', message: 'a dose needs a unit' });
  if (doseUnit !== undefined && doseValue === undefined)
    problems.push({ where: 'doseValue', message: 'a dose unit needs a dose amount' });
  const route = optionalText(fields.route);
  const frequency = optionalText(fields.frequency);
  if (doseValue !== undefined || doseUnit !== undefined || route !== undefined || frequency !== undefined) {
    dose = {
      ...(amount !== undefined && Number.isFinite(amount) ? { value: amount } : {}),
      ...(doseUnit !== undefined ? { unit: doseUnit } : {}),
      ...(route !== undefined ? { route } : {}),
      ...(frequency !== undefined ? { frequency } : {}),
    };
  }

  const evidence = parseEvidenceText(fields.evidence ?? '');
  if (!evidence.ok) problems.push(...evidence.problems);

  if (problems.length > 0 || !start || !isKind(fields.kind) || !evidence.ok) return { ok: false, problems };
  const notes = optionalText(fields.notes);
  const event = {
    id,
    kind: fields.kind,
    label: fields.label.trim(),
    start,
    ...(end ? { end } : {}),
    ...(duration ? { duration } : {}),
    ...(dose ? { dose } : {}),
    ...(notes !== undefined ? { notes } : {}),
    ...(evidence.value ? { evidence: evidence.value } : {}),
  };
  const valid = validateEvent(event);
  if (valid.ok) return valid;
  // Schema paths ("end.date", "dose.unit") name the same fields as the form, by their first part.
  return {
    ok: false,
    problems: valid.problems.map((p) => ({ where: formFieldOf(p.where), message: p.message })),
  };
}

function formFieldOf(path: string): string {
  if (path.startsWith('dose.value')) return 'doseValue';
  if (path.startsWith('dose.unit')) return 'doseUnit';
  if (path.startsWith('dose')) return 'doseValue';
  return path.split(/[.[]/)[0] ?? path;
}
