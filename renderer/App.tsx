// The window: header with the case menu, the case list beside the open case.
import { lazy, Suspense, useEffect } from 'react';
import { exportAllCasesAsJson, exportCaseAsJson, restorePreloadedCase } from './data/case-actions';
import { exportCaseAsCsv, startImport } from './data/import-export-actions';
import { useCaseList } from './data/hooks';
import { repository } from './data/repository';
import { CaseMenu } from './features/app-menu/CaseMenu';
import { ExportReminder } from './features/backups/ExportReminder';
import { RestoreBackupPanel } from './features/backups/RestoreBackupPanel';
import { useBackups } from './features/backups/use-backups';
import { CaseDetailsForm } from './features/case-details/CaseDetailsForm';
import { CaseList } from './features/case-list/CaseList';
import { CaseView } from './features/case-view/CaseView';
import { closeCompareUnlessFor, openCompareChooser, useCompareStore } from './features/compare/compare-store';
import { showCourseOverview } from './features/course/show-course-overview';
import { NoticeBar } from './features/notice/NoticeBar';
import { ImportPanel } from './features/import-export/ImportPanel';
import { SaveStatusLine } from './features/history/SaveStatusLine';
import { UndoButtons } from './features/history/UndoButtons';
import { KeyHelp } from './features/keys/KeyHelp';
import { SkipLinks } from './features/keys/SkipLinks';
import { useAppKeys } from './features/keys/use-app-keys';
import { openSourceFromDesktop } from './features/source-pane/pane-actions';
import { SourcePane } from './features/source-pane/SourcePane';
import { useCasePane, usePaneStore } from './features/source-pane/pane-store';
import { AbstractorPrompt } from './features/who/AbstractorPrompt';
import { AbstractorSettings } from './features/who/AbstractorSettings';
import { RowHistory } from './features/who/RowHistory';
import { useWhoKeys } from './features/who/use-who-keys';
import { platform } from './platform';
import { useUiStore } from './state/ui-store';

// Compare and reconcile (issue #15): the view and the compare engine load when a compare opens.
const CompareView = lazy(() => import('./features/compare/CompareView'));

function useDefaultSelection() {
  const cases = useCaseList();
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  const selectCase = useUiStore((s) => s.selectCase);
  useEffect(() => {
    if (cases === undefined) return;
    if (selectedCaseId === undefined) {
      if (cases[0]) selectCase(cases[0].id);
      return;
    }
    if (cases.some((c) => c.id === selectedCaseId)) return;
    // The list may lag behind a case created a moment ago: ask the repository before moving away.
    let live = true;
    void repository.getCaseHeader(selectedCaseId).then((header) => {
      if (live && !header) selectCase(cases[0]?.id);
    });
    return () => {
      live = false;
    };
  }, [cases, selectedCaseId, selectCase]);
}

/** The desktop menu's exports stay enabled (the menu does not know the open case): say why nothing happens. */
const noCaseToExport = () =>
  useUiStore.getState().notify({ tone: 'info', text: 'No case is open: choose one in the case list to export it.' });

function useMenuCommands() {
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const caseId = useUiStore.getState().selectedCaseId;
        switch (command) {
          case 'import-file':
            void startImport();
            break;
          case 'export-case-json':
            if (caseId) void exportCaseAsJson(caseId);
            else noCaseToExport();
            break;
          case 'export-case-csv':
            if (caseId) void exportCaseAsCsv(caseId);
            else noCaseToExport();
            break;
          case 'export-all-json':
            void exportAllCasesAsJson();
            break;
          case 'restore-seed-case':
            void restorePreloadedCase();
            break;
          case 'show-course-overview':
            showCourseOverview();
            break;
          case 'open-source':
            void openSourceFromDesktop(caseId);
            break;
          case 'compare-case':
            openCompareChooser();
        }
      }),
    [],
  );
}

export function App() {
  useDefaultSelection();
  useMenuCommands();
  useBackups();
  useAppKeys();
  useWhoKeys();
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  const detailsForm = useUiStore((s) => s.detailsForm);
  const paneShown = selectedCaseId !== undefined && detailsForm !== 'new';
  const paneOpen = useCasePane(selectedCaseId).open && paneShown;
  const caseListShown = usePaneStore((s) => s.caseListShown);
  const comparing = useCompareStore((s) => s.session.phase !== 'idle');
  const showCaseList = usePaneStore((s) => s.showCaseList);
  // The case list folds away beside an open source pane (the tables keep their width); choosing a
  // case folds it again.
  const listFolded = paneOpen && !caseListShown;
  useEffect(() => showCaseList(false), [selectedCaseId, showCaseList]);
  useEffect(() => closeCompareUnlessFor(selectedCaseId), [selectedCaseId]);
  return (
    <div className="app">
      <SkipLinks />
      <KeyHelp />
      <RowHistory />
      <header className="app-header">
        <div className="brand">
          Case Abstractor
          {platform.kind === 'browser' ? <span className="mode">browser mode</span> : null}
        </div>
        <div className="header-tools">
          <SaveStatusLine />
          <UndoButtons />
          <AbstractorSettings />
          <CaseMenu />
        </div>
      </header>
      <NoticeBar />
      <AbstractorPrompt />
      <ExportReminder />
      <RestoreBackupPanel />
      <ImportPanel />
      <div className={`app-body${paneOpen ? ' with-source' : ''}`}>
        <aside className={`sidebar${listFolded ? ' sidebar-folded' : ''}`}>
          {listFolded ? (
            <button
              type="button"
              className="sidebar-unfold"
              aria-expanded="false"
              aria-controls="case-list"
              onClick={() => showCaseList(true)}
            >
              Cases
            </button>
          ) : null}
          <div hidden={listFolded}>
            <CaseList />
          </div>
        </aside>
        <main className="content">
          {comparing ? (
            <Suspense fallback={<p className="muted">Opening the compare…</p>}>
              <CompareView />
            </Suspense>
          ) : detailsForm === 'new' ? (
            <CaseDetailsForm header={undefined} />
          ) : selectedCaseId ? (
            <CaseView caseId={selectedCaseId} />
          ) : null}
        </main>
        {paneShown ? <SourcePane caseId={selectedCaseId} /> : null}
      </div>
    </div>
  );
}
