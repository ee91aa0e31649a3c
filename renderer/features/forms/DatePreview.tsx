// Under a date field: the date it resolves to and its precision, so "2 weeks after …" is checkable,
// and a flag for a year before 1800 or after next year.
import { formatPartialDate, precisionOf } from '../../../shared/dates/partial-date';
import { parseDateInput } from '../../../shared/editing/date-input';
import type { TimelineEvent } from '../../../shared/model/case';
import { implausibleYear, systemClock } from '../../../shared/model/plausibility';
import { FieldFlag } from './FieldFlag';

export function DatePreview({
  text,
  approximate,
  events,
}: {
  text: string;
  approximate: boolean;
  events: readonly TimelineEvent[];
}) {
  if (text.trim() === '') return null;
  const parsed = parseDateInput(text, approximate, events);
  if (!parsed.ok) return null;
  return (
    <>
      <span data-resolved-date={parsed.value.date}>
        → {formatPartialDate(parsed.value)} ({precisionOf(parsed.value.date)}
        {parsed.value.approximate ? ', approximate' : ''})
      </span>
      <FieldFlag message={implausibleYear(parsed.value.date, systemClock())} />
    </>
  );
}
