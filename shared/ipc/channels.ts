// The zod-free half of the IPC contract: channel names, menu commands and the preload's API type.
// Kept apart so the sandboxed preload bundle carries no schema library; contract.ts re-exports it.
import type { BackupName } from '../backups/backup-name';
import type {
  OpenTextFileRequest,
  ReadBackupRequest,
  SaveBinaryFileRequest,
  SaveTextFileRequest,
  SaveTextFilesToFolderRequest,
  WriteBackupRequest,
} from './contract';

export const IPC_CHANNELS = {
  saveTextFile: 'file:save-text',
  saveBinaryFile: 'file:save-binary',
  saveTextFilesToFolder: 'file:save-text-to-folder',
  openTextFile: 'file:open-text',
  openSourceFile: 'file:open-source',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  menuCommand: 'menu:command',
} as const;

/** Name of the object the preload exposes on `window`. */
export const DESKTOP_API_KEY = 'caseAbstractor';

export type SaveFileResponse =
  { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; message: string };
export type SaveTextFileResponse = SaveFileResponse;
export type SaveBinaryFileResponse = SaveFileResponse;

/** `folder` is the full path the user chose, for telling them where the files went. */
export type SaveTextFilesToFolderResponse =
  | { status: 'saved'; folder: string; fileNames: string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * `bytes` as on disk: the import worker decodes them (shared/codecs/text/decode-text.ts), as the CLI
 * does, so that a file gets one reading wherever it is opened.
 */
export type OpenTextFileResponse =
  /**
   * The file's bytes as on disk, decoded in the import worker as the CLI decodes them. The desktop
   * sends them read; the browser hands the picked file on unread (a Blob), since even reading 50 MB
   * in the window took longer than a frame may wait.
   */
  | {
      status: 'opened';
      fileName: string;
      bytes: Uint8Array | Blob;
      /** The other files picked with it, in the order given, when the request allowed several. */
      more?: OpenedTextFile[];
    }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * A source document picked by the user (File → Open source…, or the browser's file picker): its
 * bytes as on disk, for the source reader to judge (text, Markdown, PDF, JATS, HTML).
 */
export type OpenSourceFileResponse =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'refused'; message: string };

export interface OpenedTextFile {
  fileName: string;
  bytes: Uint8Array | Blob;
}

/** A backup in the user data folder's `backups` folder: its name's parts and its size on disk. */
export interface BackupEntry extends BackupName {
  bytes: number;
}

/** `removed`: older backups rotation deleted; `rotationProblem`: one it could not, which the next backup tries again. */
export type WriteBackupResponse =
  | { status: 'saved'; backup: BackupEntry; removed: string[]; rotationProblem?: string }
  | { status: 'failed'; message: string };

/** Newest first; `folder` is the full path, for telling the user where the backups are. */
export type ListBackupsResponse =
  { status: 'listed'; folder: string; backups: BackupEntry[] } | { status: 'failed'; message: string };

/** The backup's bytes as on disk (gzip): the import worker inflates them, bounded. */
export type ReadBackupResponse =
  { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'failed'; message: string };

/**
 * Commands sent from the main process to the renderer: the application menu's, and
 * `back-up-before-quit`, which main sends when the app closes a day or more after the last backup.
 */
export const MENU_COMMANDS = [
  'import-file',
  'export-case-json',
  'export-case-csv',
  'export-all-json',
  'restore-seed-case',
  'show-course-overview',
  'open-source',
  'restore-backup',
  'back-up-before-quit',
  // Compare and reconcile (issue #15): Case → Compare with…
  'compare-case',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the preload exposes as `window.caseAbstractor`; the renderer's Electron bridge wraps it. */
export interface DesktopApi {
  saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResponse>;
  /** Pictures (PNG): bytes, at most MAX_BINARY_FILE_BYTES. */
  saveBinaryFile(request: SaveBinaryFileRequest): Promise<SaveBinaryFileResponse>;
  /** Several text files into one folder the user picks, all of them or none. */
  saveTextFilesToFolder(request: SaveTextFilesToFolderRequest): Promise<SaveTextFilesToFolderResponse>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResponse>;
  /** A source document through the native open dialog; only the file the user picks is read. */
  openSourceFile(): Promise<OpenSourceFileResponse>;
  /** The window's daily backup (gzip bytes), written by main into the user data folder's backups folder. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResponse>;
  listBackups(): Promise<ListBackupsResponse>;
  /** One backup the list named, read for the import preview. */
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResponse>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
