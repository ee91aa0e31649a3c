// The application menu as a template: which items exist and which renderer command each one sends.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { electronAccelerator, keysOf, type KeyCommandId } from '../../shared/keymap/keymap';

/** The menu shows (and, but for keys the window answers itself, registers) the keymap's first key. */
const acceleratorOf = (id: KeyCommandId) => electronAccelerator(keysOf(id)[0] ?? '');

export interface MenuTemplateInput {
  /** Delivers a command to the renderer (main wires it to `webContents.send`). */
  send: (command: MenuCommand) => void;
  /** `app.isPackaged`: developer tools are for development builds only. */
  isPackaged: boolean;
  /** `process.platform`: macOS puts About and Quit under the application menu. */
  platform: NodeJS.Platform;
}

export function buildMenuTemplate({ send, isPackaged, platform }: MenuTemplateInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        id: 'import-file',
        label: 'Import…',
        accelerator: acceleratorOf('import-file'),
        click: () => send('import-file'),
      },
      {
        id: 'open-source',
        label: 'Open source…',
        accelerator: acceleratorOf('open-source'),
        click: () => send('open-source'),
      },
      { type: 'separator' },
      {
        id: 'export-case-json',
        label: 'Export case as JSON…',
        accelerator: acceleratorOf('export-case-json'),
        click: () => send('export-case-json'),
      },
      { id: 'export-case-csv', label: 'Export case as CSV…', click: () => send('export-case-csv') },
      { id: 'export-all-json', label: 'Export all cases as JSON…', click: () => send('export-all-json') },
      { type: 'separator' },
      { id: 'restore-backup', label: 'Restore from backup…', click: () => send('restore-backup') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const caseMenu: MenuItemConstructorOptions = {
    label: '&Case',
    submenu: [
      { id: 'restore-seed-case', label: 'Restore preloaded case', click: () => send('restore-seed-case') },
      // Compare and reconcile (issue #15)
      { id: 'compare-case', label: 'Compare with…', click: () => send('compare-case') },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        id: 'show-course-overview',
        label: 'Course overview',
        accelerator: acceleratorOf('show-course-overview'),
        // The window answers these keys itself (in browser mode too); the menu only shows them.
        registerAccelerator: false,
        click: () => send('show-course-overview'),
      },
      { type: 'separator' },
      { role: 'reload' },
      ...(isPackaged
        ? []
        : ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu' }] : [];

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ role: 'about', label: 'About Case Abstractor' }],
  };

  return [...appMenu, file, caseMenu, edit, view, ...windowMenu, help];
}
