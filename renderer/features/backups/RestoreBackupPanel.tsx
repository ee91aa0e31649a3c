// File → Restore from backup…: the backups in the user data folder, newest first, each with its
// date and case count; choosing one opens it in the import preview (replace, copy or skip).
import { useEffect, useRef } from 'react';
import { describeBackup, restoreBackup } from './backup-actions';
import { useRestoreStore } from './restore-store';
import './backups.css';

export function RestoreBackupPanel() {
  const view = useRestoreStore((s) => s.view);
  const show = useRestoreStore((s) => s.show);
  const panel = useRef<HTMLElement>(null);
  const close = () => show({ phase: 'closed' });

  // The panel comes from a menu, so the focus moves into it: the newest backup, or Close.
  useEffect(() => {
    if (view.phase === 'chosen' || view.phase === 'failed')
      panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [view.phase]);

  if (view.phase === 'closed') return null;
  return (
    <section
      ref={panel}
      className="restore-panel"
      aria-label="Restore from backup"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <h2>Restore from backup</h2>
      {view.phase === 'listing' ? <p>Reading the backups folder…</p> : null}
      {view.phase === 'failed' ? <p role="alert">{view.message}</p> : null}
      {view.phase === 'chosen' && view.backups.length === 0 ? (
        <p>
          No backups yet in <span className="mono">{view.folder}</span>: the first is taken on the first day the app is
          open.
        </p>
      ) : null}
      {view.phase === 'chosen' && view.backups.length > 0 ? (
        <>
          <p className="small">
            From <span className="mono">{view.folder}</span>. Choose one to see what it holds before anything is
            written.
          </p>
          <ul className="restore-list" aria-label="Backups">
            {view.backups.map((backup) => (
              <li key={backup.fileName}>
                <button type="button" onClick={() => void restoreBackup(backup.fileName)}>
                  {describeBackup(backup)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="entry-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </section>
  );
}
