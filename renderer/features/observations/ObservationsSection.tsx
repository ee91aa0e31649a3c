// The labs and measurements section: the observation form above the table.
import { useMemo } from 'react';
import { caseAnalytes } from '../../../shared/analytes/identity';
import type { Observation, TimelineEvent } from '../../../shared/model/case';
import { useUiStore } from '../../state/ui-store';
import { LABS_SECTION_ID } from '../keys/focus-targets';
import { ObservationForm } from './ObservationForm';
import { ObservationTable } from './ObservationTable';

export function ObservationsSection({
  caseId,
  events,
  observations,
}: {
  caseId: string;
  events: TimelineEvent[];
  observations: Observation[];
}) {
  const editing = useUiStore((s) => s.editing);
  const editingObservation =
    editing?.table === 'observations' ? observations.find((o) => o.id === editing.id) : undefined;
  const editingId = editingObservation?.id;
  const analytes = useMemo(
    () => caseAnalytes(observations.filter((o) => o.id !== editingId)).sort((a, b) => a.name.localeCompare(b.name)),
    [observations, editingId],
  );
  return (
    <section id={LABS_SECTION_ID} aria-labelledby="observations-heading">
      <h2 id="observations-heading">
        Labs and measurements <span className="count">{observations.length} observations</span>
      </h2>
      <ObservationForm
        key={editingObservation?.id ?? 'new'}
        caseId={caseId}
        events={events}
        analytes={analytes}
        editing={editingObservation}
      />
      <ObservationTable caseId={caseId} observations={observations} />
    </section>
  );
}
