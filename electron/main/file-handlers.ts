// The main-process side of the file channels: validate, ask through a dialog, save atomically (text or bytes, one file or
// several into a folder), open bounded files. Electron's dialogs and the file system are injected, so this runs (and is
// tested) in plain Node.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  MAX_SOURCE_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  OpenSourceFileRequestSchema,
  OpenTextFileRequestSchema,
  SOURCE_FILE_FILTERS,
  formatFileSize,
  sourceTooLargeMessage,
  SaveBinaryFileRequestSchema,
  SaveTextFileRequestSchema,
  SaveTextFilesToFolderRequestSchema,
  type OpenSourceFileResponse,
  type OpenedTextFile,
  type OpenTextFileResponse,
  type SaveFileResponse,
  type SaveTextFileResponse,
  type SaveTextFilesToFolderResponse,
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
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  filters?: DialogFileFilter[];
  properties: Array<'openFile' | 'openDirectory' | 'createDirectory' | 'multiSelections'>;
}) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** The slice of Electron's `dialog.showMessageBox` the handlers use, already bound to a window. */
export type ShowMessageBox = (options: {
  type: 'question';
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}) => Promise<{ response: number }>;

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
  link(existingPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string, mode: number): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
}

export interface FileHandlerDeps {
  showSaveDialog: ShowSaveDialog;
  showOpenDialog: ShowOpenDialog;
  showMessageBox: ShowMessageBox;
  fs: FileSystem;
  /** Folder the save and folder dialogs start in (e.g. Documents); omitted → the platform's default. */
  defaultDirectory?: string;
}

export interface FileHandlers {
  saveTextFile(request: unknown): Promise<SaveTextFileResponse>;
  saveBinaryFile(request: unknown): Promise<SaveFileResponse>;
  saveTextFilesToFolder(request: unknown): Promise<SaveTextFilesToFolderResponse>;
  openTextFile(request: unknown): Promise<OpenTextFileResponse>;
  openSourceFile(request: unknown): Promise<OpenSourceFileResponse>;
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const { showSaveDialog, showOpenDialog, showMessageBox, fs } = deps;

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
        message: `The export is ${formatFileSize(bytes)}; files over ${formatFileSize(MAX_TEXT_FILE_BYTES)} are not saved.`,
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

  async function saveTextFilesToFolder(request: unknown): Promise<SaveTextFilesToFolderResponse> {
    // The schema's name rule (a base name, no separators, not . or ..) is what keeps every write
    // inside the folder the user picks; it also checks the byte limit, so nothing is asked in vain.
    const parsed = SaveTextFilesToFolderRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('save', parsed.error) };
    const { title, files } = parsed.data;

    let folder: string;
    try {
      const choice = await showOpenDialog({
        title: title ?? 'Choose a folder for the export',
        ...(deps.defaultDirectory === undefined ? {} : { defaultPath: deps.defaultDirectory }),
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory'],
      });
      const chosen = choice.filePaths[0];
      if (choice.canceled || chosen === undefined || chosen === '') return { status: 'cancelled' };
      folder = chosen;
    } catch (error) {
      return { status: 'failed', message: `The folder dialog could not be shown: ${describeError(error)}` };
    }

    const targets = files.map((file) => ({
      name: file.name,
      target: path.join(folder, file.name),
      content: file.content,
    }));

    // One question for all the files, before anything is written: a save dialog per file would ask
    // once each, and an export that replaced one table but not the other would mix two versions.
    const existing: string[] = [];
    for (const { name, target } of targets) {
      try {
        const info = await fs.stat(target);
        if (!info.isFile())
          return { status: 'failed', message: `${name} in ${folder} is not a file; nothing was exported.` };
        existing.push(name);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT')
          return { status: 'failed', message: `Could not check ${name} in ${folder}: ${describeError(error)}` };
      }
    }
    if (existing.length > 0) {
      try {
        const { response } = await showMessageBox({
          type: 'question',
          message: `Replace ${existing.length} existing ${existing.length === 1 ? 'file' : 'files'}?`,
          detail: `${listNames(existing)} ${existing.length === 1 ? 'is' : 'are'} already in ${folder}. Replacing overwrites ${existing.length === 1 ? 'it' : 'them'}.`,
          buttons: ['Replace', 'Cancel'],
          // Enter and Escape both keep the old files: replacing is the step that cannot be undone.
          defaultId: 1,
          cancelId: 1,
        });
        if (response !== 0) return { status: 'cancelled' };
      } catch (error) {
        return { status: 'failed', message: `The confirmation could not be shown: ${describeError(error)}` };
      }
    }

