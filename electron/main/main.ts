// The Electron entry point: one instance, one locked-down window, the application menu and the file channels.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { isBackupDue } from '../../shared/backups/calendar';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';
import { isAppUrl, resolveAppLocation } from './app-location';
import { APP_SCHEME_DEFINITION, serveAppScheme } from './app-scheme';
import { createBackupStore, type BackupStore } from './backups';
import { createQuitBackup } from './backups-quit';
import { createFileHandlers, type FileHandlers } from './file-handlers';
import { buildMenuTemplate } from './menu';
import { CONTENT_SECURITY_POLICY, createWindowOptions } from './window-options';

// __dirname is dist/electron once bundled (see electron/build.ts); the renderer is built beside it.
const preloadPath = path.join(__dirname, 'preload.cjs');
const location = resolveAppLocation({
  rendererFolder: path.join(__dirname, '../renderer'),
  isPackaged: app.isPackaged,
  devUrl: process.env['CASE_ABSTRACTOR_DEV_URL'],
});

let mainWindow: BrowserWindow | undefined;

// Lets the desktop e2e spec start from an empty profile (and its own single-instance lock, which
// lives in userData); a shipped app ignores it.
const userDataOverride = process.env['CASE_ABSTRACTOR_USER_DATA'];
if (!app.isPackaged && userDataOverride !== undefined && userDataOverride !== '')
  app.setPath('userData', userDataOverride);

// Before 'ready': every renderer, including any we did not create ourselves, runs sandboxed.
app.enableSandbox();

// Before 'ready', once: the page gets an origin of its own, app://case-abstractor, instead of
// file://, which any page on the disk shares and which Electron lets read other files (Electron
// security checklist item 18).
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);

// A second copy would open a second window on the same IndexedDB; send the user to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window open.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app
    .whenReady()
    .then(() => {
      hardenSession();
      registerFileChannels();
      backUpBeforeQuit();
      app.setAboutPanelOptions({
        applicationName: 'Case Abstractor',
        applicationVersion: app.getVersion(),
        credits: 'Abstracts published clinical case reports into structured data, offline.',
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ send: sendMenuCommand, isPackaged: app.isPackaged, platform: process.platform }),
        ),
      );
      mainWindow = createWindow();
    })
    .catch((error: unknown) => fail('Case Abstractor could not start', error));
}

