// Calendar dates in a sentence at the precision the words give: a day (through chrono-node, kept
// only where it is certain of day, month and year), a month ("in October 2019", "end of March
// 2022"), a month without its year ("at the beginning of May"), or a year ("in 2017").
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../dates/partial-date';

/** A date a parser proposes; offsets are UTF-16 indices into the sentence it was given. */
export interface AbsoluteProposal {
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `MM` / `MM-DD` when the words gave no year (`yearMissing`). */
  date: string;
  precision: DatePrecision;
  approximate: boolean;
  /** "at the beginning of May": the year must come from the date before (a refiner's job). */
  yearMissing: boolean;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Full names any case but "May" capitalised only ("may" is a verb); short forms before a year. */
const MONTH = String.raw`(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(w.slice(0, 3)) && m.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Words before a date that say it is a round figure. */
const HEDGE =
  /(?:\b(?:around|approximately|approx\.|about|circa|ca\.|roughly|nearly|almost)|[~∼≈])\s*(?:in\s+|on\s+)?$/i;

export function isHedged(sentence: string, start: number): boolean {
  return HEDGE.test(sentence.slice(Math.max(0, start - 24), start));
}

/** Cheap test before the parsers run: a month name, a four-digit year or a numeric date. */
const DATE_ISH = new RegExp(String.raw`${MONTH}|\b(?:1[89]|20)\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}`);

/** Words that may be a day's date: "22 August 2022", "Aug. 3rd, 2021", "2021-03-04", "4/3/2021". */
const DAY_CUE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:[,.;)]|and\b|to\b|$)))(?!\d)`,
  'gu',
);

/** Where a month or season edge is named ("end of", "early"): precision stays the month's or year's. */
const EDGE = String.raw`(?:(?:the\s+)?(?:beginning|start|end|middle|first half|second half)\s+of|early|late|mid-?)`;

/**
 * Day-precise dates through chrono-node's strict parser ("22 August 2022", "Aug. 3rd, 2021",
 * "2021-03-04"). Kept only when chrono is certain of day, month and year, so a day is never made
 * up; a numeric date whose day and month could be swapped (03/04/2021) is left out.
 */
export function parseDayDates(sentence: string): AbsoluteProposal[] {
  const found: AbsoluteProposal[] = [];
  // chrono reads only the words that look like a day's date: over a whole sentence it is slow.
  for (const cue of sentence.matchAll(DAY_CUE)) {
    const from = Math.max(0, cue.index - 3);
    const window = sentence.slice(from, cue.index + cue[0].length);
    for (const result of chrono.strict.parse(window, new Date(Date.UTC(2000, 0, 1)))) {
      const c = result.start;
      // "On 5 September": day and month certain, the year left to the refiner that gives years.
      if (!c.isCertain('day') || !c.isCertain('month')) continue;
      const yearMissing = !c.isCertain('year');
      const slash = /(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}/.exec(result.text);
      if (slash && Number(slash[1]) <= 12 && Number(slash[2]) <= 12 && slash[1] !== slash[2]) continue;
      const [year, month, day] = [c.get('year'), c.get('month'), c.get('day')];
      if (year === null || month === null || day === null || (!yearMissing && (year < 1000 || year > 9999))) continue;
      // chrono keeps a leading "on"/"at" in its text; the date is the words after it.
      const lead = /^(?:on|at|in|from|since)\s+/i.exec(result.text)?.[0].length ?? 0;
      const start = from + result.index + lead;
      found.push({
        start,
        end: from + result.index + result.text.length,
        date: yearMissing ? `${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`,
        precision: 'day',
        approximate: isHedged(sentence, start),
        yearMissing,
      });
    }
  }
  return found;
}

const MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${EDGE})\s*)?(${MONTH})(?:,)?\s+((?:1[89]|20)\d{2})(?!\d)`,
  'gu',
);

/** "in October 2019", "end of March 2022", "Sept 2020": month precision, never a day. */
export function parseMonthYears(sentence: string): AbsoluteProposal[] {
  const found: AbsoluteProposal[] = [];
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      date: `${m[3]}-${pad(month)}`,
      precision: 'month',
      approximate: isHedged(sentence, m.index),
      yearMissing: false,
    });
  }
  return found;
}

const BARE_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:in|since|from|until|till|by|during|through|of|(?:${EDGE}))\s+((?:early|late|mid-?)\s*)?(${MONTH.replace(String.raw`|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`, '')})(?![\p{L}])(?!,?\s+(?:\d|of\s+\d))`,
  'gu',
);

/** "at the beginning of May", "in June": the month is certain, the year comes from context. */
export function parseBareMonths(sentence: string): AbsoluteProposal[] {
  const found: AbsoluteProposal[] = [];
  for (const m of sentence.matchAll(BARE_MONTH)) {
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      date: pad(month),
      precision: 'month',
      approximate: isHedged(sentence, m.index),
      yearMissing: true,
    });
  }
  return found;
}

/**
 * "in 2017", "since 2019", "early 2020": a year after a word that makes it a time. A bare year
 * is left out: "the 2018 criteria", "ACR/EULAR 2016" and reference years are not the patient's.
 */
const YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:in|since|from|until|till|by|during|(?:${EDGE}))\s*((?:1[89]|20)\d{2})(?![\d/–-])(?!\s+(?:criteria|classification|guidelines?|recommendations?)\b)`,
  'giu',
);

export function parseYears(sentence: string): AbsoluteProposal[] {
  const found: AbsoluteProposal[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      date: m[1] ?? '',
      precision: 'year',
      approximate: isHedged(sentence, m.index),
      yearMissing: false,
    });
  }
  return found;
}

/** Every parser over one sentence, finer dates first; overlaps are the refiners' to settle. */
export function parseAbsoluteDates(sentence: string): AbsoluteProposal[] {
  if (!DATE_ISH.test(sentence)) return [];
  return [
    ...parseDayDates(sentence),
    ...parseMonthYears(sentence),
    ...parseBareMonths(sentence),
    ...parseYears(sentence),
  ];
}
