// Which platform's keys the window shows and answers: Cmd on macOS where others use Ctrl.
import { keyHint, type KeyCommandId } from '../../../shared/keymap/keymap';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+Shift+O" here, "⇧⌘O" on a Mac: for titles and buttons. */
export const hintFor = (id: KeyCommandId) => keyHint(id, IS_MAC);
