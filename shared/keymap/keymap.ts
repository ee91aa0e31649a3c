// The app's one keymap: every keyboard command, its keys, where it applies and its help text. The
// window's key handler, the help list (F1) and the desktop menu's accelerators all read it.

/**
 * Where a key works. `anywhere` includes text fields, so its keys carry a modifier that types
 * nothing; `outside-text` keys are plain characters, live only where typing is not going on;
 * `form` and `table` keys act inside an entry form or a table; `desktop-menu` keys belong to the
 * desktop app's menu (the menu answers them, everywhere in the window); `source-pane` keys act while
 * the focus is in the source pane (its text, its divider, its find box); `review-queue` keys act
 * while the focus is in the list of suggested facts; `compare` keys while the focus is in the list
 * of compared items of the compare view.
 */
export type KeyContext =
  | 'anywhere'
  | 'outside-text'
  | 'form'
  | 'table'
  | 'source-pane'
  | 'review-queue'
  | 'desktop-menu'
  // Compare and reconcile (issue #15): the list of compared items has the focus.
  | 'compare';

export type KeyCommandId =
  | 'show-key-help'
  | 'focus-event-form'
  | 'focus-timeline-table'
  | 'focus-lab-form'
  | 'focus-labs-table'
  | 'focus-case-list'
  | 'show-course-overview'
  | 'undo'
  | 'redo'
  | 'import-file'
  | 'open-source'
  | 'export-case-json'
  | 'save-row'
  | 'cancel-row'
  | 'table-move-cell'
  | 'table-row-start-end'
  | 'table-first-last-row'
  | 'table-page'
  | 'table-edit-row'
  | 'focus-source-pane'
  | 'toggle-source-pane'
  | 'new-event-from-selection'
  | 'new-lab-from-selection'
  | 'attach-selection'
  | 'next-uncited-sentence'
  | 'show-row-evidence'
  | 'find-in-source'
  | 'find-next'
  | 'find-close'
  | 'resize-source-pane'
  | 'focus-review-queue'
  | 'queue-next'
  | 'queue-previous'
  | 'queue-accept'
  | 'queue-accept-sentence'
  | 'queue-edit'
  | 'queue-dismiss'
  | 'queue-attach-existing'
  | 'queue-accept-with-note'
  | 'queue-show-dismissed'
  // Who made each row (issue 15, "Who"):
  | 'focus-abstractor-name'
  | 'show-row-history'
  // Compare and reconcile (issue #15)
  | 'compare-next'
  | 'compare-previous'
  | 'compare-take-left'
  | 'compare-take-right'
  | 'compare-edit'
  | 'compare-confirm'
  | 'compare-show-all';

export interface KeyCommand {
  id: KeyCommandId;
  /**
   * Each a chord written `Mod+Shift+O`: modifiers first (`Mod` is Ctrl, or Cmd on macOS; `Ctrl`,
   * `Alt`, `Shift`), then one key: a letter, a digit, `F1`…`F12`, a named key (`Enter`, `Escape`,
   * `ArrowUp`, `Home`, `PageDown`…) or one printable character (`?`).
   */
  keys: readonly string[];
  where: KeyContext;
  /** The help list's text: what the command does, in the clinician's words. */
  help: string;
}

/** The help list's sections, in the order it shows them. */
export const KEY_CONTEXT_TITLES: Record<KeyContext, string> = {
  anywhere: 'Anywhere, also while typing',
  'outside-text': 'Outside text fields',
  form: 'In an entry form',
  table: 'In a table (one Tab stop; arrow keys move between cells)',
  'source-pane': 'In the source pane',
  'review-queue': 'In the suggested facts (review queue)',
  'desktop-menu': 'Desktop app menu',
  // Compare and reconcile (issue #15)
  compare: 'In the compare view (the list of compared items)',
};

