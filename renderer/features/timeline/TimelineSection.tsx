// The timeline section: the event form above the table of events.
import type { TimelineEvent } from '../../../shared/model/case';
import { useUiStore } from '../../state/ui-store';
import { TIMELINE_SECTION_ID } from '../keys/focus-targets';
import { EventForm } from './EventForm';
import { TimelineTable } from './TimelineTable';

export function TimelineSection({ caseId, events }: { caseId: string; events: TimelineEvent[] }) {
  const editing = useUiStore((s) => s.editing);
  const editingEvent = editing?.table === 'events' ? events.find((e) => e.id === editing.id) : undefined;
  return (
    <section id={TIMELINE_SECTION_ID} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">
        Timeline <span className="count">{events.length} events</span>
      </h2>
      <EventForm key={editingEvent?.id ?? 'new'} caseId={caseId} events={events} editing={editingEvent} />
      <TimelineTable caseId={caseId} events={events} />
      <p className="legend small muted">
        ~ marks an approximate date; rel a date relative to another event, which moves with it.
      </p>
    </section>
  );
}
