// Who is abstracting: the name field's state (the prompt under the header, the settings under the
// header's button) and the row history being shown. The name itself is stored by the repository.
import { create } from 'zustand';
import type { HistoryTable } from '../../data/case-repository';
import { repository } from '../../data/repository';
import { useUiStore } from '../../state/ui-store';

export const PROMPT_FIELD_ID = 'abstractor-prompt-name';
export const SETTINGS_FIELD_ID = 'abstractor-settings-name';
export const SETTINGS_BUTTON_ID = 'abstractor-settings-button';

/** The row a history is shown for, and its name as its table shows it. */
export interface HistoryRow {
  caseId: string;
  table: HistoryTable;
  rowId: string;
  name: string;
}

interface WhoState {
  /** Set at the first edit of this start (a form's first keystroke, or a save): the prompt may show. */
  editStarted: boolean;
  /** "Not now": the prompt stays away until the next start; the header's button still offers the field. */
  promptDismissed: boolean;
  settingsOpen: boolean;
  history: HistoryRow | undefined;
  /** Where the focus was when Alt+B took it to the name field, so that saving gives it back. */
  returnFocus: HTMLElement | undefined;
}

export const useWhoStore = create<WhoState>(() => ({
  editStarted: false,
  promptDismissed: false,
  settingsOpen: false,
  history: undefined,
  returnFocus: undefined,
}));

// A draft being written or a row being saved is the first edit: both pass through "saving".
useUiStore.subscribe((state, previous) => {
  if (
    state.saveStatus.state === 'saving' &&
    previous.saveStatus.state !== 'saving' &&
    !useWhoStore.getState().editStarted
  )
    useWhoStore.setState({ editStarted: true });
});

const focusable = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el !== document.body;

/**
 * Alt+B: to the prompt's field when the prompt shows, else to the settings' field (opening it).
 * Remembers where the focus was, so that Enter on the name goes back there.
 */
export function focusAbstractorName(): void {
  const active = document.activeElement;
  const inNameField = active?.id === PROMPT_FIELD_ID || active?.id === SETTINGS_FIELD_ID;
  if (!inNameField) useWhoStore.setState({ returnFocus: focusable(active) ? active : undefined });
  const prompt = document.getElementById(PROMPT_FIELD_ID);
  if (prompt) {
    prompt.focus();
    return;
  }
  // The settings' field takes the focus when it is drawn; if it is open already, now.
  const settings = document.getElementById(SETTINGS_FIELD_ID);
  if (settings) settings.focus();
  else useWhoStore.setState({ settingsOpen: true });
}

/** Gives the focus back to where Alt+B took it from, or to the header's button. */
export function returnFocusFromName(): void {
  const back = useWhoStore.getState().returnFocus;
  useWhoStore.setState({ returnFocus: undefined });
  if (back?.isConnected) back.focus();
  else document.getElementById(SETTINGS_BUTTON_ID)?.focus();
}

/** Keeps the name; returns the problem's message, or undefined once kept. */
export async function saveAbstractorName(typed: string): Promise<string | undefined> {
  const saved = await repository.setAbstractor(typed);
  if (!saved.ok) return saved.problems[0]?.message ?? 'the name could not be kept';
  useWhoStore.setState({ settingsOpen: false });
  useUiStore.getState().notify({
    tone: 'info',
    text: `Rows you save from now on are signed “${saved.value}”.`,
  });
  return undefined;
}

export const showRowHistory = (row: HistoryRow) => useWhoStore.setState({ history: row });
export const closeRowHistory = () => useWhoStore.setState({ history: undefined });

// A hook for the end-to-end tests: the name without typing it (the prompt is tested on its own).
declare global {
  interface Window {
    __caseAbstractorTest?: { setAbstractor?: (name: string) => Promise<unknown> } & Record<string, unknown>;
  }
}
if (typeof window !== 'undefined') {
  window.__caseAbstractorTest = {
    ...window.__caseAbstractorTest,
    setAbstractor: (name: string) => repository.setAbstractor(name),
  };
}
