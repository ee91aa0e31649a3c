// The case menu in the window: the same commands as the desktop application menu, and more.
import {
  deleteCase,
  duplicateCase,
  exportAllCasesAsJson,
  exportCaseAsJson,
  restorePreloadedCase,
} from '../../data/case-actions';
import { useCaseHeader } from '../../data/hooks';
import { exportCaseAsCsv, startImport } from '../../data/import-export-actions';
import { useUiStore } from '../../state/ui-store';
import { openCompareChooser } from '../compare/compare-store';
import { useExportOptions } from './export-options-store';

export function CaseMenu() {
  const caseId = useUiStore((s) => s.selectedCaseId);
  const openDetailsForm = useUiStore((s) => s.openDetailsForm);
  const header = useCaseHeader(caseId);
  const { withoutQuotes, withSourceText, set } = useExportOptions();
  return (
    <nav className="case-menu" aria-label="Case menu">
      <button type="button" onClick={() => openDetailsForm('new')}>
        New case
      </button>
      <button type="button" onClick={() => openDetailsForm('edit')} disabled={!header}>
        Edit details
      </button>
      <button type="button" onClick={() => caseId && void duplicateCase(caseId)} disabled={!header}>
        Duplicate case
      </button>
      <button
        type="button"
        onClick={openCompareChooser}
        disabled={!header}
        title="Compare the open case with another abstraction of the same report, and reconcile the two"
      >
        Compare with…
      </button>
      <button type="button" onClick={() => caseId && void exportCaseAsJson(caseId)} disabled={!header}>
        Export case as JSON
      </button>
      <button type="button" onClick={() => void exportAllCasesAsJson()}>
        Export all as JSON
      </button>
      <button type="button" onClick={() => caseId && void exportCaseAsCsv(caseId)} disabled={!header}>
        Export CSV
      </button>
      <fieldset className="export-options">
        <legend className="visually-hidden">Export options</legend>
        <label title="Evidence keeps its positions and source fingerprints only, so the abstraction can be shared without the publisher's words">
          <input type="checkbox" checked={withoutQuotes} onChange={(e) => set({ withoutQuotes: e.target.checked })} />{' '}
          Leave out quotes
        </label>
        <label title="JSON exports carry the text of each source opened here">
          <input type="checkbox" checked={withSourceText} onChange={(e) => set({ withSourceText: e.target.checked })} />{' '}
          Include source text
        </label>
      </fieldset>
      <button type="button" onClick={() => void startImport()}>
        Import…
      </button>
      <button
        type="button"
        onClick={() => void startImport({ tables: true })}
        title="The events, labs and evidence CSV files of a case, chosen together and previewed as one import"
      >
        Import CSV tables…
      </button>
      <button type="button" onClick={() => void restorePreloadedCase()}>
        Restore preloaded case
      </button>
      {/* No confirmation: a delete is undone with Ctrl+Z like any other change. */}
      <button
        type="button"
        className="danger"
        onClick={() => header && void deleteCase(header.id, header.title)}
        disabled={!header}
      >
        Delete case
      </button>
    </nav>
  );
}
