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
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
