// Specification of the app's keymap: one command per key where both could be live, no key the
// browser keeps, and chords that read and match as written.
import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  electronAccelerator,
  findCollisions,
  formatChord,
  KEY_CONTEXT_TITLES,
  KEYMAP,
  matchesChord,
  parseChord,
  reservedByBrowser,
  type KeyCommand,
  type KeyPress,
} from './keymap';

const press = (
  key: string,
  m: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean; code?: string } = {},
) =>
  ({
    key,
    code: m.code ?? (/^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : ''),
    ctrlKey: m.ctrl ?? false,
    metaKey: m.meta ?? false,
    altKey: m.alt ?? false,
    shiftKey: m.shift ?? false,
  }) satisfies KeyPress;

describe('the keymap', () => {
  it('gives no key two commands in one context, on Windows, Linux or macOS', () => {
    expect(findCollisions(KEYMAP)).toEqual([]);
  });

  it('takes no key that Chromium keeps for itself', () => {
    const taken = KEYMAP.flatMap((c) => c.keys.map((k) => [k, reservedByBrowser(k)])).filter(([, why]) => why);
    expect(taken).toEqual([]);
  });

  it('has help text for every entry and keys that parse', () => {
    for (const command of KEYMAP) {
      expect(command.help.length, command.id).toBeGreaterThan(5);
      for (const key of command.keys) expect(() => parseChord(key), key).not.toThrow();
      expect(KEY_CONTEXT_TITLES[command.where]).toBeTruthy();
    }
  });

  it('puts the focus in every form, table, the case list and the overview from anywhere', () => {
    const anywhere = new Set(KEYMAP.filter((c) => c.where === 'anywhere').map((c) => c.id));
    for (const id of [
      'focus-event-form',
      'focus-lab-form',
      'focus-timeline-table',
      'focus-labs-table',
      'focus-case-list',
      'show-course-overview',
      'show-key-help',
    ] as const) {
      expect(anywhere.has(id), id).toBe(true);
    }
  });
});

describe('the source pane’s keys', () => {
  it('reach the pane and make evidence from anywhere, a text field included', () => {
    const anywhere = new Set(KEYMAP.filter((c) => c.where === 'anywhere').map((c) => c.id));
    for (const id of [
      'focus-source-pane',
      'toggle-source-pane',
      'new-event-from-selection',
      'new-lab-from-selection',
      'attach-selection',
      'next-uncited-sentence',
    ] as const) {
      expect(anywhere.has(id), id).toBe(true);
    }
  });

  it('take Ctrl+F only in the pane, where the browser’s find would not see its marks', () => {
    expect(KEYMAP.filter((c) => c.keys.includes('Mod+F')).map((c) => c.where)).toEqual(['source-pane']);
  });

  it('refuse a plain key outside text fields that the pane also uses', () => {
    const command = (id: KeyCommand['id'], where: KeyCommand['where']): KeyCommand => ({
      id,
      keys: ['?'],
      where,
      help: 'for the test',
    });
    expect(
      findCollisions([command('show-key-help', 'outside-text'), command('find-next', 'source-pane')]),
    ).toHaveLength(1);
    expect(findCollisions([command('save-row', 'form'), command('find-next', 'source-pane')])).toEqual([]);
  });
});

describe('findCollisions', () => {
  const command = (id: KeyCommand['id'], keys: string[], where: KeyCommand['where']): KeyCommand => ({
    id,
    keys,
    where,
    help: 'for the test',
  });

  it('refuses two commands on one key in one context', () => {
    const keymap = [command('undo', ['Mod+Z'], 'anywhere'), command('redo', ['Mod+Z'], 'anywhere')];
    expect(findCollisions(keymap)).toContainEqual({ key: 'Mod+Z', commands: ['undo', 'redo'] });
  });

  it('refuses a key of "anywhere" that another context also uses', () => {
    expect(
      findCollisions([command('save-row', ['Enter'], 'form'), command('undo', ['Enter'], 'anywhere')]),
    ).toHaveLength(1);
  });

  it('refuses Mod+Z beside Ctrl+Z: they are one key on Windows and Linux', () => {
    expect(findCollisions([command('undo', ['Mod+Z'], 'anywhere'), command('redo', ['Ctrl+Z'], 'table')])).not.toEqual(
      [],
    );
  });

  it('lets a table and a form use one key, since the focus is in one or the other', () => {
    expect(
      findCollisions([command('save-row', ['Enter'], 'form'), command('table-edit-row', ['Enter'], 'table')]),
    ).toEqual([]);
  });

  it('refuses a plain key outside text fields that a table also uses', () => {
    expect(
      findCollisions([command('show-key-help', ['?'], 'outside-text'), command('table-edit-row', ['?'], 'table')]),
    ).toHaveLength(1);
  });
});

