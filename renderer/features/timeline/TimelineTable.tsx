// The timeline of events in date order, each date shown exactly as precise as it was abstracted.
import { memo } from 'react';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { TimelineEvent } from '../../../shared/model/case';
import { displayUnit } from '../../../shared/units/display';
import { commitEdit } from '../../data/edit-actions';
import { useUiStore } from '../../state/ui-store';
import { LongTable, rowPlaceProps, type Column } from '../tables/LongTable';
import type { MeasureRow } from '../tables/use-row-window';

const COLUMNS: Column[] = [
  { label: 'Date', width: '12rem' },
  { label: 'Kind', width: '7.5rem' },
  { label: 'Event' },
  { label: 'Dose', width: '5.5rem' },
  { label: 'Route', width: '4.5rem' },
  { label: 'Frequency', width: '6rem' },
  { label: 'Duration', width: '5.5rem' },
  { label: 'Notes' },
  { label: 'Actions', width: '8.5rem', hideLabel: true },
];

const eventKey = (e: TimelineEvent) => e.id;

function formatPeriod(e: TimelineEvent): string {
  return e.end ? `${formatPartialDate(e.start)} – ${formatPartialDate(e.end)}` : formatPartialDate(e.start);
}

function formatDose(e: TimelineEvent): string {
  if (e.dose?.value === undefined) return '';
  return `${e.dose.value} ${displayUnit(e.dose.unit)}`;
}

function formatDuration(e: TimelineEvent): string {
  if (!e.duration) return '';
  return e.duration.unit === 'doses' ? `×${e.duration.value}` : `${e.duration.value} ${e.duration.unit}`;
}

/** Memoised: typing in the form or scrolling the window re-renders the table, not every row. */
const EventRow = memo(function EventRow({
  caseId,
  event: e,
  editing,
  index,
  measureRef,
}: {
  caseId: string;
  event: TimelineEvent;
  editing: boolean;
  index: number;
  measureRef: MeasureRow | undefined;
}) {
  return (
    <tr data-event-id={e.id} className={editing ? 'row-editing' : undefined} {...rowPlaceProps(index, measureRef)}>
      <td className="nowrap">
        {formatPeriod(e)}
        {e.start.relativeTo ? (
          <span className="linked" title="Dated relative to another event; moves with it">
            rel
          </span>
        ) : null}
      </td>
      <td>
        <span className={`kind kind-${e.kind}`}>{e.kind}</span>
      </td>
      <td>{e.label}</td>
      <td className="nowrap num">{formatDose(e)}</td>
      <td>{e.dose?.route ?? ''}</td>
      <td>{e.dose?.frequency ?? ''}</td>
      <td className="nowrap">{formatDuration(e)}</td>
      <td className="notes">{e.notes ?? ''}</td>
      <td className="row-actions">
        <button
          type="button"
          onClick={() => useUiStore.getState().edit({ table: 'events', id: e.id })}
          aria-label={`Edit ${e.label}`}
        >
          Edit
        </button>
        <button
          type="button"
          onClick={() => void commitEdit(caseId, { type: 'delete-event', eventId: e.id }, `Delete “${e.label}”`)}
          aria-label={`Delete ${e.label}`}
        >
          Delete
        </button>
      </td>
    </tr>
  );
});

export function TimelineTable({ caseId, events }: { caseId: string; events: TimelineEvent[] }) {
  const editingId = useUiStore((s) => (s.editing?.table === 'events' ? s.editing.id : undefined));
  return (
    <LongTable
      label="Timeline events"
      columns={COLUMNS}
      rows={events}
      rowKey={eventKey}
      renderRow={(e, { index, measureRef }) => (
        <EventRow
          key={e.id}
          caseId={caseId}
          event={e}
          editing={e.id === editingId}
          index={index}
          measureRef={measureRef}
        />
      )}
    />
  );
}
