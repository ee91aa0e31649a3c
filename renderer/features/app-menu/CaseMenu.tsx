// The case menu in the window: the same commands as the desktop application menu.
import { deleteCase, exportCaseAsJson, restorePreloadedCase } from '../../data/case-actions';
import { useCaseHeader } from '../../data/hooks';
import { useUiStore } from '../../state/ui-store';

export function CaseMenu() {
  const caseId = useUiStore((s) => s.selectedCaseId);
  const header = useCaseHeader(caseId);
  const onDelete = () => {
    if (!header) return;
    if (window.confirm(`Delete “${header.title}”? Its events and observations are deleted with it.`)) {
      void deleteCase(header.id, header.title);
    }
  };
  return (
    <nav className="case-menu" aria-label="Case menu">
      <button type="button" onClick={() => caseId && void exportCaseAsJson(caseId)} disabled={!header}>
        Export case as JSON
      </button>
      <button type="button" onClick={() => void restorePreloadedCase()}>
        Restore preloaded case
      </button>
      <button type="button" className="danger" onClick={onDelete} disabled={!header}>
        Delete case
      </button>
    </nav>
  );
}
