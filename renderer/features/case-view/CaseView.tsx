// The open case: overview, timeline, labs and trends, read live from the repository.
import { useCaseDrafts, useCaseHeader, useObservations, useTimelineEvents } from '../../data/hooks';
import { useUiStore } from '../../state/ui-store';
import { CaseDetailsForm } from '../case-details/CaseDetailsForm';
import { CaseOverview } from '../case-overview/CaseOverview';
import { ObservationsSection } from '../observations/ObservationsSection';
import { TimelineSection } from '../timeline/TimelineSection';
import { CourseOverview } from '../course/CourseOverview';
import { useKeepEvidenceIndex } from '../source-pane/evidence-index';
import { StoredTextNotice } from './StoredTextNotice';

export function CaseView({ caseId }: { caseId: string }) {
  const header = useCaseHeader(caseId);
  const events = useTimelineEvents(caseId);
  const observations = useObservations(caseId);
  // Read in the same step as the rows, so the forms first render with their drafts in them.
  const drafts = useCaseDrafts(caseId);
  const detailsForm = useUiStore((s) => s.detailsForm);
  useKeepEvidenceIndex(caseId, header, events, observations);
  if (header === undefined || events === undefined || observations === undefined || drafts === undefined) {
    return <p className="muted">Loading case…</p>;
  }
  return (
    <article className="case-view">
      <StoredTextNotice header={header} />
      {detailsForm === 'edit' ? <CaseDetailsForm header={header} /> : <CaseOverview header={header} />}
      <TimelineSection caseId={caseId} events={events} />
      <ObservationsSection caseId={caseId} events={events} observations={observations} />
      <CourseOverview caseId={caseId} />
    </article>
  );
}