describe('reservedByBrowser', () => {
  it.each([
    'Mod+N',
    'Mod+T',
    'Mod+W',
    'Mod+L',
    'Mod+Shift+N',
    'Mod+Shift+T',
    'Ctrl+Tab',
    'Ctrl+Shift+Tab',
    'Alt+F',
    'Alt+ArrowLeft',
    'Mod+3',
    'F12',
  ])('names %s as the browser’s', (key) => {
    expect(reservedByBrowser(key)).toBeTruthy();
  });

  it.each(['Alt+T', 'Alt+L', 'Mod+Shift+O', 'F1', '?', 'Mod+Z'])('leaves %s to the app', (key) => {
    expect(reservedByBrowser(key)).toBeUndefined();
  });
});

describe('matchesChord', () => {
  it('reads Mod as Ctrl off macOS and Cmd on it', () => {
    const chord = parseChord('Mod+Shift+O');
    expect(matchesChord(chord, press('O', { ctrl: true, shift: true }), false)).toBe(true);
    expect(matchesChord(chord, press('O', { meta: true, shift: true }), true)).toBe(true);
    expect(matchesChord(chord, press('O', { meta: true, shift: true }), false)).toBe(false);
    expect(matchesChord(chord, press('o', { ctrl: true }), false)).toBe(false);
  });

  it('matches Alt+letter by the physical key when Option turned it into another character', () => {
    expect(matchesChord(parseChord('Alt+L'), press('¬', { alt: true, code: 'KeyL' }), true)).toBe(true);
    expect(matchesChord(parseChord('Alt+L'), press('l', { alt: true, shift: true }), false)).toBe(false);
    expect(matchesChord(parseChord('Alt+Shift+L'), press('L', { alt: true, shift: true }), false)).toBe(true);
  });

  it('matches "?" however Shift was used to type it, and not with Ctrl', () => {
    expect(matchesChord(parseChord('?'), press('?', { shift: true, code: 'Slash' }), false)).toBe(true);
    expect(matchesChord(parseChord('?'), press('?', { shift: true, ctrl: true }), false)).toBe(false);
    expect(matchesChord(parseChord('?'), press('/', { code: 'Slash' }), false)).toBe(false);
  });

  it('tells Home from Mod+Home', () => {
    expect(matchesChord(parseChord('Home'), press('Home', { ctrl: true }), false)).toBe(false);
    expect(matchesChord(parseChord('Mod+Home'), press('Home', { ctrl: true }), false)).toBe(true);
  });
});

describe('spelling a chord', () => {
  it('shows it the way each platform writes keys', () => {
    expect(formatChord('Mod+Shift+O', false)).toBe('Ctrl+Shift+O');
    expect(formatChord('Mod+Shift+O', true)).toBe('⇧⌘O');
    expect(formatChord('Alt+Shift+T', false)).toBe('Alt+Shift+T');
    expect(formatChord('?', false)).toBe('?');
  });

  it('names it for aria-keyshortcuts and for the desktop menu', () => {
    expect(ariaKeyShortcuts('Mod+Shift+O')).toBe('Control+Shift+O Meta+Shift+O');
    expect(ariaKeyShortcuts('Alt+L')).toBe('Alt+L');
    expect(electronAccelerator('Mod+Shift+O')).toBe('CmdOrCtrl+Shift+O');
  });

  it('refuses a chord the keymap could not mean', () => {
    expect(() => parseChord('Hyper+X')).toThrow(/not a modifier/);
    expect(() => parseChord('Alt+Enterr')).toThrow(/not a key/);
  });
});

