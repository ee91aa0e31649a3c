// A row's history: who created it and who last changed it, and when (UTC), and its changes as far
// back as the change log reaches. A modal dialog, like the list of keys: Escape closes it and the
// focus goes back to the row's History button.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { RowReconciled } from '../../../shared/model/case';
import { HISTORY_LIMIT, type RowHistoryEntry } from '../../data/case-repository';
import { repository } from '../../data/repository';
import { closeRowHistory, useWhoStore, type HistoryRow } from './who-store';
import './who.css';

/** "2026-12-03 07:12:45 UTC": the stored UTC time, read the same on every machine. */
export const utcTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

const FIELD_NAMES: Record<string, string> = {
  label: 'name',
  start: 'start',
  end: 'end',
  duration: 'duration',
  dose: 'dose',
  kind: 'kind',
  analyte: 'analyte',
  loinc: 'LOINC code',
  date: 'date',
  comparator: 'comparator',
  value: 'value',
  valueHigh: 'upper value',
  decimalPlaces: 'decimals',
  valueText: 'text result',
  unit: 'unit',
  unitIsFreeText: 'free-text unit',
  referenceRange: 'reference range',
  notes: 'notes',
  evidence: 'evidence',
  criteria: 'criteria',
};

const DECISIONS: Record<RowReconciled['decision'], string> = {
  agreed: 'both abstractions agreed',
  left: 'taken from the left abstraction',
  right: 'taken from the right abstraction',
  edited: 'edited by the reconciler',
};

function Stamp({ what, by, at }: { what: string; by: string | undefined; at: string | undefined }) {
  if (at === undefined && by === undefined) {
    return (
      <div>
        <dt>{what}</dt>
        <dd>not recorded (a row from an older file or an import)</dd>
      </div>
    );
  }
  return (
    <div>
      <dt>{what}</dt>
      <dd>
        {by ?? <span className="muted">name not given</span>}
        {at === undefined ? null : (
          <>
            {' '}
            · <time dateTime={at}>{utcTime(at)}</time>
          </>
        )}
      </dd>
    </div>
  );
}

function entryText(entry: RowHistoryEntry): string {
  if (entry.what === 'created') return 'created';
  if (entry.what === 'deleted') return 'deleted';
  return entry.fields.length === 0 ? 'changed' : `changed ${entry.fields.map((f) => FIELD_NAMES[f] ?? f).join(', ')}`;
}

function HistoryBody({ shown }: { shown: HistoryRow }) {
  const { caseId, table, rowId } = shown;
  const read = useLiveQuery(
    async () => ({
      row: (await repository.getRow(caseId, table, rowId)) ?? null,
      entries: await repository.rowHistory(caseId, table, rowId),
    }),
    [caseId, table, rowId],
  );
  if (read === undefined) return <p>Reading…</p>;
  const { row, entries } = read;
  return (
    <>
      {row === null ? (
        <p>The row is no longer in the case.</p>
      ) : (
        <dl className="row-history-stamps">
          <Stamp what="Created" by={row.createdBy} at={row.createdAt} />
          <Stamp what="Last changed" by={row.changedBy} at={row.changedAt} />
          {row.reconciled ? (
            <div>
              <dt>Reconciled</dt>
              <dd>
                {DECISIONS[row.reconciled.decision]} · {row.reconciled.by} ·{' '}
                <time dateTime={row.reconciled.at}>{utcTime(row.reconciled.at)}</time>
              </dd>
            </div>
          ) : null}
        </dl>
      )}
      <h3 id="row-history-log">Changes in the change log</h3>
      <p className="row-history-limit">
        Shows changes among the last {HISTORY_LIMIT} kept: the log keeps the last {HISTORY_LIMIT} changes of all cases,
        so an older change of this row is not listed.
      </p>
      {entries.length === 0 ? (
        <p>No change of this row among them.</p>
      ) : (
        <ol className="row-history-entries" aria-labelledby="row-history-log">
          {entries.map((entry) => (
            <li key={entry.seq}>
              <time dateTime={entry.at}>{utcTime(entry.at)}</time> ·{' '}
              {entry.by ?? <span className="muted">name not given</span>} · {entryText(entry)}{' '}
              <span className="muted">({entry.label})</span>
              {entry.undone ? <strong className="row-history-undone"> undone</strong> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function RowHistory() {
  const shown = useWhoStore((s) => s.history);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // A modal <dialog> keeps the focus inside, closes on Escape and gives the focus back on close.
    if (shown && !dialog.open) dialog.showModal();
    if (!shown && dialog.open) dialog.close();
  }, [shown]);
  return (
    <dialog ref={dialogRef} className="row-history" aria-labelledby="row-history-heading" onClose={closeRowHistory}>
      <div className="row-history-head">
        <h2 id="row-history-heading">History of {shown?.name ?? 'the row'}</h2>
        <button type="button" onClick={closeRowHistory} autoFocus>
          Close
        </button>
      </div>
      {shown ? <HistoryBody shown={shown} /> : null}
    </dialog>
  );
}
