// What a clinician types into a date field: a partial date ("2022-03") or a date relative to an
// event of the case ("2 weeks after Ofatumumab dose 1"), resolved against that event's start.
import { parsePartialDate, type PartialDate } from '../dates/partial-date';
import { describeRelativeDate, parseRelativeDate, resolveRelativeDate } from '../dates/relative-date';
import type { TimelineEvent } from '../model/case';
import { fail, ok, type Result } from '../model/result';

/** Finds the anchor by label: exact (ignoring case), else the one label that starts with the text. */
export function findAnchorEvent(label: string, events: readonly TimelineEvent[]): Result<TimelineEvent> {
  const wanted = label.trim().toLowerCase();
  const exact = events.filter((e) => e.label.toLowerCase() === wanted);
  if (exact.length === 1) return ok(exact[0]!);
  if (exact.length > 1) return fail({ where: 'date', message: `more than one event is called “${label.trim()}”` });
  const prefixed = events.filter((e) => e.label.toLowerCase().startsWith(wanted));
  if (prefixed.length === 1) return ok(prefixed[0]!);
  if (prefixed.length > 1) {
    return fail({
      where: 'date',
      message: `“${label.trim()}” could be ${prefixed
        .slice(0, 3)
        .map((e) => `“${e.label}”`)
        .join(' or ')}: type more of the name`,
    });
  }
  return fail({ where: 'date', message: `no event called “${label.trim()}” in this case` });
}

/**
 * Parses a date field. `approximate` is the field's checkbox; a relative date is approximate when
 * either the checkbox or the resolution says so. `selfId` is the event being edited, which cannot
 * be its own anchor.
 */
export function parseDateInput(
  text: string,
  approximate: boolean,
  events: readonly TimelineEvent[],
  selfId?: string,
): Result<PartialDate> {
  const trimmed = text.trim();
  if (/^\d/.test(trimmed) && !/\b(after|before)\b/i.test(trimmed)) {
    const parsed = parsePartialDate(trimmed);
    return parsed.ok ? ok({ date: parsed.value.date, approximate }) : parsed;
  }
  const relative = parseRelativeDate(trimmed);
  if (!relative.ok) {
    return fail({
      where: 'date',
      message: `“${trimmed}” is not a date: write 2022, 2022-03, 2022-03-31 or “2 weeks after <event>”`,
    });
  }
  const { anchorLabel, ...offset } = relative.value;
  const anchor = findAnchorEvent(anchorLabel, events);
  if (!anchor.ok) return anchor;
  if (anchor.value.id === selfId)
    return fail({ where: 'date', message: 'an event cannot be dated relative to itself' });
  const resolved = resolveRelativeDate(anchor.value.start, offset);
  if (!resolved.ok) return resolved;
  return ok({
    date: resolved.value.date,
    approximate: resolved.value.approximate || approximate,
    relativeTo: { eventId: anchor.value.id, ...offset },
  });
}

/** The text a date field shows for a stored date: the date, or "2 weeks after <anchor>" when linked. */
export function dateInputText(date: PartialDate | undefined, events: readonly TimelineEvent[]): string {
  if (!date) return '';
  const link = date.relativeTo;
  if (!link) return date.date;
  const anchor = events.find((e) => e.id === link.eventId);
  return anchor ? describeRelativeDate(link, anchor.label) : date.date;
}

/** A typed field's text, or undefined when it holds only spaces. */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
