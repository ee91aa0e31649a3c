// The main-process side of the file channels: validate, ask through a dialog, save atomically (text or bytes), open bounded UTF-8.
// Electron's dialogs and the file system are injected, so this runs (and is tested) in plain Node.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import {
  MAX_TEXT_FILE_BYTES,
  OpenTextFileRequestSchema,
  SaveBinaryFileRequestSchema,
  SaveTextFileRequestSchema,
  type OpenTextFileResponse,
  type SaveFileResponse,
  type SaveTextFileResponse,
} from '../../shared/ipc/contract';
import { formatPath } from '../../shared/model/result';

export interface DialogFileFilter {
  name: string;
  extensions: string[];
}

/** The slice of Electron's `dialog.showSaveDialog` the handlers use, already bound to a window. */
export type ShowSaveDialog = (options: {
  defaultPath: string;
  filters: DialogFileFilter[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/** The slice of Electron's `dialog.showOpenDialog` the handlers use, already bound to a window. */
export type ShowOpenDialog = (options: {
  filters: DialogFileFilter[];
  properties: Array<'openFile'>;
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** The slice of `node:fs/promises` the handlers use; `fs/promises` itself satisfies it. */
export interface FileSystem {
  /** Text is written as UTF-8; bytes as they are. */
  writeFile(
    file: string,
    data: string | Uint8Array,
    options: { encoding?: 'utf8'; flag: 'wx'; flush: boolean },
  ): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
}

export interface FileHandlerDeps {
  showSaveDialog: ShowSaveDialog;
  showOpenDialog: ShowOpenDialog;
  fs: FileSystem;
  /** Folder the save dialog starts in (e.g. Documents); omitted → the platform's default. */
  defaultDirectory?: string;
}

export interface FileHandlers {
  saveTextFile(request: unknown): Promise<SaveTextFileResponse>;
  saveBinaryFile(request: unknown): Promise<SaveFileResponse>;
  openTextFile(request: unknown): Promise<OpenTextFileResponse>;
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const { showSaveDialog, showOpenDialog, fs } = deps;

  async function saveTextFile(request: unknown): Promise<SaveTextFileResponse> {
    const parsed = SaveTextFileRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('save', parsed.error) };
    const { suggestedName, content, filters } = parsed.data;

    // The schema bounds UTF-16 code units; the limit is on bytes written, and non-ASCII text can
    // take up to 3 bytes per unit. Refuse before the dialog so the user is not asked for a name in vain.
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_TEXT_FILE_BYTES) {
      return {
        status: 'failed',
        message: `The export is ${formatBytes(bytes)}; files over ${formatBytes(MAX_TEXT_FILE_BYTES)} are not saved.`,
      };
    }

    return saveThroughDialog(suggestedName, filters, content);
  }

  async function saveBinaryFile(request: unknown): Promise<SaveFileResponse> {
    // The schema checks the byte limit too, so an oversized picture is refused before the dialog.
    const parsed = SaveBinaryFileRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('save', parsed.error) };
    const { suggestedName, data, filters } = parsed.data;
    return saveThroughDialog(suggestedName, filters, data);
  }

  async function saveThroughDialog(
    suggestedName: string,
    filters: DialogFileFilter[],
    content: string | Uint8Array,
  ): Promise<SaveFileResponse> {
    let target: string;
    try {
      const defaultPath =
        deps.defaultDirectory === undefined ? suggestedName : path.join(deps.defaultDirectory, suggestedName);
      const choice = await showSaveDialog({ defaultPath, filters });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { status: 'cancelled' };
      target = choice.filePath;
    } catch (error) {
      return { status: 'failed', message: `The save dialog could not be shown: ${describeError(error)}` };
    }

    const fileName = path.basename(target);
    try {
      await writeAtomically(fs, target, content);
      return { status: 'saved', fileName };
    } catch (error) {
      return { status: 'failed', message: `Could not save ${fileName}: ${describeError(error)}` };
    }
  }

  async function openTextFile(request: unknown): Promise<OpenTextFileResponse> {
    const parsed = OpenTextFileRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('open', parsed.error) };

    let source: string;
    try {
      const choice = await showOpenDialog({ filters: parsed.data.filters, properties: ['openFile'] });
      const chosen = choice.filePaths[0];
      if (choice.canceled || chosen === undefined) return { status: 'cancelled' };
      source = chosen;
    } catch (error) {
      return { status: 'failed', message: `The open dialog could not be shown: ${describeError(error)}` };
    }

    const fileName = path.basename(source);
    try {
      // Size is checked before reading so a mistaken pick (a video, a database dump) is refused
      // without pulling it into memory.
      const info = await fs.stat(source);
      if (!info.isFile()) return { status: 'failed', message: `${fileName} is not a file.` };
      if (info.size > MAX_TEXT_FILE_BYTES) return { status: 'failed', message: tooLargeToOpen(fileName, info.size) };

      const bytes = await fs.readFile(source);
      // The file may have grown between stat and read.
      if (bytes.byteLength > MAX_TEXT_FILE_BYTES)
        return { status: 'failed', message: tooLargeToOpen(fileName, bytes.byteLength) };

      const content = decodeUtf8(bytes);
      if (content === undefined) {
        return {
          status: 'failed',
          message: `${fileName} is not UTF-8 text. Save it as UTF-8 (e.g. "CSV UTF-8") and try again.`,
        };
      }
      return { status: 'opened', fileName, content };
    } catch (error) {
      return { status: 'failed', message: `Could not open ${fileName}: ${describeError(error)}` };
    }
  }

  return { saveTextFile, saveBinaryFile, openTextFile };
}

/**
 * Writes `content` (text as UTF-8, or bytes) to a temporary file beside `target`, then renames it over `target`. A rename
 * within one folder is atomic on POSIX and replaces in one step on Windows, so a crash, a full
 * disk or a locked file leaves either the old file or the new one, never half of each. The temp
 * file is in the same folder because a rename across file systems is a copy.
 */
export async function writeAtomically(fs: FileSystem, target: string, content: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx' refuses to follow a planted file or symlink at the temp name; flush makes the data
    // durable before the rename makes it visible, so power loss cannot leave an empty target.
    await fs.writeFile(
      temp,
      content,
      typeof content === 'string' ? { encoding: 'utf8', flag: 'wx', flush: true } : { flag: 'wx', flush: true },
    );
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Strict decoding: a Latin-1 or UTF-16 file would otherwise turn "µg" into replacement characters silently. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: false strips the byte-order mark Excel writes at the start of "CSV UTF-8" files.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function describeRejection(action: 'save' | 'open', error: z.ZodError): string {
  const details = error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  return `Rejected ${action} request: ${details}`;
}

function tooLargeToOpen(fileName: string, size: number): string {
  return `${fileName} is ${formatBytes(size)}; Case Abstractor opens text files up to ${formatBytes(MAX_TEXT_FILE_BYTES)}.`;
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib < 1) return `${Math.ceil(bytes / 1024)} KB`;
  return Number.isInteger(mib) ? `${mib} MB` : `${mib.toFixed(1)} MB`;
}

/** Node errors carry a code; the common ones get words a clinician can act on. */
function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (is the file open in another program, or the folder read-only?)';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'the file or folder no longer exists';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
