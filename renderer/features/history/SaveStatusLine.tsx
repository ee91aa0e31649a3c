// The status line: "Saving…", "Saved", or what went wrong, for drafts and saved rows alike.
import { useUiStore } from '../../state/ui-store';

export function SaveStatusLine() {
  const status = useUiStore((s) => s.saveStatus);
  const text = status.state === 'saving' ? 'Saving…' : status.state === 'idle' ? 'All changes saved' : status.text;
  return (
    <div
      className={`save-status save-status-${status.state}`}
      role="status"
      aria-live="polite"
      aria-label="Save status"
    >
      {text}
    </div>
  );
}
