// The preload: exposes the typed DesktopApi as `window.caseAbstractor` and nothing else of Electron.
// Bundled to dist/electron/preload.cjs, because a sandboxed preload can require only 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  DESKTOP_API_KEY,
  IPC_CHANNELS,
  MENU_COMMANDS,
  type DesktopApi,
  type ListBackupsResponse,
  type MenuCommand,
  type OpenSourceFileResponse,
  type OpenTextFileResponse,
  type ReadBackupResponse,
  type SaveBinaryFileResponse,
  type SaveTextFileResponse,
  type SaveTextFilesToFolderResponse,
  type WriteBackupResponse,
} from '../../shared/ipc/channels';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const api: DesktopApi = {
  // Arguments are validated in main, not here: the renderer could bypass a preload check anyway.
  saveTextFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request) as Promise<SaveTextFileResponse>,
  saveBinaryFile: (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveBinaryFile, request) as Promise<SaveBinaryFileResponse>,
  saveTextFilesToFolder: (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveTextFilesToFolder, request) as Promise<SaveTextFilesToFolderResponse>,
  openTextFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openTextFile, request) as Promise<OpenTextFileResponse>,
  // No argument: the main process owns the dialog, its filters and the size limit.
  openSourceFile: () => ipcRenderer.invoke(IPC_CHANNELS.openSourceFile) as Promise<OpenSourceFileResponse>,
  writeBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, request) as Promise<WriteBackupResponse>,
  // No argument: the backups folder is the main process's.
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups) as Promise<ListBackupsResponse>,
  readBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, request) as Promise<ReadBackupResponse>,
  onMenuCommand(listener) {
    // The listener never sees the IpcRendererEvent: it carries `sender`, a handle back into ipcRenderer.
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
    };
  },
};

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
