// Labs and measurements, each result shown as reported: comparator, decimals, range or text.
import { memo } from 'react';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Observation } from '../../../shared/model/case';
import { formatObservationValue, formatReferenceRange } from '../../../shared/model/observation-value';
import { displayUnit } from '../../../shared/units/display';
import { commitEdit } from '../../data/edit-actions';
import { useUiStore } from '../../state/ui-store';
import { LABS_SECTION_ID } from '../keys/focus-targets';
import { LongTable, rowPlaceProps, type Column } from '../tables/LongTable';
import { EvidenceMark } from '../source-pane/EvidenceMark';
import { ROW_ACTION_COLUMNS, RowActions } from '../tables/RowActions';
import type { MeasureRow } from '../tables/use-row-window';

const COLUMNS: Column[] = [
  { label: 'Date', width: '8rem' },
  { label: 'Analyte' },
  { label: 'Result', width: '7rem' },
  { label: 'Unit', width: '6.5rem' },
  { label: 'Reference', width: '7rem' },
  { label: 'LOINC', width: '5.5rem' },
  { label: 'Notes' },
  ...ROW_ACTION_COLUMNS,
];

const observationKey = (o: Observation) => o.id;

/** Memoised: typing in the form or scrolling the window re-renders the table, not every row. */
const ObservationRow = memo(function ObservationRow({
  caseId,
  observation: o,
  editing,
  index,
  measureRef,
}: {
  caseId: string;
  observation: Observation;
  editing: boolean;
  index: number;
  measureRef: MeasureRow | undefined;
}) {
  const name = `${o.analyte} ${o.date.date}`;
  return (
    <tr
      data-observation-id={o.id}
      className={editing ? 'row-editing' : undefined}
      {...rowPlaceProps(index, measureRef)}
    >
      <td className="row-date nowrap">{formatPartialDate(o.date)}</td>
      <td>
        {o.analyte}
        <EvidenceMark rowId={o.id} name={name} evidence={o.evidence} />
      </td>
      <td className="nowrap num">{formatObservationValue(o)}</td>
      <td className="nowrap" title={o.unit}>
        {displayUnit(o.unit)}
        {o.unitIsFreeText ? <span className="muted small"> (free text)</span> : null}
      </td>
      <td className="nowrap num">{formatReferenceRange(o)}</td>
      <td className="mono small nowrap">{o.loinc ?? ''}</td>
      <td className="notes">{o.notes ?? ''}</td>
      <RowActions
        target={{ table: 'observations', id: o.id }}
        section={LABS_SECTION_ID}
        name={name}
        onDelete={() => void commitEdit(caseId, { type: 'delete-observation', observationId: o.id }, `Delete ${name}`)}
      />
    </tr>
  );
});

export function ObservationTable({ caseId, observations }: { caseId: string; observations: Observation[] }) {
  const editingId = useUiStore((s) => (s.editing?.table === 'observations' ? s.editing.id : undefined));
  return (
    <LongTable
      label="Observations"
      columns={COLUMNS}
      rows={observations}
      rowKey={observationKey}
      renderRow={(o, { index, measureRef }) => (
        <ObservationRow
          key={o.id}
          caseId={caseId}
          observation={o}
          editing={o.id === editingId}
          index={index}
          measureRef={measureRef}
        />
      )}
    />
  );
}
