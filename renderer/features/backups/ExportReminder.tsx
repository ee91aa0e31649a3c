// Browser mode keeps cases in this browser alone: a day after the last export, with changes since,
// a line under the header offers to export them all, or to be reminded tomorrow (Escape too).
import { exportAllCasesAsJson } from '../../data/case-actions';
import { platform } from '../../platform';
import { useExportReminder } from './use-export-reminder';
import './backups.css';

export function ExportReminder() {
  const { due, putOff } = useExportReminder(platform.kind === 'browser');
  if (!due) return null;
  return (
    <div
      className="export-reminder"
      role="region"
      aria-label="Export reminder"
      onKeyDown={(event) => {
        if (event.key === 'Escape') putOff();
      }}
    >
      <span>Changes made since your last export are kept only in this browser. Export all cases to keep a copy.</span>
      <span className="export-reminder-actions">
        <button type="button" onClick={() => void exportAllCasesAsJson()}>
          Export all cases…
        </button>
        <button type="button" onClick={putOff}>
          Remind me tomorrow
        </button>
      </span>
    </div>
  );
}
