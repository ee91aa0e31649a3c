// What the clinician does in a compare: choose the other abstraction (a case here, or a case file
// read but never stored), compare off the window's thread, decide, export the agreement, and write
// the reconciled case as a new case in one undoable change. Components call these.
import type { ComparedRow, Decision } from '../../../shared/compare/compare-types';
import { agreementCsv } from '../../../shared/compare/agreement-csv';
import { undecidedCount } from '../../../shared/compare/decisions';
import { reconcileCases } from '../../../shared/compare/reconcile';
import { readAbstractorName } from '../../../shared/editing/row-stamps';
import { validateCase } from '../../../shared/model/validate';
import type { Case } from '../../../shared/model/case';
import type { Problem } from '../../../shared/model/result';
import { repository } from '../../data/repository';
import { platform } from '../../platform';
import { useUiStore } from '../../state/ui-store';
import type { CompareFileReply } from './compare-file.worker';
import { requestComparison } from './compare-client';
import { nextUndecided } from './compare-items';
import {
  COMPARE_CHOOSER_ID,
  COMPARE_LIST_ID,
  COMPARE_RECONCILER_ID,
  focusSoon,
  COMPARE_WRITE_ID,
  useCompareStore,
  type CompareReady,
  type RightFrom,
} from './compare-store';

const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify({ tone, text });
const store = useCompareStore.getState;

export function closeCompare(): void {
  store().set({ phase: 'idle' });
}

/**
 * Whether a compare of `leftId` is still on screen. One closed, or left behind for another case,
 * while its file was read or its rows paired must not come back when that work ends.
 */
function stillOpenFor(leftId: string): boolean {
  const session = store().session;
  if (session.phase === 'idle') return false;
  return (session.phase === 'ready' ? session.left.id : session.leftId) === leftId;
}

export async function compareWithCase(leftId: string, rightId: string): Promise<void> {
  const [left, right] = await Promise.all([repository.getCase(leftId), repository.getCase(rightId)]);
  if (!stillOpenFor(leftId)) return;
  if (!left || !right) {
    store().set({
      phase: 'problems',
      leftId,
      what: 'the compare',
      problems: [{ where: left ? 'other case' : 'open case', message: 'the case no longer exists' }],
    });
    return;
  }
  await startCompare(left, right, { kind: 'case' });
}

/**
 * A case file exported by another copy of the app (or a backup): read with the import's decoding
 * and checks in a worker, and compared; it is never stored. A file of several cases asks which one.
 */
export async function compareWithFile(leftId: string): Promise<void> {
  const opened = await platform.openTextFile({
    filters: [{ name: 'Case abstraction (JSON, or a backup .json.gz)', extensions: ['json', 'gz'] }],
  });
  if (opened.status === 'cancelled' || !stillOpenFor(leftId)) return;
  if (opened.status === 'failed') {
    store().set({
      phase: 'problems',
      leftId,
      what: 'the file',
      problems: [{ where: 'file', message: opened.message }],
    });
    return;
  }
  const { fileName } = opened;
  store().set({ phase: 'reading', leftId, what: fileName });
  const read = await readInWorker(fileName, opened.bytes);
  if (!stillOpenFor(leftId)) return;
  if (!read.ok) {
    store().set({ phase: 'problems', leftId, what: fileName, problems: read.problems });
    return;
  }
  const [only] = read.value;
  if (read.value.length === 1 && only) {
    await compareWithFileCase(leftId, fileName, only);
    return;
  }
  store().set({ phase: 'choosing', leftId, fileCases: { fileName, cases: read.value } });
  focusSoon(COMPARE_CHOOSER_ID);
}

export async function compareWithFileCase(leftId: string, fileName: string, right: Case): Promise<void> {
  const left = await repository.getCase(leftId);
  if (!stillOpenFor(leftId)) return;
  if (!left) {
    store().set({
      phase: 'problems',
      leftId,
      what: fileName,
      problems: [{ where: 'open case', message: 'the case no longer exists' }],
    });
    return;
  }
  await startCompare(left, right, { kind: 'file', fileName });
}

function readInWorker(fileName: string, bytes: Uint8Array | Blob): Promise<CompareFileReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./compare-file.worker.ts', import.meta.url), { type: 'module' });
    const done = (reply: CompareFileReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event: MessageEvent<CompareFileReply>) => done(event.data);
    worker.onerror = (event) =>
      done({ ok: false, problems: [{ where: fileName, message: `the file could not be read: ${event.message}` }] });
    worker.postMessage({ fileName, bytes }, bytes instanceof Uint8Array ? [bytes.buffer] : []);
  });
}

