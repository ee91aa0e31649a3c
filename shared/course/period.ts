// The period the course overview shows, typed as the forms take dates: `2023`, `2023-04` or
// `2023-04-10` in its From and To boxes, each edge the first or last instant of what it names.
import { parsePartialDate, partialDateBounds } from '../dates/partial-date';
import { fail, ok, type Result } from '../model/result';
import type { TimeSpan } from './lanes';

export type PeriodEdge = 'from' | 'to';

const EDGE_NAMES: Record<PeriodEdge, string> = { from: 'From', to: 'To' };

/** The box's text for an edge of the period shown: the day it falls on, as the forms write it. */
export const periodEdgeText = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * The period after typing `text` into one edge's box, the other edge kept as it is (`current`,
 * or the whole course's edge when there is no zoom). A From of `2023` starts on 1 January 2023,
 * a To of `2023` ends on 31 December 2023. An empty box is that edge of the whole course; both
 * empty is the whole course (undefined). A bad date, or an end before the start, is a problem
 * naming the box, and no period.
 */
export function typedPeriod(
  edge: PeriodEdge,
  text: string,
  current: TimeSpan | undefined,
  course: TimeSpan,
): Result<TimeSpan | undefined> {
  const where = EDGE_NAMES[edge];
  let typed: number | undefined;
  if (text.trim() !== '') {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) return fail(...parsed.problems.map((p) => ({ where, message: p.message })));
    const bounds = partialDateBounds(parsed.value.date);
    typed = edge === 'from' ? bounds.first : bounds.last;
  }
  if (typed === undefined && current === undefined) return ok(undefined);
  const from = edge === 'from' ? (typed ?? course.from) : (current?.from ?? course.from);
  const to = edge === 'to' ? (typed ?? course.to) : (current?.to ?? course.to);
  if (!(to > from)) {
    return fail({
      where,
      message: `the period must end after it starts: From ${periodEdgeText(from)} is not before To ${periodEdgeText(to)}`,
    });
  }
  // An emptied box that leaves the whole course in view is no zoom at all.
  if (typed === undefined && from <= course.from && to >= course.to) return ok(undefined);
  return ok({ from, to });
}
