// The open case: overview, timeline, labs and trends, read live from the repository.
import { useCaseHeader, useObservations, useTimelineEvents } from '../../data/hooks';
import { CaseOverview } from '../case-overview/CaseOverview';
import { ObservationTable } from '../observations/ObservationTable';
import { TimelineTable } from '../timeline/TimelineTable';
import { TrendPanels } from '../trends/TrendPanels';

export function CaseView({ caseId }: { caseId: string }) {
  const header = useCaseHeader(caseId);
  const events = useTimelineEvents(caseId);
  const observations = useObservations(caseId);
  if (header === undefined || events === undefined || observations === undefined) {
    return <p className="muted">Loading case…</p>;
  }
  return (
    <article className="case-view">
      <CaseOverview header={header} />
      <TimelineTable events={events} />
      <ObservationTable observations={observations} />
      <TrendPanels observations={observations} />
    </article>
  );
}
