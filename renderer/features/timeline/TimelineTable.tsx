// The timeline of events in date order, each date shown exactly as precise as it was abstracted.
import { memo } from 'react';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { TimelineEvent } from '../../../shared/model/case';
import { displayUnit } from '../../../shared/units/display';
import { commitEdit } from '../../data/edit-actions';
import { useUiStore } from '../../state/ui-store';
import { TIMELINE_SECTION_ID } from '../keys/focus-targets';
import { LongTable, rowPlaceProps, type Column } from '../tables/LongTable';
import { EvidenceMark } from '../source-pane/EvidenceMark';
import { ROW_ACTION_COLUMNS, RowActions } from '../tables/RowActions';
import type { MeasureRow } from '../tables/use-row-window';

// Widths for the windowed table only (a whole table sizes its columns to their content).
const COLUMNS: Column[] = [
  { label: 'Date', width: '8rem' },
  { label: 'Kind', width: '6.5rem' },
  { label: 'Event' },
  { label: 'Dose', width: '5.5rem' },
  { label: 'Route', width: '4.5rem' },
  { label: 'Frequency', width: '6.5rem' },
  { label: 'Duration', width: '5.5rem' },
  { label: 'Notes' },
  ...ROW_ACTION_COLUMNS,
];

const eventKey = (e: TimelineEvent) => e.id;

/** A period breaks after its dash, never inside a date: "~24 Aug 2022 –" over "~6 Sep 2022". */
function Period({ event: e }: { event: TimelineEvent }) {
  const start = <span className="nowrap">{formatPartialDate(e.start)}</span>;
  if (!e.end) return start;
  return (
    <>
      {start} – <span className="nowrap">{formatPartialDate(e.end)}</span>
    </>
  );
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
      <td className="row-date">
        <Period event={e} />
        {e.start.relativeTo ? (
          <span className="linked" title="Dated relative to another event; moves with it">
            rel
          </span>
        ) : null}
      </td>
      <td>
        <span className={`kind kind-${e.kind}`}>{e.kind}</span>
      </td>
      <td>
        {e.label}
        <EvidenceMark rowId={e.id} name={e.label} evidence={e.evidence} />
      </td>
      <td className="nowrap num">{formatDose(e)}</td>
      <td>{e.dose?.route ?? ''}</td>
      <td>{e.dose?.frequency ?? ''}</td>
      <td className="nowrap">{formatDuration(e)}</td>
      <td className="notes">{e.notes ?? ''}</td>
      <RowActions
        target={{ table: 'events', id: e.id }}
        section={TIMELINE_SECTION_ID}
        name={e.label}
        onDelete={() => void commitEdit(caseId, { type: 'delete-event', eventId: e.id }, `Delete “${e.label}”`)}
      />
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