function createWindow(): BrowserWindow {
  // A new window opens on the primary display: no larger than what that screen's work area holds.
  const window = new BrowserWindow(
    createWindowOptions({ preloadPath, workArea: screen.getPrimaryDisplay().workAreaSize }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  // A missing index.html would come back from the scheme as a 404 page, which loads without
  // failing; looking for it first keeps the hint below for an unbuilt renderer.
  const indexPath = location.kind === 'app-scheme' ? path.join(location.rendererFolder, 'index.html') : undefined;
  const loading =
    indexPath === undefined
      ? window.loadURL(location.url)
      : fs.access(indexPath).then(() => window.loadURL(location.url));
  loading.catch((error: unknown) => {
    const hint =
      indexPath === undefined
        ? `Is the dev server running at ${location.url}?`
        : `Is the renderer built? Expected ${indexPath}`;
    fail(`Case Abstractor could not load its window. ${hint}`, error);
  });
  return window;
}

/** Applied to every WebContents: the app never leaves its own page or opens another window. */
function lockDown(contents: WebContents): void {
  const stayInApp = (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function hardenSession(): void {
  const { defaultSession } = session;
  // A case abstractor needs no camera, microphone, location, notifications or devices.
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);

  // The window's session serves the built renderer, and nothing else, at app://case-abstractor/,
  // every response with the CSP and nosniff headers. A dev server is left alone: Vite's client
  // needs an inline preamble and a websocket, which the policy forbids.
  if (location.kind === 'app-scheme') {
    serveAppScheme(defaultSession.protocol, {
      rendererFolder: location.rendererFolder,
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      fs,
    });
  }
}

function registerFileChannels(): void {
  ipcMain.handle(IPC_CHANNELS.saveTextFile, (event, request: unknown) =>
    isFromApp(event) ? fileHandlersFor(event).saveTextFile(request) : untrustedSender(event),
  );
  ipcMain.handle(IPC_CHANNELS.saveBinaryFile, (event, request: unknown) =>
    isFromApp(event) ? fileHandlersFor(event).saveBinaryFile(request) : untrustedSender(event),
  );
  ipcMain.handle(IPC_CHANNELS.saveTextFilesToFolder, (event, request: unknown) =>
    isFromApp(event) ? fileHandlersFor(event).saveTextFilesToFolder(request) : untrustedSender(event),
  );
  ipcMain.handle(IPC_CHANNELS.openTextFile, (event, request: unknown) =>
    isFromApp(event) ? fileHandlersFor(event).openTextFile(request) : untrustedSender(event),
  );
  ipcMain.handle(IPC_CHANNELS.openSourceFile, (event, request: unknown) =>
    isFromApp(event)
      ? fileHandlersFor(event).openSourceFile(request)
      : { status: 'refused', message: untrustedSender(event).message },
  );
  ipcMain.handle(IPC_CHANNELS.writeBackup, async (event, request: unknown) => {
    if (!isFromApp(event)) return untrustedSender(event);
    const written = await backups().write(request);
    if (written.status === 'failed') console.warn(`Backup failed: ${written.message}`);
    quitBackup.backupFinished();
    return written;
  });
  ipcMain.handle(IPC_CHANNELS.listBackups, (event, request: unknown) =>
    isFromApp(event) ? backups().list(request) : untrustedSender(event),
  );
  ipcMain.handle(IPC_CHANNELS.readBackup, (event, request: unknown) =>
    isFromApp(event) ? backups().read(request) : untrustedSender(event),
  );
}

let backupStore: BackupStore | undefined;
/** `<user data>/backups`, asked for after 'ready', once the e2e override of userData has been applied. */
function backups(): BackupStore {
  backupStore ??= createBackupStore({ folder: path.join(app.getPath('userData'), 'backups'), fs });
  return backupStore;
}

const quitBackup = createQuitBackup({
  isDue: async () => isBackupDue(await backups().latestDay(), new Date()),
  ask: () => {
    const window = mainWindow ?? BrowserWindow.getAllWindows()[0];
    if (window === undefined || window.isDestroyed() || window.webContents.isCrashed()) return false;
    window.webContents.send(IPC_CHANNELS.menuCommand, 'back-up-before-quit' satisfies MenuCommand);
    return true;
  },
});

/**
 * Quitting, or closing the window (which quits on Windows and Linux), a day or more after the last
 * backup first lets the window write one: the window owns IndexedDB, so it must still be open.
 */
function backUpBeforeQuit(): void {
  app.on('before-quit', (event) => quitBackup.hold(event, () => app.quit()));
  app.on('browser-window-created', (_event, window) => {
    window.on('close', (event) => quitBackup.hold(event, () => window.close()));
  });
}

/** Only the app's own top-level page may touch the file system, never a frame it was navigated to. */
function isFromApp(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, location);
}

function untrustedSender(event: IpcMainInvokeEvent): { status: 'failed'; message: string } {
  console.warn(`Refused a file request from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
  return { status: 'failed', message: 'File access is only available to the Case Abstractor window.' };
}

function fileHandlersFor(event: IpcMainInvokeEvent): FileHandlers {
  // Parenting the dialog to the asking window makes it modal there (a sheet on macOS).
  const parent = BrowserWindow.fromWebContents(event.sender);
  const defaultDirectory = documentsFolder();
  return createFileHandlers({
    showSaveDialog: (options) =>
      parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options),
    showOpenDialog: (options) =>
      parent === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(parent, options),
    showMessageBox: (options) =>
      parent === null ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options),
    fs,
    ...(defaultDirectory === undefined ? {} : { defaultDirectory }),
  });
}

function documentsFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    // Some minimal Linux sessions have no XDG documents folder; the dialog then picks its own.
    return undefined;
  }
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function fail(message: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`${message}: ${detail}`);
  dialog.showErrorBox('Case Abstractor', `${message}\n\n${detail}`);
  app.exit(1);
}
