// What the labs parsers propose and the refiners work on: a LabCandidate plus where its value is and
// what the parser knew, so that refiners can decide without reading the text again.
import type { KnownAnalyte } from '../../analytes/common-labs';
import type { LabCandidate } from '../candidates';
import type { UnitKind } from '../../units/prose-units';

export interface LabProposal extends LabCandidate {
  /** Which parser proposed it: overlaps are settled by this order (see refiners/overlaps.ts). */
  parser: 'grade' | 'analyte-value' | 'text-result';
  /** Proposals made together from one phrase ("Grade 2 head raising and neck flexion …") share it. */
  group: number;
  /** The value's own words (comparator to unit), which no two proposals of different phrases may share. */
  valueStart: number;
  valueEnd: number;
  /** The numbers alone, for guards that look at what stands right beside them. */
  numberStart: number;
  numberEnd: number;
  known?: KnownAnalyte;
  /** The unit's kind as the table reads it; undefined without a unit. */
  unitKind?: UnitKind;
  /** The analyte was named by a built-in list term that is a short abbreviation ("K", "P", "EF"). */
  shortAbbreviation?: boolean;
}

/** The sentence of each position, by binary search over the reading's sentences. */
export function sentenceAt(sentences: readonly { start: number; end: number }[], at: number) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
