// Dates that count from something else: "two weeks later", "After 2 months", "5 years ago",
// "3 days after admission", "after 6 months of azathioprine", "at the age of 47". Durations ("for
// 5 years", "a 3-month history") and ages ("a 61-year-old") are not dates and are not read here.
import { readCount, readTimeUnit, type OffsetUnit } from '../../dates/relative-date';

export type RelativeProposal = {
  start: number;
  end: number;
} & (
  | {
      kind: 'relative';
      amount: number;
      unit: OffsetUnit;
      direction: 'after' | 'before';
      from: 'report-present' | 'previous-event' | 'named-event' | 'lasting';
      anchor?: string;
      sameDay?: boolean;
      afterCourse?: boolean;
    }
  | { kind: 'age'; years: number }
);

const COUNT = String.raw`(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)`;
const UNIT = String.raw`(days?|weeks?|months?|years?|wks?|mos?|yrs?)`;

function offset(countText: string | undefined, unitText: string | undefined) {
  const amount = readCount(countText ?? '');
  const unit = readTimeUnit(unitText ?? '');
  if (amount === undefined || unit === undefined || !Number.isInteger(amount) || amount > 10_000) return undefined;
  return { amount, unit };
}

/** "two weeks later", "3 months afterwards", "a year thereafter": counts from the event before. */
const LATER = new RegExp(String.raw`(?<![\p{L}\d-])${COUNT}\s+${UNIT}\s+(later|afterwards?|thereafter)\b`, 'giu');
/** "5 years ago", "two months before presentation" is in NAMED. */
const AGO = new RegExp(String.raw`(?<![\p{L}\d-])${COUNT}\s+${UNIT}\s+ago\b`, 'giu');
/**
 * "After 2 weeks," "after 6 months of azathioprine", "following 3 days of": counts from the event
 * before, or from the start of the treatment named after "of". "within 2 weeks" is a bound, not a date.
 */
