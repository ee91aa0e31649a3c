// The platform seam: one interface for the services that differ between desktop and browser.
import type {
  MenuCommand,
  OpenTextFileRequest,
  OpenTextFileResponse,
  SaveBinaryFileRequest,
  SaveFileResponse,
  SaveTextFileRequest,
  SaveTextFileResponse,
} from '../../shared/ipc/contract';

export interface PlatformBridge {
  readonly kind: 'electron' | 'browser';
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResponse>;
  /** Bytes (a PNG picture): the save dialog on the desktop, a download in the browser. */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<SaveFileResponse>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResponse>;
  /** Commands from the native application menu; the browser has none, so it never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