// Letters chosen to stay clear of what the browser and the desktop menu keep: Alt+F and Alt+E
// open Chromium's menu, Alt+D its address bar; the desktop menu's mnemonics are F, C, E, V and H;
// Option+M types µ on a Mac, which unit fields need. T for timeline, L for labs, K for case;
// S for source, N for new row from the selected words, A to attach them, U for the next sentence
// not abstracted yet, W for a row's words; Q for the queue of suggested facts, whose own keys are
// plain letters (E edit, A attach, D dismissed) and the list keys J/K beside the arrows.
export const KEYMAP: readonly KeyCommand[] = [
  { id: 'show-key-help', keys: ['F1'], where: 'anywhere', help: 'Show or hide this list of keys' },
  { id: 'show-key-help', keys: ['?'], where: 'outside-text', help: 'Show or hide this list of keys' },
  { id: 'focus-event-form', keys: ['Alt+T'], where: 'anywhere', help: 'Go to the event form (timeline)' },
  { id: 'focus-timeline-table', keys: ['Alt+Shift+T'], where: 'anywhere', help: 'Go to the timeline table' },
  { id: 'focus-lab-form', keys: ['Alt+L'], where: 'anywhere', help: 'Go to the lab form (analyte field)' },
  { id: 'focus-labs-table', keys: ['Alt+Shift+L'], where: 'anywhere', help: 'Go to the labs table' },
  { id: 'focus-case-list', keys: ['Alt+K'], where: 'anywhere', help: 'Go to the case list' },
  {
    id: 'show-course-overview',
    keys: ['Mod+Shift+O'],
    where: 'anywhere',
    help: 'Show the course overview, focus on its heading',
  },
  {
    id: 'undo',
    keys: ['Mod+Z'],
    where: 'anywhere',
    help: 'Undo the last change to the case (in a text field with text: undo the typing)',
  },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], where: 'anywhere', help: 'Redo the change last undone' },
  { id: 'import-file', keys: ['Mod+O'], where: 'desktop-menu', help: 'Import a JSON or CSV file (File menu)' },
  // S for source; Mod+Shift+O is the overview's.
  {
    id: 'open-source',
    keys: ['Mod+Shift+S'],
    where: 'desktop-menu',
    help: 'Open the case report (text, Markdown, PDF, JATS XML, HTML) beside the case (File menu)',
  },
  {
    id: 'export-case-json',
    keys: ['Mod+Shift+E'],
    where: 'desktop-menu',
    help: 'Export the open case as JSON (File menu)',
  },
  { id: 'save-row', keys: ['Enter'], where: 'form', help: 'Save the row and open the next blank one' },
  { id: 'cancel-row', keys: ['Escape'], where: 'form', help: 'Cancel: clear the form, or stop editing the row' },
  {
    id: 'table-move-cell',
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
    where: 'table',
    help: 'Move to the next cell',
  },
  { id: 'table-row-start-end', keys: ['Home', 'End'], where: 'table', help: 'First or last cell of the row' },
  { id: 'table-first-last-row', keys: ['Mod+Home', 'Mod+End'], where: 'table', help: 'First or last row' },
  { id: 'table-page', keys: ['PageUp', 'PageDown'], where: 'table', help: 'Ten rows up or down' },
  {
    id: 'table-edit-row',
    keys: ['Enter'],
    where: 'table',
    help: 'Open the row in its form to edit it (on Edit or Delete: that button)',
  },
  { id: 'focus-source-pane', keys: ['Alt+S'], where: 'anywhere', help: 'Go to the source pane’s text (opens it)' },
  { id: 'toggle-source-pane', keys: ['Alt+Shift+S'], where: 'anywhere', help: 'Show or fold away the source pane' },
  {
    id: 'new-event-from-selection',
    keys: ['Alt+N'],
    where: 'anywhere',
    help: 'New event from the words selected in the source, attached as its evidence',
  },
  {
    id: 'new-lab-from-selection',
    keys: ['Alt+Shift+N'],
    where: 'anywhere',
    help: 'New lab from the words selected in the source, attached as its evidence',
  },
  {
    id: 'attach-selection',
    keys: ['Alt+A'],
    where: 'anywhere',
    help: 'Attach the words selected in the source to the row in the form',
  },
  {
    id: 'next-uncited-sentence',
    keys: ['Alt+U'],
    where: 'anywhere',
    help: 'Show the next sentence with a number or date that no row cites yet',
  },
  {
    id: 'show-row-evidence',
    keys: ['Alt+W'],
    where: 'table',
    help: 'Show the row’s words in the source pane',
  },
  { id: 'find-in-source', keys: ['Mod+F'], where: 'source-pane', help: 'Find words in the source' },
  {
    id: 'find-next',
    keys: ['Enter', 'Shift+Enter'],
    where: 'source-pane',
    help: 'In the find box: next or previous place found',
  },
  {
    id: 'find-close',
    keys: ['Escape'],
    where: 'source-pane',
    help: 'In the find box: close it, keeping the found words selected',
  },
  {
    id: 'resize-source-pane',
    keys: ['ArrowLeft', 'ArrowRight'],
    where: 'source-pane',
    help: 'On the divider: make the pane wider or narrower (Enter folds it away)',
  },
  {
    id: 'focus-review-queue',
    keys: ['Alt+Q'],
    where: 'anywhere',
    help: 'Go to the suggested facts read from the open source (the review queue)',
  },
  { id: 'queue-next', keys: ['ArrowDown', 'J'], where: 'review-queue', help: 'Next suggestion' },
  { id: 'queue-previous', keys: ['ArrowUp', 'K'], where: 'review-queue', help: 'Previous suggestion' },
  {
    id: 'queue-accept',
    keys: ['Enter'],
    where: 'review-queue',
    help: 'Accept the suggestion: add its row to the case, with its words as evidence',
  },
  {
    id: 'queue-accept-sentence',
    keys: ['Shift+Enter'],
    where: 'review-queue',
    help: 'Accept every suggestion of the sentence',
  },
  {
    id: 'queue-edit',
    keys: ['E'],
    where: 'review-queue',
    help: 'Edit the suggestion in the event or lab form before adding it',
  },
  {
    id: 'queue-dismiss',
    keys: ['Delete', 'Backspace'],
    where: 'review-queue',
    help: 'Dismiss the suggestion (it does not come back); on a dismissed one: show it again',
  },
  {
    id: 'queue-attach-existing',
    keys: ['A'],
    where: 'review-queue',
    help: 'Attach the suggestion’s words to the row the case already has for it',
  },
  {
    id: 'queue-accept-with-note',
    keys: ['N'],
    where: 'review-queue',
    help: 'Add the suggestion with a note: type it, then Enter (Escape: back to the list)',
  },
  {
    id: 'queue-show-dismissed',
    keys: ['D'],
    where: 'review-queue',
    help: 'Show or hide the dismissed suggestions',
  },
  // Who made each row (issue 15): B for "by whom", I for a row's information.
  {
    id: 'focus-abstractor-name',
    keys: ['Alt+B'],
    where: 'anywhere',
    help: 'Give or change the abstractor’s name or initials, which signs every row saved from then on',
  },
  {
    id: 'show-row-history',
    keys: ['Alt+I'],
    where: 'table',
    help: 'Show who made and last changed the row, and when, with its changes in the change log',
  },
  // Compare and reconcile (issue #15): plain letters, live only in the list of compared items. L and
  // R for the side taken, E edit as in the review queue; A shows all items, agreeing ones too.
  { id: 'compare-next', keys: ['ArrowDown', 'J'], where: 'compare', help: 'Next compared item' },
  { id: 'compare-previous', keys: ['ArrowUp', 'K'], where: 'compare', help: 'Previous compared item' },
  {
    id: 'compare-take-left',
    keys: ['L'],
    where: 'compare',
    help: 'Take the left side (the open case); on a row only one side has: keep it or leave it out',
  },
  {
    id: 'compare-take-right',
    keys: ['R'],
    where: 'compare',
    help: 'Take the right side (the other abstraction)',
  },
  {
    id: 'compare-edit',
    keys: ['E'],
    where: 'compare',
    help: 'Edit: a small form prefilled from the side chosen (left unless right was taken); Enter keeps it',
  },
  {
    id: 'compare-confirm',
    keys: ['Enter'],
    where: 'compare',
    help: 'Confirm and go to the next item left to decide (when none is left: to “Write reconciled case”)',
  },
  {
    id: 'compare-show-all',
    keys: ['A'],
    where: 'compare',
    help: 'Show every item, the agreeing ones too, or only what needs deciding',
  },
];

