// Dates in prose at any precision, hedged and relative. Shaped like chrono-node: small parsers
// propose dates sentence by sentence (./absolute-dates.ts, ./relative-dates.ts), then named
// refiners settle overlaps and give a year to a month that has none.
import { parsePartialDate } from '../../dates/partial-date';
import type { DateMention, ReadingText } from '../candidates';
import { parseAbsoluteDates, type AbsoluteProposal } from './absolute-dates';
import { isAdministrativeSentence, patientTextEnd, plainSpaces } from './guards';
import { parseRelativeDates, type RelativeProposal } from './relative-dates';

type Proposal = (AbsoluteProposal & { kind: 'absolute' }) | RelativeProposal;

const RANK = { day: 3, month: 2, year: 1 } as const;

/** Refiner: of two proposals over the same words, the absolute, then the finer, then the longer wins. */
function dropOverlaps(proposals: Proposal[]): Proposal[] {
  const score = (p: Proposal) => (p.kind === 'absolute' ? 10 + RANK[p.precision] : p.kind === 'age' ? 5 : 4);
  const ordered = [...proposals].sort((a, b) => score(b) - score(a) || b.end - b.start - (a.end - a.start));
  const kept: Proposal[] = [];
  for (const p of ordered) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Refiner: "at the beginning of May" takes the year of the last date written before it. The
 * mention says so (`yearGuessed`); without an earlier year the month is dropped, never invented.
 */
function giveYears(mentions: Proposal[]): Proposal[] {
  let lastYear: string | undefined;
  const out: Proposal[] = [];
  for (const p of mentions) {
    if (p.kind !== 'absolute') {
      out.push(p);
      continue;
    }
    if (!p.yearMissing) {
      lastYear = p.date.slice(0, 4);
      out.push(p);
    } else if (lastYear !== undefined && parsePartialDate(`${lastYear}-${p.date}`).ok)
      out.push({ ...p, date: `${lastYear}-${p.date}`, yearMissing: false, yearGuessed: true } as Proposal);
  }
  return out;
}

export function findDateMentions(reading: ReadingText): DateMention[] {
  const { text } = reading;
  const end = patientTextEnd(text);
  const proposals: Proposal[] = [];
  for (const sentence of reading.sentences) {
    if (sentence.start >= end) break;
    const words = plainSpaces(text.slice(sentence.start, sentence.end));
    if (isAdministrativeSentence(words)) continue;
    const found = dropOverlaps([
      ...parseAbsoluteDates(words).map((p) => ({ ...p, kind: 'absolute' as const })),
      ...parseRelativeDates(words),
    ]);
    for (const p of found) proposals.push({ ...p, start: p.start + sentence.start, end: p.end + sentence.start });
  }
  return giveYears(proposals).map((p): DateMention => {
    if (p.kind === 'absolute') {
      const guessed = (p as { yearGuessed?: boolean }).yearGuessed === true;
      return {
        kind: 'absolute',
        start: p.start,
        end: p.end,
        date: p.date,
        precision: p.precision,
        approximate: p.approximate,
        ...(guessed ? { yearGuessed: true } : {}),
      };
    }
    return p;
  });
}
