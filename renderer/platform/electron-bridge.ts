// Desktop implementation of the platform seam: forwards to the preload's API (IPC to the main process).
import type { DesktopApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';

export function createElectronBridge(api: DesktopApi): PlatformBridge {
  return {
    kind: 'electron',
    saveTextFile: (request) => api.saveTextFile(request),
    saveBinaryFile: (request) => api.saveBinaryFile(request),
    saveTextFilesToFolder: (request) => api.saveTextFilesToFolder(request),
    openTextFile: (request) => api.openTextFile(request),
    openSourceFile: () => api.openSourceFile(),
    backups: {
      write: (request) => api.writeBackup(request),
      list: () => api.listBackups(),
      read: (request) => api.readBackup(request),
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
