// Dates in prose at any precision, hedged and relative. STAND-IN: the dates finder lands in its own change.
import type { DateMention, ReadingText } from '../candidates';

export function findDateMentions(_reading: ReadingText): DateMention[] {
  return [];
}