    const written = await writeAllAtomically(fs, targets);
    if (!written.ok) {
      const failedName = path.basename(written.target);
      const reason = `Could not save ${failedName}: ${describeError(written.error)}.`;
      if (written.notRolledBack.length === 0)
        return { status: 'failed', message: `${reason} No file in ${folder} was changed.` };
      const kept = written.notRolledBack.map(({ target, backup }) =>
        backup === undefined
          ? `${path.basename(target)} was written and could not be removed`
          : `${path.basename(target)} could not be put back; its previous version is ${path.basename(backup)}`,
      );
      return { status: 'failed', message: `${reason} In ${folder}, ${kept.join('; ')}.` };
    }
    return { status: 'saved', folder, fileNames: files.map((file) => file.name) };
  }

  async function openTextFile(request: unknown): Promise<OpenTextFileResponse> {
    const parsed = OpenTextFileRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('open', parsed.error) };

    let sources: string[];
    try {
      const choice = await showOpenDialog({
        filters: parsed.data.filters,
        properties: parsed.data.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };
      sources = parsed.data.multiple ? choice.filePaths : choice.filePaths.slice(0, 1);
    } catch (error) {
      return { status: 'failed', message: `The open dialog could not be shown: ${describeError(error)}` };
    }

    const opened: OpenedTextFile[] = [];
    for (const source of sources) {
      const file = await readChosenFile(source);
      if ('message' in file) return { status: 'failed', message: file.message };
      opened.push(file);
    }
    const [first, ...more] = opened;
    if (first === undefined) return { status: 'cancelled' };
    return more.length === 0 ? { status: 'opened', ...first } : { status: 'opened', ...first, more };
  }

  /** One chosen file's bytes, bounded; every file of a multiple choice is read alike, or none is given. */
  async function readChosenFile(source: string): Promise<OpenedTextFile | { message: string }> {
    const fileName = path.basename(source);
    try {
      // Size is checked before reading so a mistaken pick (a video, a database dump) is refused
      // without pulling it into memory.
      const info = await fs.stat(source);
      if (!info.isFile()) return { message: `${fileName} is not a file.` };
      if (info.size > MAX_TEXT_FILE_BYTES) return { message: tooLargeToOpen(fileName, info.size) };

      const bytes = await fs.readFile(source);
      // The file may have grown between stat and read.
      if (bytes.byteLength > MAX_TEXT_FILE_BYTES) return { message: tooLargeToOpen(fileName, bytes.byteLength) };

      // Decoded in the import worker, as the CLI decodes it: one reading of every file.
      return { fileName, bytes };
    } catch (error) {
      return { message: `Could not open ${fileName}: ${describeError(error)}` };
    }
  }

  async function openSourceFile(request: unknown): Promise<OpenSourceFileResponse> {
    const parsed = OpenSourceFileRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'refused', message: describeRejection('open', parsed.error) };

    let source: string;
    try {
      const choice = await showOpenDialog({
        title: 'Open source',
        ...(deps.defaultDirectory === undefined ? {} : { defaultPath: deps.defaultDirectory }),
        buttonLabel: 'Open',
        filters: SOURCE_FILE_FILTERS.map(({ name, extensions }) => ({ name, extensions: [...extensions] })),
        properties: ['openFile'],
      });
      const chosen = choice.filePaths[0];
      if (choice.canceled || chosen === undefined || chosen === '') return { status: 'cancelled' };
      source = chosen;
    } catch (error) {
      return { status: 'refused', message: `The open dialog could not be shown: ${describeError(error)}` };
    }

    const name = path.basename(source);
    try {
      // Size first: a mistaken pick (a video, a disk image) is refused without being read.
      const info = await fs.stat(source);
      if (!info.isFile()) return { status: 'refused', message: `${name} is not a file.` };
      if (info.size > MAX_SOURCE_FILE_BYTES)
        return { status: 'refused', message: sourceTooLargeMessage(name, info.size) };
      const read = await fs.readFile(source);
      // The file may have grown between stat and read.
      if (read.byteLength > MAX_SOURCE_FILE_BYTES)
        return { status: 'refused', message: sourceTooLargeMessage(name, read.byteLength) };
      return { status: 'opened', name, bytes: exactBytes(read) };
    } catch (error) {
      return { status: 'refused', message: `Could not open ${name}: ${describeError(error)}` };
    }
  }

  return { saveTextFile, saveBinaryFile, saveTextFilesToFolder, openTextFile, openSourceFile };
}

/**
 * A plain Uint8Array over a buffer of exactly these bytes. IPC's structured clone copies a view's
 * whole ArrayBuffer, and a Node Buffer may be a window into a larger shared pool: sent as it is,
 * it could carry other memory of the main process to the window.
 */
export function exactBytes(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength;
  // A view of a whole buffer costs nothing; a window into a larger one is copied out.
  return whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/**
 * Writes `content` (text as UTF-8, or bytes) to a temporary file beside `target`, then renames it over `target`. A rename
 * within one folder is atomic on POSIX and replaces in one step on Windows, so a crash, a full
 * disk or a locked file leaves either the old file or the new one, never half of each. The temp
 * file is in the same folder because a rename across file systems is a copy.
 */
export async function writeAtomically(fs: FileSystem, target: string, content: string | Uint8Array): Promise<void> {
  const temp = await writeBeside(fs, target, content);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await removeQuietly(fs, [temp]);
    throw error;
  }
}

