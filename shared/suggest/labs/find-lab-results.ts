// Lab and measurement results in prose: analyte, comparator, value or range, unit, reference range,
// text results. STAND-IN: the labs finder lands in its own change.
import type { LabCandidate, ReadingText } from '../candidates';

export function findLabResults(_reading: ReadingText): LabCandidate[] {
  return [];
}
