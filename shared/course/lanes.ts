// The course overview's lanes: one per drug (or drug class) with its courses and doses, then
// symptoms and outcomes, then the other events; each event placed on a real time axis.
import { deriveEndDate } from '../dates/duration';
import { partialDateBounds, partialDateMidpoint, precisionOf, type PartialDate } from '../dates/partial-date';
import type { Dose, EventKind, TimelineEvent } from '../model/case';
import { sortEvents } from '../timeline/order';
import { displayUnit } from '../units/display';
import { identifyDrug } from './drugs';

/**
 * How an event is drawn:
 * - `bar`: a course with a known (or derivable) end.
 * - `open`: a course that started and whose end the report does not give; drawn as a bar that
 *   fades out after a short, fixed length, so the picture claims no duration the data lacks.
 * - `dose`: a single dose (a treatment with an amount and no frequency, end or duration).
 * - `point`: a symptom, outcome or other event on one date.
 * - `span`: a symptom, outcome or admission with an end date.
 */
export type MarkShape = 'bar' | 'open' | 'dose' | 'point' | 'span';

export interface CourseMark {
  /** Stable key: the first event's id. */
  id: string;
  /** Events drawn as this mark: more than one when several share a date on the symptom or event lane. */
  eventIds: string[];
  shape: MarkShape;
  kind: EventKind;
  /** Time (UTC ms) where the mark starts: a bar's first instant, a point's middle. */
  from: number;
  /** Where it ends; equal to `from` for points, doses and open courses. */
  to: number;
  start: PartialDate;
  /** As abstracted, or derived from the duration (then `endDerived`). */
  end?: PartialDate;
  endDerived: boolean;
  /** Drawn beside the mark: the dose, or the event's label on the symptom and event lanes. */
  label: string;
  /** Full labels of the events, for the tooltip. */
  titles: string[];
  /** Start or end approximate, or less precise than a day. */
  approximate: boolean;
  /** The drug's name on a treatment mark (shown in class lanes). */
  drug?: string;
}

export type LaneGroup = 'treatment' | 'symptoms' | 'events';

export interface CourseLane {
  key: string;
  title: string;
  group: LaneGroup;
  marks: CourseMark[];
}

export type LaneGrouping = 'drug' | 'class';

export const SYMPTOM_KINDS: ReadonlySet<EventKind> = new Set(['symptom', 'outcome']);

/** "20 mg s.c.", "500 mg daily", "22.5 g i.v.": the dose as reported, in one line. */
export function formatDose(dose: Dose | undefined): string {
  if (!dose) return '';
  const amount = dose.value === undefined ? '' : `${dose.value} ${displayUnit(dose.unit)}`;
  return [amount, dose.route ?? '', dose.frequency ?? ''].filter((part) => part !== '').join(' ');
}

/**
 * Where a course's edge sits: a day-precise start at the start of its day and a day-precise end
 * at the end of its day, so back-to-back steps (22–24, 25–27 Aug) touch; a month or year at its
 * middle, as everywhere on the axis.
 */
export function courseStartTime(date: string): number {
  return precisionOf(date) === 'day' ? partialDateBounds(date).first : partialDateMidpoint(date);
}

export function courseEndTime(date: string): number {
  return precisionOf(date) === 'day' ? partialDateBounds(date).last : partialDateMidpoint(date);
}

const isApproximate = (date: PartialDate | undefined) =>
  date !== undefined && (date.approximate || precisionOf(date.date) !== 'day');

function courseEnd(e: TimelineEvent): { end: PartialDate; derived: boolean } | undefined {
  if (e.end) return { end: e.end, derived: false };
  if (!e.duration) return undefined;
  const derived = deriveEndDate(e.start, e.duration, e.dose?.frequency);
  return derived ? { end: derived, derived: true } : undefined;
}

/** Bar, open course or single dose: see {@link MarkShape}. */
export function treatmentShape(e: TimelineEvent): 'bar' | 'open' | 'dose' {
  const end = courseEnd(e);
  if (end) return end.end.date === e.start.date ? 'dose' : 'bar';
  if (e.duration && !(e.duration.unit === 'doses' && e.duration.value === 1)) return 'open';
  if (e.dose?.frequency !== undefined) return 'open';
  if (e.dose?.value !== undefined || e.duration?.unit === 'doses') return 'dose';
  // A drug "given" with no amount, end or duration ("azathioprine from 2017") is a course whose
  // end was not reported, not a single dose.
  return 'open';
}

