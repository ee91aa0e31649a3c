// The platform seam: one interface for the services that differ between desktop and browser.
import type {
  ListBackupsResponse,
  MenuCommand,
  OpenSourceFileResponse,
  OpenTextFileRequest,
  OpenTextFileResponse,
  ReadBackupRequest,
  ReadBackupResponse,
  SaveBinaryFileRequest,
  SaveFileResponse,
  SaveTextFileRequest,
  SaveTextFileResponse,
  SaveTextFilesToFolderRequest,
  SaveTextFilesToFolderResponse,
  WriteBackupRequest,
  WriteBackupResponse,
} from '../../shared/ipc/contract';

/** The backups folder in the user data folder: the desktop's alone (the browser has no folder to write to). */
export interface BackupFolder {
  write(request: WriteBackupRequest): Promise<WriteBackupResponse>;
  list(): Promise<ListBackupsResponse>;
  read(request: ReadBackupRequest): Promise<ReadBackupResponse>;
}

/** The desktop's replies, plus the browser's: it has no folders, so each file became a download. */
export type SaveTextFilesResponse = SaveTextFilesToFolderResponse | { status: 'downloaded'; fileNames: string[] };

export interface PlatformBridge {
  readonly kind: 'electron' | 'browser';
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResponse>;
  /** Bytes (a PNG picture): the save dialog on the desktop, a download in the browser. */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<SaveFileResponse>;
  /** Several files together: one folder dialog on the desktop, one download each in the browser. */
  saveTextFilesToFolder(request: SaveTextFilesToFolderRequest): Promise<SaveTextFilesResponse>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResponse>;
  /**
   * A source document the user picks (text, Markdown, PDF, JATS XML, HTML), as bytes for the source
   * reader: the native dialog on the desktop, a file picker in the browser. Nothing else is readable.
   */
  openSourceFile(): Promise<OpenSourceFileResponse>;
  /** Daily backups on the desktop; undefined in the browser, which reminds the user to export instead. */
  readonly backups: BackupFolder | undefined;
  /** Commands from the native application menu; the browser has none, so it never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
