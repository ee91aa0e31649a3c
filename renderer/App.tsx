// The window: header with the case menu, the case list beside the open case.
import { useEffect } from 'react';
import { exportCaseAsJson, restorePreloadedCase } from './data/case-actions';
import { useCaseList } from './data/hooks';
import { CaseMenu } from './features/app-menu/CaseMenu';
import { CaseList } from './features/case-list/CaseList';
import { CaseView } from './features/case-view/CaseView';
import { NoticeBar } from './features/notice/NoticeBar';
import { platform } from './platform';
import { useUiStore } from './state/ui-store';

function useDefaultSelection() {
  const cases = useCaseList();
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  const selectCase = useUiStore((s) => s.selectCase);
  useEffect(() => {
    if (cases === undefined) return;
    if (selectedCaseId === undefined || !cases.some((c) => c.id === selectedCaseId)) selectCase(cases[0]?.id);
  }, [cases, selectedCaseId, selectCase]);
}

function useMenuCommands() {
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const caseId = useUiStore.getState().selectedCaseId;
        if (command === 'restore-seed-case') void restorePreloadedCase();
        else if (command === 'export-case-json' && caseId) void exportCaseAsJson(caseId);
      }),
    [],
  );
}

export function App() {
  useDefaultSelection();
  useMenuCommands();
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          Case Abstractor
          {platform.kind === 'browser' ? <span className="mode">browser mode</span> : null}
        </div>
        <CaseMenu />
      </header>
      <NoticeBar />
      <div className="app-body">
        <aside className="sidebar">
          <CaseList />
        </aside>
        <main className="content">{selectedCaseId ? <CaseView caseId={selectedCaseId} /> : null}</main>
      </div>
    </div>
  );
}