function treatmentMark(e: TimelineEvent, grouping: LaneGrouping, drug: string): CourseMark {
  const shape = treatmentShape(e);
  const end = shape === 'bar' ? courseEnd(e) : undefined;
  const count = e.duration?.unit === 'doses' && e.duration.value > 1 && !end ? ` ×${e.duration.value}` : '';
  const dose = `${formatDose(e.dose)}${count}`.trim();
  const from = shape === 'dose' ? partialDateMidpoint(e.start.date) : courseStartTime(e.start.date);
  return {
    id: e.id,
    eventIds: [e.id],
    shape,
    kind: e.kind,
    from,
    to: end ? Math.max(from, courseEndTime(end.end.date)) : from,
    start: e.start,
    ...(end ? { end: end.end } : {}),
    endDerived: end?.derived ?? false,
    label: grouping === 'class' ? `${drug} ${dose}`.trim() : dose,
    titles: [e.label],
    approximate: isApproximate(e.start) || isApproximate(end?.end),
    drug,
  };
}

/** Events on one date (and with one end) share a mark on the symptom and event lanes: "Panic +2". */
function pointMarks(events: readonly TimelineEvent[], keyOf: (e: TimelineEvent) => string): CourseMark[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const key = keyOf(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const end = first.end;
    const from = end ? courseStartTime(first.start.date) : partialDateMidpoint(first.start.date);
    return {
      id: first.id,
      eventIds: group.map((e) => e.id),
      shape: end ? 'span' : 'point',
      kind: first.kind,
      from,
      to: end ? Math.max(from, courseEndTime(end.date)) : from,
      start: first.start,
      ...(end ? { end } : {}),
      endDerived: false,
      label: group.length > 1 ? `${first.label} +${group.length - 1}` : first.label,
      titles: group.map((e) => e.label),
      approximate: isApproximate(first.start) || isApproximate(end),
    };
  });
}

const byStart = (a: CourseMark, b: CourseMark) => a.from - b.from || a.to - b.to;

/**
 * Treatments first, one lane per drug (or class), ordered by when each was first given; then
 * symptoms and outcomes; then admissions, procedures, diagnoses, vaccinations and the rest.
 * Lanes with nothing in them are left out.
 */
export function buildCourseLanes(events: readonly TimelineEvent[], grouping: LaneGrouping = 'drug'): CourseLane[] {
  const treatments = new Map<string, CourseLane>();
  const symptoms: TimelineEvent[] = [];
  const others: TimelineEvent[] = [];
  for (const e of sortEvents(events)) {
    if (e.kind === 'treatment') {
      const drug = identifyDrug(e.label);
      const byClass = grouping === 'class' && drug.drugClass !== undefined;
      const key = byClass ? `class:${drug.drugClass!.key}` : `drug:${drug.key}`;
      let lane = treatments.get(key);
      if (!lane) {
        lane = { key, title: byClass ? drug.drugClass!.name : drug.name, group: 'treatment', marks: [] };
        treatments.set(key, lane);
      }
      lane.marks.push(treatmentMark(e, grouping, drug.name));
    } else if (SYMPTOM_KINDS.has(e.kind)) symptoms.push(e);
    else others.push(e);
  }
  const lanes = [...treatments.values()];
  for (const lane of lanes) lane.marks.sort(byStart);
  lanes.sort((a, b) => (a.marks[0]?.from ?? 0) - (b.marks[0]?.from ?? 0) || a.title.localeCompare(b.title));
  const period = (e: TimelineEvent) => `${e.start.date}\u0000${e.end?.date ?? ''}`;
  if (symptoms.length > 0) {
    lanes.push({
      key: 'symptoms',
      title: 'Symptoms & outcomes',
      group: 'symptoms',
      marks: pointMarks(symptoms, (e) => `${e.kind}\u0000${period(e)}`).sort(byStart),
    });
  }
  if (others.length > 0) {
    lanes.push({
      key: 'events',
      title: 'Other events',
      group: 'events',
      marks: pointMarks(others, period).sort(byStart),
    });
  }
  return lanes;
}

export interface TimeSpan {
  from: number;
  to: number;
}

/**
 * What the time axis must show of the lanes: bars and spans whole, points and doses where they
 * sit, open courses only where they start (their fade is not data).
 */
export function laneContent(lanes: readonly CourseLane[]): TimeSpan[] {
  return lanes.flatMap((lane) =>
    lane.marks.map((m) =>
      m.shape === 'bar' || m.shape === 'span' ? { from: m.from, to: m.to } : { from: m.from, to: m.from },
    ),
  );
}