export interface Chord {
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  /** A letter in lower case, a digit, a named key as `KeyboardEvent.key` spells it, or one character. */
  key: string;
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Alt', 'Shift']);
const NAMED_KEYS = new Set([
  'Enter',
  'Escape',
  'Tab',
  'Space',
  'Backspace',
  'Delete',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
]);

/** Reads `Alt+Shift+T`; a chord the keymap cannot mean is a bug in the keymap, so it throws. */
export function parseChord(text: string): Chord {
  const parts = text.split('+');
  // "Shift+?" would never be written, but a lone "+" key would: keep it as the key.
  const key = text.endsWith('++') ? '+' : (parts.pop() ?? '');
  const chord: Chord = { mod: false, ctrl: false, alt: false, shift: false, key: '' };
  for (const part of text.endsWith('++') ? parts.slice(0, -1) : parts) {
    if (!MODIFIERS.has(part)) throw new Error(`"${text}": "${part}" is not a modifier`);
    if (part === 'Mod') chord.mod = true;
    else if (part === 'Ctrl') chord.ctrl = true;
    else if (part === 'Alt') chord.alt = true;
    else chord.shift = true;
  }
  if (/^[A-Za-z]$/.test(key)) chord.key = key.toLowerCase();
  else if (/^[0-9]$/.test(key) || NAMED_KEYS.has(key) || [...key].length === 1) chord.key = key;
  else throw new Error(`"${text}": "${key}" is not a key`);
  return chord;
}

/** What of a key press the keymap reads (a DOM KeyboardEvent has these fields). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key press is the chord. `Mod` is Cmd on macOS and Ctrl elsewhere. Letters match by the
 * key typed (so Ctrl+Z is Z on any layout), or with Alt by the physical key, since Alt (Option on
 * a Mac) turns the letter into another character. A printable character such as `?` matches
 * whatever Shift it took to type it.
 */
export function matchesChord(chord: Chord, e: KeyPress, isMac: boolean): boolean {
  const wantsCtrl = chord.ctrl || (chord.mod && !isMac);
  const wantsMeta = chord.mod && isMac;
  if (e.ctrlKey !== wantsCtrl || e.metaKey !== wantsMeta || e.altKey !== chord.alt) return false;
  if (/^[a-z]$/.test(chord.key)) {
    if (e.shiftKey !== chord.shift) return false;
    return e.key.toLowerCase() === chord.key || (chord.alt && e.code === `Key${chord.key.toUpperCase()}`);
  }
  if (chord.key.length === 1 && !/^[0-9]$/.test(chord.key)) return e.key === chord.key;
  return e.shiftKey === chord.shift && e.key === chord.key;
}

/** The chord as the app shows it: `Ctrl+Shift+O`, or `⌘⇧O` on macOS. */
export function formatChord(text: string, isMac: boolean): string {
  const c = parseChord(text);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key;
  if (isMac) return `${c.ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod ? '⌘' : ''}${key}`;
  return [c.ctrl || c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** For `aria-keyshortcuts` (WAI-ARIA 1.2 names): both spellings of `Mod`. */
export function ariaKeyShortcuts(text: string): string {
  const c = parseChord(text);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key;
  const spell = (primary: string) =>
    [primary, c.ctrl ? 'Control' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
  return c.mod ? `${spell('Control')} ${spell('Meta')}` : spell('');
}

/** For Electron's menu: `Mod` is its `CmdOrCtrl`. */
export function electronAccelerator(text: string): string {
  const c = parseChord(text);
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key;
  return [c.mod ? 'CmdOrCtrl' : '', c.ctrl ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

export function keysOf(id: KeyCommandId): readonly string[] {
  return KEYMAP.filter((c) => c.id === id).flatMap((c) => c.keys);
}

/** The first key of a command, as the app shows it in titles ("Course overview (Ctrl+Shift+O)"). */
export function keyHint(id: KeyCommandId, isMac: boolean): string {
  const first = keysOf(id)[0];
  if (first === undefined) throw new Error(`no key for ${id}`);
  return formatChord(first, isMac);
}

/** Contexts that can be live at one moment: a key may mean one command in each such pair at most. */
function contextsOverlap(a: KeyContext, b: KeyContext): boolean {
  if (a === b) return true;
  const everywhere: KeyContext[] = ['anywhere', 'desktop-menu'];
  if (everywhere.includes(a) || everywhere.includes(b)) return true;
  // A table and the source pane are outside text fields; a form is made of them.
  const pair = [a, b].sort().join(' ');
  return (
    pair === 'outside-text table' ||
    pair === 'outside-text source-pane' ||
    pair === 'outside-text review-queue' ||
    // Compare and reconcile (issue #15): its list is outside text fields too.
    pair === 'compare outside-text'
  );
}

const chordId = (c: Chord, isMac: boolean) => {
  const ctrl = c.ctrl || (c.mod && !isMac);
  const meta = c.mod && isMac;
  return `${ctrl ? 'C' : ''}${meta ? 'M' : ''}${c.alt ? 'A' : ''}${c.shift ? 'S' : ''}:${c.key}`;
};

export interface KeyCollision {
  key: string;
  commands: [KeyCommandId, KeyCommandId];
}

/** Two commands on one key where both can be live, on either platform. */
export function findCollisions(keymap: readonly KeyCommand[]): KeyCollision[] {
  const found = new Map<string, KeyCollision>();
  for (const isMac of [false, true]) {
    const seen: { id: string; command: KeyCommand; key: string }[] = [];
    for (const command of keymap) {
      for (const key of command.keys) {
        const id = chordId(parseChord(key), isMac);
        for (const other of seen) {
          if (
            other.id === id &&
            other.command.id !== command.id &&
            contextsOverlap(other.command.where, command.where)
          ) {
            found.set(`${key} ${other.command.id} ${command.id}`, { key, commands: [other.command.id, command.id] });
          }
        }
        seen.push({ id, command, key });
      }
    }
  }
  return [...found.values()];
}

/**
 * Keys Chromium keeps for itself or that would take the user out of the app in browser mode: new
 * and closed tabs and windows, tab switching, the address bar and the browser's own menu, history
 * navigation, developer tools, full screen. A page cannot have the first group at all; the rest
 * it could take, but a user expects them to do what they do everywhere.
 */
export function reservedByBrowser(text: string): string | undefined {
  const c = parseChord(text);
  const ctrl = c.ctrl || c.mod;
  if (ctrl && ['n', 't', 'w', 'l', 'q', 'Tab', 'PageUp', 'PageDown'].includes(c.key)) return 'tabs and windows';
  if (ctrl && /^[1-9]$/.test(c.key)) return 'tab switching';
  if (c.key === 'Tab' && (c.shift || c.alt || ctrl)) return 'moving between tabs, windows and panes';
  if (c.alt && !ctrl && ['f', 'e', 'd', 'ArrowLeft', 'ArrowRight', 'Home', 'F4'].includes(c.key))
    return 'the browser menu, address bar and history';
  if (c.alt && !ctrl && /^[1-9]$/.test(c.key)) return 'tab switching (Linux)';
  if (ctrl && c.shift && ['i', 'j', 'c', 'Delete'].includes(c.key)) return 'developer tools and clearing data';
  if (!ctrl && !c.alt && ['F5', 'F6', 'F11', 'F12'].includes(c.key)) return 'reload, panes, full screen, tools';
  return undefined;
}
