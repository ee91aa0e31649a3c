// The window's one key handler: the keymap's commands that work anywhere or outside text fields.
// Forms and tables answer their own keys (use-entry-form, use-grid-keys); the desktop menu its own.
import { useEffect } from 'react';
import { KEYMAP, matchesChord, parseChord, type KeyCommandId } from '../../../shared/keymap/keymap';
import { redo, undo } from '../../data/edit-actions';
import { useUiStore } from '../../state/ui-store';
import { showCourseOverview } from '../course/show-course-overview';
import {
  attachSelection,
  focusSourcePane,
  showNextUncited,
  startRowFromSelection,
  toggleSourcePane,
} from '../source-pane/pane-actions';
import { focusReviewQueue } from '../suggestion-queue/queue-store';
import { focusCaseList, focusEntryForm, focusTable, LABS_SECTION_ID, TIMELINE_SECTION_ID } from './focus-targets';
import { IS_MAC } from './platform-keys';

/** Where a plain character would be typed: those keys belong to the field. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/** Undo inside a text field that has text undoes the typing, as in any text field. */
function typingWithText(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && target.type === 'text' && target.value !== '') ||
    target instanceof HTMLTextAreaElement
  );
}

const noCaseOpen = () =>
  useUiStore.getState().notify({ tone: 'info', text: 'No case is open: choose one in the case list (Alt+K).' });

/** Each returns false when the key should do what it would have done without the app. */
type Handler = (e: KeyboardEvent) => boolean | void;

const HANDLERS: Partial<Record<KeyCommandId, Handler>> = {
  'show-key-help': () => useUiStore.getState().toggleKeyHelp(),
  'focus-event-form': () => (focusEntryForm(TIMELINE_SECTION_ID) ? undefined : noCaseOpen()),
  'focus-timeline-table': () => (focusTable(TIMELINE_SECTION_ID) ? undefined : noCaseOpen()),
  'focus-lab-form': () => (focusEntryForm(LABS_SECTION_ID) ? undefined : noCaseOpen()),
  'focus-labs-table': () => (focusTable(LABS_SECTION_ID) ? undefined : noCaseOpen()),
  'focus-case-list': () => void focusCaseList(),
  // The keys mean the overview in this app, case open or not: in browser mode they would
  // otherwise open the browser's bookmarks.
  'show-course-overview': () => void showCourseOverview(),
  'focus-source-pane': () => (focusSourcePane() ? undefined : noCaseOpen()),
  'toggle-source-pane': () => (toggleSourcePane() ? undefined : noCaseOpen()),
  'new-event-from-selection': () => startRowFromSelection('events'),
  'new-lab-from-selection': () => startRowFromSelection('observations'),
  'attach-selection': () => attachSelection(),
  'next-uncited-sentence': () => showNextUncited(),
  'focus-review-queue': () => (focusReviewQueue() ? undefined : noCaseOpen()),
  undo: (e) => (typingWithText(e.target) ? false : void undo()),
  redo: (e) => (typingWithText(e.target) ? false : void redo()),
};

const BINDINGS = KEYMAP.flatMap((command) => {
  const handler = HANDLERS[command.id];
  if (!handler || (command.where !== 'anywhere' && command.where !== 'outside-text')) return [];
  return command.keys.map((key) => ({ chord: parseChord(key), where: command.where, handler }));
});

export function useAppKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      for (const binding of BINDINGS) {
        if (binding.where === 'outside-text' && isTypingTarget(e.target)) continue;
        if (!matchesChord(binding.chord, e, IS_MAC)) continue;
        if (binding.handler(e) !== false) e.preventDefault();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
