// Under a row's form while the row is being edited: who made it and who last changed it, and when,
// with the button that shows its history (Alt+I does the same from the row in its table).
import type { RowProvenance } from '../../../shared/model/case';
import type { HistoryTable } from '../../data/case-repository';
import { hintFor } from '../keys/platform-keys';
import { utcTime } from './RowHistory';
import { showRowHistory } from './who-store';
import './who.css';

const who = (by: string | undefined, at: string | undefined) =>
  at === undefined && by === undefined
    ? 'not recorded'
    : `${by ?? 'name not given'}${at === undefined ? '' : `, ${utcTime(at)}`}`;

export function RowStamps({
  caseId,
  table,
  row,
  name,
}: {
  caseId: string;
  table: HistoryTable;
  row: { id: string } & RowProvenance;
  name: string;
}) {
  return (
    <p className="row-stamps">
      <span>Created: {who(row.createdBy, row.createdAt)}</span>
      <span>Last changed: {who(row.changedBy, row.changedAt)}</span>
      <button
        type="button"
        aria-label={`History of ${name}`}
        title={`Who made and changed it, and its changes (${hintFor('show-row-history')} on its row)`}
        onClick={() => showRowHistory({ caseId, table, rowId: row.id, name })}
      >
        History
      </button>
    </p>
  );
}