const AFTER_N = new RegExp(
  String.raw`(?<![\p{L}\d])(?:after|following)\s+(?:another\s+|a\s+further\s+)?${COUNT}\s+${UNIT}(?:\s+of\s+((?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+))?(?![\p{L}\d])`,
  'giu',
);
/** "3 days after admission", "two weeks before the first dose", "1 month prior to presentation". */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\d-])${COUNT}\s+${UNIT}\s+(after|before|prior\s+to|following|post)\s+((?:the|her|his|their)\s+)?((?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)(?![\p{L}\d])`,
  'giu',
);
/** "after admission", "on admission", "at presentation", "during hospitalisation": the admission's date. */
const AT_ADMISSION =
  /(?<![\p{L}\d])(after|following|on|at|upon|during)\s+(?:(?:her|his|the|their)\s+)?(admission|hospitali[sz]ation|presentation)(?![\p{L}\d])/giu;
/** "the next day", "the following week". */
/** "on day 3 of admission", "on hospital day 5": day 1 is the admission's own day. */
const HOSPITAL_DAY =
  /(?<![\p{L}\d])(?:on\s+)?(?:hospital\s+day\s+(\d{1,3})|day\s+(\d{1,3})\s+(?:of|after)\s+(?:her\s+|his\s+|the\s+)?(?:admission|hospitali[sz]ation))(?![\p{L}\d])/giu;
/** "At 6 months," "at the 3-month follow-up": an outcome counted from the event before; not "at 6 months of age". */
const AT_FOLLOW_UP = new RegExp(
  String.raw`(?<![\p{L}\d])at\s+(?:the\s+)?${COUNT}[\s-]+${UNIT}(?:\s+follow-?up|\s+visit)?(?![\p{L}\d])(?!\s+(?:of\s+age|old|of\s+life|after|before|later|ago))`,
  'giu',
);
const NEXT = /(?<![\p{L}\d])(?:the\s+)?(?:next|following)\s+(day|morning|week|month|year)(?![\p{L}\d])/giu;
/** "at the age of 47", "at age 47", "when she was 47 years old". */
const AGE =
  /(?<![\p{L}\d])(?:at\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,3})|when\s+(?:she|he)\s+was\s+(\d{1,3})(?:\s+years?\s+old)?)(?![\d-])/giu;

/** "for 5 years", "for the past 3 months": how long a symptom has lasted (see 'lasting'). */
const LASTING = new RegExp(
  String.raw`(?<![\p{L}\d-])for\s+(?:the\s+(?:past|last)\s+)?(?:about\s+|approximately\s+|over\s+)?${COUNT}\s+${UNIT}(?![\p{L}\d])(?!\s+(?:later|ago|after|before))`,
  'giu',
);

/** Cheap test before the parsers run. */
const RELATIVE_ISH =
  /\b(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)[\s-]+(?:days?|weeks?|months?|years?|wks?|mos?|yrs?)\b|next|following|admission|presentation|hospitali|\bage\b|when (?:she|he) was|\bday\s+\d/i;

/** Where the words naming an event stop: "10 days after admission she developed" names "admission". */
const ANCHOR_STOP = new Set(
  'she he it they we her his their was were is had has and or but with without in on at to of for by which that when while'.split(
    ' ',
  ),
);

function anchorWords(words: string | undefined): string {
  const kept: string[] = [];
  for (const w of (words ?? '').trim().split(/\s+/)) {
    if (ANCHOR_STOP.has(w.toLowerCase())) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/** Words after "after N months of" that name what is counted, not a treatment ("of follow-up"). */
const NOT_AN_EVENT = /^(?:follow-?up|treatment|therapy|observation|age|life|the|this|that|it)$/i;

/** The span of a match (to `end` when the words kept are fewer), as a relative proposal starts. */
function relativeAt(m: RegExpMatchArray, end = (m.index ?? 0) + m[0].length) {
  return { start: m.index ?? 0, end, kind: 'relative' as const };
}

export function parseRelativeDates(sentence: string): RelativeProposal[] {
  if (!RELATIVE_ISH.test(sentence)) return [];
  const found: RelativeProposal[] = [];
  for (const m of sentence.matchAll(LATER)) {
    const o = offset(m[1], m[2]);
    if (o)
      found.push({
        ...relativeAt(m),
        ...o,
        direction: 'after',
        from: 'previous-event',
      });
  }
  for (const m of sentence.matchAll(LASTING)) {
    const o = offset(m[1], m[2]);
    if (o && o.amount > 0) {
      found.push({
        ...relativeAt(m),
        ...o,
        direction: 'before',
        from: 'lasting',
      });
    }
  }
  for (const m of sentence.matchAll(AGO)) {
    const o = offset(m[1], m[2]);
    if (o)
      found.push({
        ...relativeAt(m),
        ...o,
        direction: 'before',
        from: 'report-present',
      });
  }
  for (const m of sentence.matchAll(AFTER_N)) {
    const o = offset(m[1], m[2]);
    if (!o) continue;
    const named = anchorWords(m[3]) || undefined;
    if (named && !NOT_AN_EVENT.test(named.split(/\s+/)[0] ?? '')) {
      found.push({
        ...relativeAt(m),
        ...o,
        direction: 'after',
        from: 'named-event',
        anchor: named,
      });
    } else {
      const end = m.index + m[0].length - (named ? m[0].length - m[0].indexOf(' of ') : 0);
      found.push({
        ...relativeAt(m, end),
        ...o,
        direction: 'after',
        from: 'previous-event',
        afterCourse: true,
      });
    }
  }
  for (const m of sentence.matchAll(NAMED)) {
    const o = offset(m[1], m[2]);
    if (!o) continue;
    const direction = /^(?:before|prior)/i.test(m[3] ?? '') ? 'before' : 'after';
    found.push({
      ...relativeAt(m),
      ...o,
      direction,
      from: 'named-event',
      anchor: m[5] ?? '',
    });
  }
  for (const m of sentence.matchAll(AT_ADMISSION)) {
    const sameDay = /^(?:on|at|upon)$/i.test(m[1] ?? '');
    found.push({
      ...relativeAt(m),
      amount: 0,
      unit: 'days',
      direction: 'after',
      from: 'named-event',
      anchor: m[2] ?? 'admission',
      sameDay,
    });
  }
  for (const m of sentence.matchAll(HOSPITAL_DAY)) {
    const day = Number(m[1] ?? m[2]);
    if (day < 1) continue;
    found.push({
      ...relativeAt(m),
      amount: day - 1,
      unit: 'days',
      direction: 'after',
      from: 'named-event',
      anchor: 'admission',
      sameDay: true,
    });
  }
  for (const m of sentence.matchAll(AT_FOLLOW_UP)) {
    const o = offset(m[1], m[2]);
    if (o && o.amount > 0) {
      found.push({
        ...relativeAt(m),
        ...o,
        direction: 'after',
        from: 'previous-event',
        afterCourse: true,
      });
    }
  }
  for (const m of sentence.matchAll(NEXT)) {
    const word = (m[1] ?? '').toLowerCase();
    const unit: OffsetUnit =
      word === 'week' ? 'weeks' : word === 'month' ? 'months' : word === 'year' ? 'years' : 'days';
    found.push({
      ...relativeAt(m),
      amount: 1,
      unit,
      direction: 'after',
      from: 'previous-event',
    });
  }
  for (const m of sentence.matchAll(AGE)) {
    const years = Number(m[1] ?? m[2]);
    if (years > 0 && years <= 120) found.push({ start: m.index, end: m.index + m[0].length, kind: 'age', years });
  }
  return found;
}