export type WriteAllResult =
  | { ok: true }
  | {
      ok: false;
      /** The file whose write or rename failed. */
      target: string;
      error: unknown;
      /**
       * Files already renamed into place that could not be taken back: a replaced file whose previous
       * version stays at `backup` (never deleted), or a new file that could not be removed.
       */
      notRolledBack: Array<{ target: string; backup?: string }>;
    };

/**
 * Writes several files so that they change together or not at all, as far as a file system allows.
 * Every new file is first written complete beside its target; only then is anything renamed. The
 * previous version of each target is kept as a hidden hard link (a copy where the file system has no
 * hard links), so that if a later rename fails, the files already replaced are renamed back and the
 * new ones removed. Each rename is atomic (see writeAtomically); a crash between two renames leaves
 * some files new and some old, each of them whole, plus hidden `.tmp`/`.bak` files.
 */
export async function writeAllAtomically(
  fs: FileSystem,
  files: ReadonlyArray<{ target: string; content: string | Uint8Array }>,
): Promise<WriteAllResult> {
  const staged: Array<{ target: string; temp: string }> = [];
  const temps = () => staged.map(({ temp }) => temp);
  for (const { target, content } of files) {
    try {
      staged.push({ target, temp: await writeBeside(fs, target, content) });
    } catch (error) {
      await removeQuietly(fs, temps());
      return { ok: false, target, error, notRolledBack: [] };
    }
  }

  const backups = new Map<string, string>();
  for (const { target } of files) {
    try {
      const backup = await keepPreviousVersion(fs, target);
      if (backup !== undefined) backups.set(target, backup);
    } catch (error) {
      await removeQuietly(fs, [...temps(), ...backups.values()]);
      return { ok: false, target, error, notRolledBack: [] };
    }
  }

  const renamed: string[] = [];
  for (const [index, { target, temp }] of staged.entries()) {
    try {
      await fs.rename(temp, target);
      renamed.push(target);
    } catch (error) {
      const notRolledBack: Array<{ target: string; backup?: string }> = [];
      for (const done of renamed.reverse()) {
        const backup = backups.get(done);
        // Taken out of the map either way: restored, it no longer exists; not restored, it must stay.
        backups.delete(done);
        try {
          if (backup === undefined) await fs.rm(done, { force: true });
          else await fs.rename(backup, done);
        } catch {
          notRolledBack.push(backup === undefined ? { target: done } : { target: done, backup });
        }
      }
      await removeQuietly(fs, [...temps().slice(index), ...backups.values()]);
      return { ok: false, target, error, notRolledBack };
    }
  }
  await removeQuietly(fs, backups.values());
  return { ok: true };
}

/** Writes `content` complete to a new hidden file beside `target` and returns its path; on failure, removes it. */
async function writeBeside(fs: FileSystem, target: string, content: string | Uint8Array): Promise<string> {
  const temp = siblingPath(target, 'tmp');
  try {
    // 'wx' refuses to follow a planted file or symlink at the temp name; flush makes the data
    // durable before the rename makes it visible, so power loss cannot leave an empty target.
    await fs.writeFile(
      temp,
      content,
      typeof content === 'string' ? { encoding: 'utf8', flag: 'wx', flush: true } : { flag: 'wx', flush: true },
    );
    return temp;
  } catch (error) {
    await removeQuietly(fs, [temp]);
    throw error;
  }
}

/** Keeps the file now at `target` under a hidden name beside it; undefined when there is none. */
async function keepPreviousVersion(fs: FileSystem, target: string): Promise<string | undefined> {
  const backup = siblingPath(target, 'bak');
  try {
    // A hard link costs no space and, renamed back, restores the very same file (mode, dates).
    await fs.link(target, backup);
    return backup;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    // FAT-formatted USB sticks and some network shares have no hard links: copy instead.
  }
  try {
    await fs.copyFile(target, backup, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    return backup;
  } catch (error) {
    await removeQuietly(fs, [backup]);
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** In the same folder as `target`, because a rename across file systems is a copy. */
function siblingPath(target: string, kind: 'tmp' | 'bak'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.${kind}`);
}

async function removeQuietly(fs: FileSystem, files: Iterable<string>): Promise<void> {
  await Promise.all([...files].map((file) => fs.rm(file, { force: true }).catch(() => undefined)));
}

export function describeRejection(action: 'save' | 'open', error: z.ZodError): string {
  const details = error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  return `Rejected ${action} request: ${details}`;
}

function tooLargeToOpen(fileName: string, size: number): string {
  return `${fileName} is ${formatFileSize(size)}; Case Abstractor opens text files up to ${formatFileSize(MAX_TEXT_FILE_BYTES)}.`;
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** "a", "a and b", "a, b and c". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Node errors carry a code; the common ones get words a clinician can act on. */
export function describeError(error: unknown): string {
  switch (errorCode(error)) {
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
