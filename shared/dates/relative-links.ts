// Derived dates across a case: resolves every date linked to an event, in dependency order, and
// every end implied by a course's duration; refuses links to missing events and cycles ("A 2 days
// after B" while "B 1 day after A").
import type { Case, Observation, TimelineEvent } from '../model/case';
import type { Problem, Result } from '../model/result';
import { parsePartialDate, type PartialDate } from './partial-date';
import { deriveEndDate } from './duration';
import { resolveRelativeDate } from './relative-date';

type DateSlot = 'start' | 'end';
const SLOTS: readonly DateSlot[] = ['start', 'end'];

function resolveOne(date: PartialDate, anchor: TimelineEvent, where: string, problems: Problem[]): PartialDate {
  const link = date.relativeTo;
  if (!link) return date;
  const resolved = resolveRelativeDate(anchor.start, link);
  if (!resolved.ok) {
    problems.push(...resolved.problems.map((p) => ({ where, message: p.message })));
    return date;
  }
  return { ...resolved.value, relativeTo: link };
}

/**
 * Recomputes every relative date of the case from its anchor's start. Returns the case with the
 * resolved dates, or the problems (missing anchors, cycles) with the field that has them.
 */
export function resolveCaseDates(c: Case): Result<Case> {
  const problems: Problem[] = [];
  const byId = new Map(c.events.map((e, index) => [e.id, { event: e, index }]));
  for (const [index, e] of c.events.entries()) {
    for (const slot of SLOTS) {
      const link = e[slot]?.relativeTo;
      if (link && !byId.has(link.eventId)) {
        problems.push({ where: `events[${index}].${slot}`, message: `anchor event "${link.eventId}" does not exist` });
      }
    }
  }
  c.observations.forEach((o, index) => {
    const link = o.date.relativeTo;
    if (link && !byId.has(link.eventId)) {
      problems.push({ where: `observations[${index}].date`, message: `anchor event "${link.eventId}" does not exist` });
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  // Depth-first over anchor links: resolved[id] is final once visited; "visiting" detects cycles.
  const resolved = new Map<string, TimelineEvent>();
  const visiting = new Set<string>();
  const visit = (id: string, path: string[]): TimelineEvent | undefined => {
    const done = resolved.get(id);
    if (done) return done;
    const entry = byId.get(id);
    if (!entry) return undefined;
    if (visiting.has(id)) {
      const cycle = [...path.slice(path.indexOf(id)), id].map((eid) => byId.get(eid)?.event.label ?? eid);
      problems.push({
        where: `events[${entry.index}].start`,
        message: `relative dates go round in a circle: ${cycle.join(' → ')}`,
      });
      return undefined;
    }
    visiting.add(id);
    let event = entry.event;
    for (const slot of SLOTS) {
      const date = event[slot];
      if (!date?.relativeTo) continue;
      const anchor = visit(date.relativeTo.eventId, [...path, id]);
      if (anchor) event = { ...event, [slot]: resolveOne(date, anchor, `events[${entry.index}].${slot}`, problems) };
    }
    // A course given as "3 days" ends where its duration says, wherever its start has moved to.
    if (event.duration) {
      const end = deriveEndDate(event.start, event.duration, event.dose?.frequency);
      if (end) event = { ...event, end };
    }
    visiting.delete(id);
    resolved.set(id, event);
    return event;
  };
  const events = c.events.map((e) => visit(e.id, []) ?? e);
  const observations: Observation[] = c.observations.map((o, index) => {
    const link = o.date.relativeTo;
    const anchor = link ? resolved.get(link.eventId) : undefined;
    return anchor ? { ...o, date: resolveOne(o.date, anchor, `observations[${index}].date`, problems) } : o;
  });
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { ...c, events, observations } };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.where}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drops links to an event that is going away; the dependents keep the dates they had. */
export function detachFromEvent(c: Case, eventId: string): { value: Case; detached: number } {
  let detached = 0;
  const unlink = (date: PartialDate): PartialDate => {
    if (date.relativeTo?.eventId !== eventId) return date;
    detached += 1;
    const { relativeTo: _dropped, ...rest } = date;
    return rest;
  };
  const events = c.events.map((e) => ({ ...e, start: unlink(e.start), ...(e.end ? { end: unlink(e.end) } : {}) }));
  const observations = c.observations.map((o) => ({ ...o, date: unlink(o.date) }));
  return { value: { ...c, events, observations }, detached };
}

/**
 * For data from outside (a file, a colleague): every derived date must be what its anchor or
 * duration gives, or the file says one thing and the app would show another.
 */
export function checkDerivedDates(c: Case): Problem[] {
  const resolved = resolveCaseDates(c);
  if (!resolved.ok) return resolved.problems;
  const problems: Problem[] = [];
  // A malformed stored date is reported by the schema itself; saying it also mismatches is noise.
  const differs = (a: PartialDate | undefined, b: PartialDate | undefined) =>
    (a === undefined || parsePartialDate(a.date).ok) && (a?.date !== b?.date || a?.approximate !== b?.approximate);
  resolved.value.events.forEach((e, index) => {
    const stored = c.events[index]!;
    for (const slot of SLOTS) {
      if (differs(stored[slot], e[slot])) {
        const expected = e[slot] ? `${e[slot].date}${e[slot].approximate ? ' (approximate)' : ''}` : 'none';
        problems.push({
          where: `events[${index}].${slot}`,
          message: `${slot} date does not follow from its ${stored[slot]?.relativeTo || slot === 'start' ? 'anchor event' : 'duration'}: expected ${expected}`,
        });
      }
    }
  });
  resolved.value.observations.forEach((o, index) => {
    if (differs(c.observations[index]!.date, o.date)) {
      problems.push({
        where: `observations[${index}].date`,
        message: `date does not follow from its anchor event: expected ${o.date.date}${o.date.approximate ? ' (approximate)' : ''}`,
      });
    }
  });
  return problems;
}
