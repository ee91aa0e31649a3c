// Specification of the application menu template: labels, roles and the commands items send.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { KEYMAP, parseChord } from '../../shared/keymap/keymap';
import { buildMenuTemplate } from './menu';

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (menu === undefined || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (item?.click === undefined) throw new Error(`item ${item?.label ?? '(missing)'} has no click handler`);
  // Electron passes the item, window and event; the handlers ignore them.
  (item.click as () => void)();
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role ?? item.type ?? item.label);

describe('buildMenuTemplate', () => {
  it('has File, Case, Edit, View and Help menus on Windows and Linux', () => {
    const template = buildMenuTemplate({ send: () => undefined, isPackaged: true, platform: 'linux' });
    expect(template.map((item) => item.label)).toEqual(['&File', '&Case', '&Edit', '&View', '&Help']);
  });

  it('File has Import…, Open source…, the three exports and Restore from backup…, each sending its command, then Quit', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const file = submenuOf(buildMenuTemplate({ send, isPackaged: true, platform: 'win32' }), '&File');

    expect(roles(file)).toEqual([
      'Import…',
      'Open source…',
      'separator',
      'Export case as JSON…',
      'Export case as CSV…',
      'Export all cases as JSON…',
      'separator',
      'Restore from backup…',
      'separator',
      'quit',
    ]);
    expect(file[0]?.accelerator).toBe('CmdOrCtrl+O');
    expect(file[1]?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(file[3]?.accelerator).toBe('CmdOrCtrl+Shift+E');
    for (const item of file) if (item.click) click(item);
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'import-file',
      'open-source',
      'export-case-json',
      'export-case-csv',
      'export-all-json',
      'restore-backup',
    ]);
    expect(file.find((item) => item.label === 'Restore from backup…')?.id).toBe('restore-backup');
  });

  it('View → "Course overview" sends show-course-overview and shows keys the window answers itself', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const view = submenuOf(buildMenuTemplate({ send, isPackaged: true, platform: 'linux' }), '&View');
    const item = view.find((i) => i.label === 'Course overview');
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+O', registerAccelerator: false });
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith('show-course-overview');
  });

  it('leaves the menu’s Alt mnemonics (Alt+F for File…) to the menu: the keymap takes none of them', () => {
    const template = buildMenuTemplate({ send: () => undefined, isPackaged: true, platform: 'linux' });
    const mnemonics = template.map((item) => /&(\w)/.exec(item.label ?? '')?.[1]?.toLowerCase()).filter(Boolean);
    expect(mnemonics).toEqual(['f', 'c', 'e', 'v', 'h']);
    const altLetters = KEYMAP.flatMap((c) => c.keys.map(parseChord)).filter((c) => c.alt && !c.mod && !c.ctrl);
    expect(altLetters.length).toBeGreaterThan(0);
    for (const chord of altLetters) expect(mnemonics).not.toContain(chord.key);
  });

  it('Case → "Restore preloaded case" sends restore-seed-case', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const caseMenu = submenuOf(buildMenuTemplate({ send, isPackaged: true, platform: 'linux' }), '&Case');

    expect(caseMenu.map((item) => item.label)).toEqual(['Restore preloaded case', 'Compare with…']);
    click(caseMenu[0]);
    expect(send).toHaveBeenCalledExactlyOnceWith('restore-seed-case');
  });

  it('Case → "Compare with…" sends compare-case (issue #15)', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const caseMenu = submenuOf(buildMenuTemplate({ send, isPackaged: true, platform: 'linux' }), '&Case');
    click(caseMenu.find((item) => item.id === 'compare-case'));
    expect(send).toHaveBeenCalledExactlyOnceWith('compare-case');
  });

  it('Edit uses the standard roles so copy and paste work in every field', () => {
    const edit = submenuOf(buildMenuTemplate({ send: () => undefined, isPackaged: true, platform: 'linux' }), '&Edit');
    expect(roles(edit)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('View offers developer tools only when not packaged', () => {
    const packaged = roles(
      submenuOf(buildMenuTemplate({ send: () => undefined, isPackaged: true, platform: 'linux' }), '&View'),
    );
    const development = roles(
      submenuOf(buildMenuTemplate({ send: () => undefined, isPackaged: false, platform: 'linux' }), '&View'),
    );

    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut']));
    expect(development).toContain('toggleDevTools');
  });

  it('Help has About', () => {
    const help = submenuOf(buildMenuTemplate({ send: () => undefined, isPackaged: true, platform: 'linux' }), '&Help');
    expect(roles(help)).toEqual(['about']);
  });

  it('on macOS leads with the application menu and moves Quit there', () => {
    const template = buildMenuTemplate({ send: () => undefined, isPackaged: true, platform: 'darwin' });
    const appMenu = template[0];
    expect(appMenu?.role).toBe('appMenu');
    expect(Array.isArray(appMenu?.submenu) && roles(appMenu.submenu)).toContain('quit');
    expect(roles(submenuOf(template, '&File'))).not.toContain('quit');
  });

  it('sends nothing until an item is clicked', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    buildMenuTemplate({ send, isPackaged: false, platform: 'linux' });
    expect(send).not.toHaveBeenCalled();
  });
});
