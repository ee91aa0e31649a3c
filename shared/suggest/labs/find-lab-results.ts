// Lab and measurement results in prose: analyte, comparator, value or range, unit, reference range,
// text results. Shaped like chrono-node: small parsers propose results with their spans
// (./parsers), then named refiners settle them in order (./refiners): reference ranges, guards
// against what is no result, one result per value, units carried, codes that fit the unit.
import type { LabCandidate, ReadingText } from '../candidates';
import { findAnalyteMentions } from './lexicon';
import { parseAnalyteValues } from './parsers/analyte-value';
import { parseGrades } from './parsers/grade';
import { parseTextResults } from './parsers/text-result';
import type { LabProposal } from './proposal';
import { carryUnits } from './refiners/carry-unit';
import { finish } from './refiners/finish';
import { dropNonResults } from './refiners/guards';
import { removeOverlaps } from './refiners/overlaps';
import { attachReferenceRanges } from './refiners/reference-range';

export function findLabResults(reading: ReadingText): LabCandidate[] {
  const mentions = findAnalyteMentions(reading.text);
  let group = 0;
  const nextGroup = () => (group += 1);
  let proposals: LabProposal[] = [
    ...parseGrades(reading, nextGroup),
    ...parseAnalyteValues(reading, mentions, nextGroup),
    ...parseTextResults(reading, mentions, nextGroup),
  ];
  proposals = attachReferenceRanges(reading, proposals);
  proposals = dropNonResults(reading, proposals);
  proposals = removeOverlaps(proposals);
  proposals = carryUnits(proposals);
  return finish(proposals);
}
