// What the source pane's keys and buttons do: open a source, start a row from selected words or
// attach them to a row, show a row's words, jump to the next sentence not abstracted yet.
import type { CaseSource } from '../../../shared/model/evidence';
import { fail, ok, type Result } from '../../../shared/model/result';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { platform } from '../../platform';
import { useUiStore } from '../../state/ui-store';
import { LABS_SECTION_ID, TIMELINE_SECTION_ID } from '../keys/focus-targets';
import { readPastedText, readSourceFile } from '../sources/read-source-file';
import { anchorFromSelection } from '../../../shared/evidence/create-anchor';
import { useEvidenceIndex, type CitingRow } from './evidence-index';
import { usePaneStore, type EvidenceRequest } from './pane-store';
import { repository } from '../../data/repository';

export const SOURCE_PANE_ID = 'source-pane';
export const SOURCE_TEXT_SELECTOR = `#${SOURCE_PANE_ID} .source-text`;

const notify = (text: string, tone: 'info' | 'error' = 'info') => useUiStore.getState().notify({ tone, text });

/** Stores the source, lists it on the case and shows it; a file that cannot be read changes nothing. */
export async function openSource(caseId: string, read: Promise<Result<SourceDocument>>): Promise<boolean> {
  let result: Result<SourceDocument>;
  try {
    result = await read;
  } catch (error) {
    result = fail({ where: 'file', message: error instanceof Error ? error.message : String(error) });
  }
  if (!result.ok) {
    notify(`Source not opened: ${result.problems.map((p) => p.message).join('; ')}`, 'error');
    return false;
  }
  const doc = result.value;
  if (doc.text.trim() === '') {
    notify(`Source not opened: “${doc.name}” holds no text.`, 'error');
    return false;
  }
  await repository.saveSource(doc);
  const listed = await listSourceOnCase(caseId, doc);
  if (!listed.ok) {
    notify(`Source not opened: ${listed.problems.map((p) => p.message).join('; ')}`, 'error');
    return false;
  }
  usePaneStore.getState().update(caseId, { open: true, fingerprint: doc.fingerprint });
  notify(`Opened “${doc.name}” beside the case (${doc.text.length.toLocaleString('en')} characters).`);
  return true;
}

/**
 * Lists the source on the case (one undoable change). A source listed already under its own name
 * is left as it is; one known only from an evidence table gets its real name and kind.
 */
async function listSourceOnCase(caseId: string, doc: SourceDocument): Promise<Result<unknown>> {
  const header = await repository.getCaseHeader(caseId);
  if (!header) return fail({ where: 'case', message: 'the case no longer exists' });
  const listed = header.sources?.find((s) => s.fingerprint === doc.fingerprint);
  if (listed && listed.name === doc.name && listed.kind === doc.kind) return ok(listed);
  const source: CaseSource = {
    fingerprint: doc.fingerprint,
    name: doc.name,
    kind: doc.kind,
    normaliserVersion: doc.normaliserVersion,
  };
  return repository.commitEdit(caseId, { type: 'add-source', source }, `Open source “${doc.name}”`);
}

export const openSourceFile = (caseId: string, file: File) => openSource(caseId, readSourceFile(file, file.name));
export const openPastedText = (caseId: string, text: string) => openSource(caseId, readPastedText(text));

/**
 * The desktop's File → Open source… and the pane's Open file… there: the main process's dialog
 * reads only the file picked and hands its bytes over, which the source worker then reads.
 */
export async function openSourceFromDesktop(caseId: string | undefined): Promise<boolean> {
  if (!caseId) {
    notify('No case is open: choose one in the case list, then open its source.');
    return false;
  }
  const picked = await platform.openSourceFile();
  if (picked.status === 'cancelled') return false;
  if (picked.status === 'refused') {
    notify(`Source not opened: ${picked.message}`, 'error');
    return false;
  }
  return openSource(caseId, readSourceFile(picked.bytes, picked.name));
}

/** Opens the pane and puts the focus in its text (or on its Open button when no source is shown). */
export function focusSourcePane(): boolean {
  const caseId = useUiStore.getState().selectedCaseId;
  if (!caseId) return false;
  usePaneStore.getState().update(caseId, { open: true });
  requestAnimationFrame(() => {
    const pane = document.getElementById(SOURCE_PANE_ID);
    (pane?.querySelector<HTMLElement>('.source-text') ?? pane?.querySelector<HTMLElement>('button'))?.focus();
  });
  return true;
}

