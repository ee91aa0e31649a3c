// The parts of a dose as reports write them: amount and unit ("60 mg/day", "20 mg/kg", "22.5 g"),
// route ("s.c.", "orally", "by injection"), frequency ("daily", "every 4 weeks") and course ("for 3
// days", "×5", "twice"). Each reader takes a sentence and a position and says what it found there.
import { parseDuration } from '../../dates/duration';
import type { Duration } from '../../model/case';

export interface DosePhrase {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** "/day" in "60 mg/day". */
  frequency?: string;
}

/** Units of an amount given, not of a concentration: "U/l" and "mg/dl" are lab results. */
const UNIT = String.raw`(mg\/kg|g\/kg|mg\/m2|mg\/m²|[µμu]g\/kg|mcg\/kg|mg|g|[µμ]g|ug|mcg|ng|IU|MU|units?|U|mL|ml)`;
const PER = String.raw`(?:\/(kg\/day|kg\/d|day|d|24\s?h|week|wk|month|dose)|\s+(?:per|a)\s+(day|week|month))?`;
const DOSE = new RegExp(
  String.raw`(?<![\p{L}\d.,×^])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?${UNIT}${PER}(?![\p{L}\d\/·])`,
  'gu',
);

const UNIT_SPELLING: Readonly<Record<string, string>> = {
  μg: 'µg',
  ug: 'µg',
  mcg: 'µg',
  'μg/kg': 'µg/kg',
  'ug/kg': 'µg/kg',
  'mcg/kg': 'µg/kg',
  'mg/m²': 'mg/m2',
  unit: 'U',
  units: 'U',
  ml: 'mL',
};

const PER_FREQUENCY: Readonly<Record<string, string>> = {
  day: 'daily',
  d: 'daily',
  '24h': 'daily',
  '24 h': 'daily',
  week: 'weekly',
  wk: 'weekly',
  month: 'monthly',
};

export function findDoses(sentence: string): DosePhrase[] {
  const found: DosePhrase[] = [];
  for (const m of sentence.matchAll(DOSE)) {
    const value = Number((m[1] ?? '').replace(/,/g, ''));
    if (!(value > 0) || !Number.isFinite(value)) continue;
    let unit = UNIT_SPELLING[m[2] ?? ''] ?? m[2] ?? '';
    let per = (m[3] ?? m[4] ?? '').toLowerCase();
    // "mg/kg/day": the unit is per kilogram, the "/day" a frequency.
    if (per.startsWith('kg/')) {
      unit = `${unit}/kg`;
      per = per.slice(3);
    }
    if (per === 'dose') per = '';
    const frequency = PER_FREQUENCY[per];
    found.push({ start: m.index, end: m.index + m[0].length, value, unit, ...(frequency ? { frequency } : {}) });
  }
  return found;
}

/** Routes as an abstractor writes them, from the words reports use. */
const ROUTES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:i\.v\.|iv\b|IV\b|intravenous(?:ly)?\b|intravenous drip|by infusion)/i, 'i.v.'],
  [/^(?:s\.c\.|sc\b|SC\b|s\.q\.|subcutaneous(?:ly)?\b|subcutaneous injection)/i, 's.c.'],
  [/^(?:i\.m\.|im\b|IM\b|intramuscular(?:ly)?\b)/i, 'i.m.'],
  [/^(?:p\.o\.|po\b|PO\b|oral(?:ly)?\b|by mouth\b|per os\b)/i, 'oral'],
  [/^(?:by injection\b)/i, 'injection'],
  [/^(?:intrathecal(?:ly)?\b)/i, 'intrathecal'],
  [/^(?:topical(?:ly)?\b)/i, 'topical'],
  [/^(?:inhaled\b|by inhalation\b)/i, 'inhaled'],
];

export function readRoute(words: string): { route: string; length: number } | undefined {
  for (const [pattern, route] of ROUTES) {
    const m = pattern.exec(words);
    // "IV" and "im" are also words ("IV" a grade, "im-" a prefix): only when followed by a break.
    if (m && !/[\p{L}\d]/u.test(words.charAt(m[0].length) || ' ')) return { route, length: m[0].length };
    if (m && /\.$/.test(m[0])) return { route, length: m[0].length };
  }
  return undefined;
}

const FREQUENCIES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^(?:twice (?:daily|a day|per day)|b\.?i\.?d\.?(?![\p{L}]))/iu, () => 'twice daily'],
  [/^(?:three times (?:daily|a day|per day)|t\.?i\.?d\.?(?![\p{L}]))/iu, () => 'three times daily'],
  [/^(?:four times (?:daily|a day|per day)|q\.?i\.?d\.?(?![\p{L}]))/iu, () => 'four times daily'],
  [/^(?:once (?:daily|a day)|daily|every day|per day|a day|q\.?d\.?(?![\p{L}]))/iu, () => 'daily'],
  [/^(?:every other day|on alternate days|every 2 days)/i, () => 'every other day'],
  [/^(?:once (?:weekly|a week)|weekly|every week|per week|a week)/i, () => 'weekly'],
  [/^(?:monthly|once a month|every month)/i, () => 'monthly'],
  [
    /^every (\d+|two|three|four|six|eight) (days|weeks|months)/i,
    (m) => `every ${wordNumber(m[1] ?? '')} ${m[2]?.toLowerCase()}`,
  ],
  [/^q(\d)w\b/i, (m) => `every ${m[1]} weeks`],
];

const WORD_NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, six: 6, eight: 8 };
const wordNumber = (w: string) => String(WORD_NUMBERS[w.toLowerCase()] ?? w);

export function readFrequency(words: string): { frequency: string; length: number } | undefined {
  for (const [pattern, make] of FREQUENCIES) {
    const m = pattern.exec(words);
    if (m) return { frequency: make(m), length: m[0].length };
  }
  return undefined;
}

const COURSE = [
  /^(?:for|over) (?:a (?:total|period) of )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)[ -](?:days?|weeks?|months?|years?|consecutive days)\b/i,
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -](?:days?|weeks?|months?)\b(?! (?:later|ago|after|before|of))/i,
  /^[×x] ?\d+\b/i,
  /^\d+ ?[×x](?![\p{L}\d])/iu,
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:times|doses|infusions|injections|cycles)\b/i,
  /^(?:once|twice|thrice)\b/i,
];

/** "for 3 days", "3 days" right after a dose, "×5", "5 times", "twice": the course length. */
export function readCourse(words: string): { duration: Duration; length: number } | undefined {
  for (const pattern of COURSE) {
    const m = pattern.exec(words);
    if (!m) continue;
    const phrase = m[0]
      .replace(/ consecutive days$/i, ' days')
      .replace(/^(?:for|over) (?:a (?:total|period) of )?/i, '');
    const parsed = parseDuration(phrase.replace(/ (?:infusions|injections|cycles)$/i, ' doses'));
    if (parsed.ok) return { duration: parsed.value, length: m[0].length };
  }
  return undefined;
}

/** "two weeks apart", "4 weeks apart": the spacing of a dose count. */
export function readSpacing(words: string): { frequency: string; length: number } | undefined {
  const m = /^(\d+|one|two|three|four|six|eight) (days?|weeks?|months?) apart\b/i.exec(words);
  if (!m) return undefined;
  const n = m[1]?.toLowerCase() === 'one' ? '1' : wordNumber(m[1] ?? '');
  const unit = (m[2] ?? '').toLowerCase().replace(/s?$/, 's');
  return { frequency: n === '1' ? `every ${unit.slice(0, -1)}` : `every ${n} ${unit}`, length: m[0].length };
}