async function startCompare(left: Case, right: Case, rightFrom: RightFrom): Promise<void> {
  const what = rightFrom.kind === 'file' ? rightFrom.fileName : `“${right.title}”`;
  store().set({ phase: 'reading', leftId: left.id, what });
  // Who reconciles: the abstractor's name the app keeps, when it has one; the view asks otherwise.
  const [compared, reconciler] = await Promise.all([requestComparison(left, right), repository.getAbstractor()]);
  const current = useCompareStore.getState().session;
  // Closed, or another compare started, while this one was paired: its answer means nothing.
  if (current.phase !== 'reading' || current.leftId !== left.id || current.what !== what) return;
  if (!compared.ok) {
    store().set({ phase: 'problems', leftId: left.id, what, problems: compared.problems });
    return;
  }
  const comparison = compared.value;
  store().set({
    phase: 'ready',
    left,
    right,
    rightFrom,
    comparison,
    decisions: {},
    currentKey: nextUndecided(comparison.items, {}, undefined) ?? comparison.items[0]?.key,
    showAll: false,
    editing: undefined,
    problem: undefined,
    writing: false,
    reconciler: reconciler ?? '',
  });
  focusSoon(COMPARE_LIST_ID);
}

/** L, R or a kept edit: records the decision on the item; the focus stays on it until Enter. */
export function decide(key: string, decision: Decision): void {
  store().decide(key, decision);
}

export function keepEdited(key: string, row: ComparedRow): void {
  store().decide(key, { choice: 'edited', row });
  store().update({ editing: undefined });
  focusSoon(COMPARE_LIST_ID);
}

/** Enter: the next item left to decide, or, when none is left, the button that writes the case. */
export function confirmAndGoOn(session: CompareReady, shown: CompareReady['comparison']['items']): void {
  const next = nextUndecided(shown, session.decisions, session.currentKey);
  if (next !== undefined) {
    store().update({ currentKey: next });
    document.getElementById(`compare-option-${next}`)?.scrollIntoView({ block: 'nearest' });
    return;
  }
  // Items hidden by the filter cannot be left to decide: only agreeing ones are.
  document.getElementById(COMPARE_WRITE_ID)?.focus();
}

export const abstractorsOf = (c: Case): string[] => c.abstractors ?? [];

/** How the agreement CSV and the messages name a side: its abstractors, else its title. */
export const sideName = (c: Case, fallback: string): string => abstractorsOf(c).join(' and ') || fallback;

export async function exportAgreementCsv(session: CompareReady): Promise<void> {
  const content = agreementCsv(
    session.comparison,
    session.decisions,
    sideName(session.left, 'left'),
    sideName(session.right, 'right'),
  );
  const result = await platform.saveTextFile({
    suggestedName: `${session.left.id}-agreement.csv`,
    content,
    filters: [{ name: 'Agreement table (CSV)', extensions: ['csv'] }],
  });
  if (result.status === 'saved') notify('info', `Exported the agreement table to ${result.fileName}.`);
  else if (result.status === 'failed') notify('error', `Export failed: ${result.message}`);
}

/**
 * Writes the reconciled case, new and whole (both originals stay as they are), through the
 * repository's import path: one undoable change. Refused, with the first item left to decide named,
 * while anything is undecided.
 */
export async function writeReconciled(session: CompareReady): Promise<void> {
  if (session.writing) return;
  const left = undecidedCount(session.comparison, session.decisions);
  if (left > 0) {
    store().update({
      problem: {
        key: 'write',
        problems: [{ where: 'compare', message: `${left} item${left === 1 ? ' is' : 's are'} left to decide` }],
      },
    });
    return;
  }
  const name = readAbstractorName(session.reconciler);
  if (session.reconciler.trim() === '' || !name.ok) {
    const message = name.ok ? 'give your name or initials first' : (name.problems[0]?.message ?? 'not a name');
    store().update({ problem: { key: 'write', problems: [{ where: 'reconciled by', message }] } });
    focusSoon(COMPARE_RECONCILER_ID);
    return;
  }
  const by = name.value;
  store().update({ writing: true, problem: undefined });
  const reconciled = reconcileCases({
    left: session.left,
    right: session.right,
    comparison: session.comparison,
    decisions: session.decisions,
    by,
    now: new Date().toISOString(),
    newCaseId: crypto.randomUUID(),
  });
  const refuse = (problems: Problem[]) => store().update({ writing: false, problem: { key: 'write', problems } });
  if (!reconciled.ok) {
    refuse(reconciled.problems);
    return;
  }
  // The engine builds it; the repository's import path writes what it is given, so check here.
  const valid = validateCase(reconciled.value);
  if (!valid.ok) {
    refuse(valid.problems);
    return;
  }
  const c = valid.value;
  // Planned as absent: were a case of this id to appear meanwhile, nothing would be overwritten.
  const written = await repository.importCases([c], `Reconcile “${c.title}”`, new Map([[c.id, undefined]]), by);
  if (!written.ok) {
    refuse(written.problems);
    return;
  }
  // The app asks for the abstractor's name at the first edit: a reconciler who typed it here has given it.
  if ((await repository.getAbstractor()) === undefined) await repository.setAbstractor(by);
  store().set({ phase: 'idle' });
  useUiStore.getState().selectCase(c.id);
  notify(
    'info',
    `Wrote “${c.title}” as a new case; “${session.left.title}” and “${session.right.title}” are kept as they were. Undo with Ctrl+Z.`,
  );
}