/** Folds the pane to its strip; the focus, which was in the pane or on its divider, goes to the strip's button. */
export function foldSourcePane(caseId: string): void {
  const inPane = document.activeElement?.closest(`#${SOURCE_PANE_ID}, .pane-divider`);
  usePaneStore.getState().update(caseId, { open: false });
  if (inPane) requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${SOURCE_PANE_ID} button`)?.focus());
}

export function toggleSourcePane(): boolean {
  const caseId = useUiStore.getState().selectedCaseId;
  if (!caseId) return false;
  if (usePaneStore.getState().cases[caseId]?.open) foldSourcePane(caseId);
  else focusSourcePane();
  return true;
}

/** The selected words as an anchor, or a message saying what to do first. */
export function selectedAnchor(): Pick<EvidenceRequest, 'anchor' | 'words'> | undefined {
  const { source } = useEvidenceIndex.getState();
  const selection = usePaneStore.getState().selection;
  if (!source) {
    notify('No source is open: open the report in the source pane first (Alt+S).');
    return undefined;
  }
  if (!selection || selection.fingerprint !== source.fingerprint || selection.end <= selection.start) {
    notify('Select words in the source first (or find them with Ctrl+F in the pane).');
    return undefined;
  }
  const anchor = anchorFromSelection(source, selection.start, selection.end, { keepQuote: true });
  if (!anchor.ok) {
    notify(`These words cannot be evidence: ${anchor.problems[0]!.message}.`, 'error');
    return undefined;
  }
  return { anchor: anchor.value, words: selection.text };
}

/** Starts a new event or lab from the selected words, with them attached as evidence. */
export function startRowFromSelection(table: 'events' | 'observations'): void {
  const selected = selectedAnchor();
  if (!selected) return;
  const ui = useUiStore.getState();
  if (ui.editing?.table === table) ui.edit(undefined);
  // Used once: the selected-words bar goes, so it never offers words already made into a row.
  usePaneStore.getState().ask({ table, mode: 'new', ...selected });
  usePaneStore.getState().select(undefined);
}

/** The form the focus is in, else the one editing a row. */
function formTable(): 'events' | 'observations' | undefined {
  const active = document.activeElement;
  if (active?.closest(`#${TIMELINE_SECTION_ID} form`)) return 'events';
  if (active?.closest(`#${LABS_SECTION_ID} form`)) return 'observations';
  const editing = useUiStore.getState().editing;
  return editing?.table;
}

/** Adds the selected words to the row in the form (the one with the focus, or the one being edited). */
export function attachSelection(): void {
  const table = formTable();
  if (!table) {
    notify('Open a row to edit (Enter on it in its table), or start one in a form, then attach the words.');
    return;
  }
  const selected = selectedAnchor();
  if (!selected) return;
  usePaneStore.getState().ask({ table, mode: 'attach', ...selected });
  usePaneStore.getState().select(undefined);
}

/** Scrolls the pane to a row's words and highlights them; says so when they cannot be shown. */
export function showRowEvidence(rowId: string, name: string): void {
  const caseId = useUiStore.getState().selectedCaseId;
  const found = useEvidenceIndex.getState().rows[rowId];
  if (!caseId || !found) {
    notify(`“${name}” has no evidence yet: select its words in the source and press Alt+A while editing it.`);
    return;
  }
  const pane = usePaneStore.getState();
  pane.update(caseId, { open: true });
  if (found.state === 'orphaned') {
    notify(`The words “${name}” cites were not found in this source: its evidence is orphaned.`, 'error');
    return;
  }
  if (found.state === 'not-open') {
    notify(`“${name}” cites a source that is not open: open it in the source pane to see the words.`);
    return;
  }
  const first = found.ranges[0];
  if (first) pane.show(first);
}

/** Shows the next sentence with a number or date that no row cites, after the words shown now. */
export function showNextUncited(): void {
  const caseId = useUiStore.getState().selectedCaseId;
  const { uncited, source } = useEvidenceIndex.getState();
  if (!caseId || !source) {
    notify('No source is open: open the report in the source pane first (Alt+S).');
    return;
  }
  if (uncited.length === 0) {
    notify('Every sentence with a number or a date cites to a row.');
    return;
  }
  const pane = usePaneStore.getState();
  const from = pane.shown?.start ?? -1;
  const next = uncited.find((s) => s.start > from) ?? uncited[0];
  pane.update(caseId, { open: true });
  if (next) pane.show(next);
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(SOURCE_TEXT_SELECTOR)?.focus({ preventScroll: true }),
  );
}

/** Goes to a row that cites words: its row in its table, or its form when the table does not show it. */
export function goToRow(row: CitingRow): void {
  if (row.table === 'diagnoses') {
    useUiStore.getState().openDetailsForm('edit');
    return;
  }
  const attribute = row.table === 'events' ? 'data-event-id' : 'data-observation-id';
  const cell = document.querySelector<HTMLElement>(`tr[${attribute}="${CSS.escape(row.id)}"] td`);
  if (cell) {
    if (!cell.hasAttribute('tabindex')) cell.tabIndex = -1;
    cell.scrollIntoView({ block: 'center' });
    cell.focus();
    return;
  }
  useUiStore.getState().edit({ table: row.table, id: row.id });
}