describe('the course overview’s key', () => {
  const overview = KEYMAP.filter((c) => c.id === 'show-course-overview').flatMap((c) => c.keys.map(parseChord));
  const isOverviewKey = (e: KeyPress, isMac = false) => overview.some((chord) => matchesChord(chord, e, isMac));

  it.each([
    ['Ctrl+Shift+O', press('O', { ctrl: true, shift: true }), false],
    ['Cmd+Shift+O on macOS', press('O', { meta: true, shift: true }), true],
    ['Ctrl+Shift+O with Caps Lock on', press('o', { ctrl: true, shift: true }), false],
  ])('takes %s', (_name, e, isMac) => {
    expect(isOverviewKey(e, isMac)).toBe(true);
  });

  it.each([
    ['a capital O typed in a field', press('O', { shift: true })],
    ['Ctrl+O, Import', press('o', { ctrl: true })],
    ['Ctrl+Alt+Shift+O', press('O', { ctrl: true, shift: true, alt: true })],
    ['Ctrl+Shift+E, Export case as JSON', press('E', { ctrl: true, shift: true })],
    ['Ctrl+Shift+Z, Redo', press('Z', { ctrl: true, shift: true })],
  ])('leaves %s alone', (_name, e) => {
    expect(isOverviewKey(e)).toBe(false);
  });
});

describe('the review queue’s keys', () => {
  const inQueue = (id: KeyCommand['id']) => KEYMAP.filter((c) => c.id === id).flatMap((c) => [...c.keys]);

  it('are reached from anywhere with Alt+Q', () => {
    expect(KEYMAP.find((c) => c.id === 'focus-review-queue')).toMatchObject({ keys: ['Alt+Q'], where: 'anywhere' });
  });

  it('accept with Enter, the whole sentence with Shift+Enter, edit with E and dismiss with Delete', () => {
    expect(inQueue('queue-accept')).toEqual(['Enter']);
    expect(inQueue('queue-accept-sentence')).toEqual(['Shift+Enter']);
    expect(inQueue('queue-edit')).toEqual(['E']);
    expect(inQueue('queue-dismiss')).toContain('Delete');
    expect(inQueue('queue-next')).toEqual(['ArrowDown', 'J']);
    expect(inQueue('queue-previous')).toEqual(['ArrowUp', 'K']);
  });

  it('refuse a plain key outside text fields that the queue also uses', () => {
    const command = (id: KeyCommand['id'], where: KeyCommand['where']): KeyCommand => ({
      id,
      keys: ['E'],
      where,
      help: 'for the test',
    });
    expect(
      findCollisions([command('show-key-help', 'outside-text'), command('queue-edit', 'review-queue')]),
    ).toHaveLength(1);
    expect(findCollisions([command('find-next', 'source-pane'), command('queue-edit', 'review-queue')])).toEqual([]);
  });
});

// Compare and reconcile (issue #15)
describe('the compare view’s keys', () => {
  it('move with the arrows, take a side with L and R, edit with E and go on with Enter, in the compare list only', () => {
    const compare = KEYMAP.filter((c) => c.where === 'compare');
    const keysOf = (id: string) => compare.filter((c) => c.id === id).flatMap((c) => c.keys);
    expect(keysOf('compare-next')).toContain('ArrowDown');
    expect(keysOf('compare-previous')).toContain('ArrowUp');
    expect(keysOf('compare-take-left')).toEqual(['L']);
    expect(keysOf('compare-take-right')).toEqual(['R']);
    expect(keysOf('compare-edit')).toEqual(['E']);
    expect(keysOf('compare-confirm')).toEqual(['Enter']);
  });

  it('would collide with "?" (outside text fields) were they to take it', () => {
    const clash: KeyCommand = { id: 'compare-show-all', keys: ['?'], where: 'compare', help: 'a clash on purpose' };
    expect(findCollisions([...KEYMAP, clash]).map((c) => c.key)).toContain('?');
  });
});
