// Treatments in prose: drug, dose, unit, route, frequency, course length. STAND-IN: the treatments
// finder lands in its own change.
import type { EventCandidate, ReadingText } from '../candidates';

export function findTreatments(_reading: ReadingText): EventCandidate[] {
  return [];
}
