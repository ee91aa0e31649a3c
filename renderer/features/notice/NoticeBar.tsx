// The one-line status of the last action (export done, case restored, or what went wrong).
import { useUiStore } from '../../state/ui-store';

export function NoticeBar() {
  const notice = useUiStore((s) => s.notice);
  const dismiss = useUiStore((s) => s.notify);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="link-button" onClick={() => dismiss(undefined)} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
