// The IPC contract between the Electron main process and the renderer: channel names, argument
// schemas (checked in the main process before anything is touched) and the API the preload exposes.
import { z } from 'zod';
import { BACKUP_FILE_NAME_PATTERN, MAX_BACKUP_CASE_COUNT } from '../backups/backup-name';
import { MAX_SOURCE_FILE_BYTES } from '../sources/source-limits';

export * from './channels';

/** 64 MiB of text: larger exports are refused before a dialog opens rather than half-written. */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

/**
 * 32 MiB of binary data: a 1920-pixel-wide PNG of the tallest overview is a few MiB; the limit
 * bounds what a compromised renderer can make the main process hold and write.
 */
export const MAX_BINARY_FILE_BYTES = 32 * 1024 * 1024;

const FileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension must be letters or digits'))
      .min(1)
      .max(10),
  })
  .strict();

/** A bare file name: no folders, so the renderer can suggest a name but never choose a path. */
export const SuggestedFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'file name must not contain a path or reserved characters')
  .refine((name) => name !== '.' && name !== '..', 'file name must not be . or ..');

export const SaveTextFileRequestSchema = z
  .object({
    suggestedName: SuggestedFileNameSchema,
    content: z.string().max(MAX_TEXT_FILE_BYTES, 'file is too large to save'),
    filters: z.array(FileFilterSchema).max(10),
  })
  .strict();

/**
 * Bytes arrive as a Uint8Array (structured clone keeps typed arrays across IPC); anything else,
 * a plain array of numbers or a base64 string, is refused rather than guessed at.
 */
export const SaveBinaryFileRequestSchema = z
  .object({
    suggestedName: SuggestedFileNameSchema,
    data: z
      .instanceof(Uint8Array, { message: 'data must be bytes (a Uint8Array)' })
      .refine((bytes) => bytes.byteLength <= MAX_BINARY_FILE_BYTES, 'file is over 32 MB, too large to save'),
    filters: z.array(FileFilterSchema).max(10),
  })
  .strict();

/** What a folder export may write: the tables and case files the app itself produces. */
export const FOLDER_FILE_EXTENSIONS = ['csv', 'json'] as const;

/** One case's CSV export is two files; the headroom is for an export that grows a table or two. */
export const MAX_FOLDER_FILES = 10;

/**
 * A file name inside the folder the user picked. Stricter than SuggestedFileNameSchema because
 * nobody reviews it in a dialog: a leading letter or digit rules out `.`, `..` and hidden names
 * (which is where the temporary files go); the short length leaves room for the temporary suffix
 * under the 255-byte limit of common file systems; Windows device names would open a device.
 */
export const FolderFileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'file name must be letters, digits, dots, dashes or underscores, starting with a letter or digit',
  )
  .refine(
    (name) => FOLDER_FILE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(`.${extension}`)),
    `file name must end in ${FOLDER_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(' or ')}`,
  )
  .refine(
    (name) => !/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i.test(name),
    'file name must not be a Windows device name',
  );

const FolderFileSchema = z
  .object({
    name: FolderFileNameSchema,
    content: z.string().max(MAX_TEXT_FILE_BYTES, 'file is too large to save'),
  })
  .strict();

export const SaveTextFilesToFolderRequestSchema = z
  .object({
    title: z.string().min(1).max(200).optional(),
    files: z.array(FolderFileSchema).min(1).max(MAX_FOLDER_FILES),
  })
  .strict()
  .superRefine(({ files }, context) => {
    // Case-insensitive, as on the default macOS and Windows file systems: "A.csv" and "a.csv" would
    // be one file there, and the second rename would silently replace the first.
    const seen = new Set<string>();
    files.forEach((file, index) => {
      const key = file.name.toLowerCase();
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: ['files', index, 'name'], message: 'file name is repeated' });
      seen.add(key);
    });
    // The limit is on bytes written, all files together, as for a single save. A UTF-16 unit is 1 to
    // 3 bytes in UTF-8, so only text between a third of the limit and the limit needs counting.
    const units = files.reduce((sum, file) => sum + file.content.length, 0);
    if (units * 3 <= MAX_TEXT_FILE_BYTES) return;
    const bytes =
      units > MAX_TEXT_FILE_BYTES ? units : files.reduce((sum, file) => sum + utf8ByteLength(file.content), 0);
    if (bytes > MAX_TEXT_FILE_BYTES) {
      context.addIssue({
        code: 'custom',
        path: ['files'],
        message: `the files are over ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB together, too large to save`,
      });
    }
  });

/** UTF-8 length without encoding: a 64 MB export is counted, not copied. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair is one 4-byte character; a lone surrogate is written as U+FFFD, 3 bytes.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** One limit for every way a source comes in (shared/sources/source-limits.ts). */
export { MAX_SOURCE_FILE_BYTES };

/** What the desktop and the browser both say of a source over the limit, before reading it. */
export function sourceTooLargeMessage(name: string, size: number): string {
  return `${name} is ${formatFileSize(size)}; Case Abstractor opens sources up to ${formatFileSize(MAX_SOURCE_FILE_BYTES)}.`;
}

/** "64 MB", "64.0 MB" just over it, "12 KB" under one (binary units, as file managers count). */
export function formatFileSize(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib < 1) return `${Math.ceil(bytes / 1024)} KB`;
  return Number.isInteger(mib) ? `${mib} MB` : `${mib.toFixed(1)} MB`;
}

/**
 * What File → Open source… offers: every readable kind at once first (the dialog's default), then
 * each kind alone. `nxml` is PubMed Central's name for its JATS files.
 */
export const SOURCE_FILE_FILTERS: ReadonlyArray<z.infer<typeof FileFilterSchema>> = [
  { name: 'Case reports', extensions: ['txt', 'md', 'markdown', 'pdf', 'xml', 'nxml', 'html', 'htm'] },
  { name: 'Text', extensions: ['txt'] },
  { name: 'Markdown', extensions: ['md', 'markdown'] },
  { name: 'PDF', extensions: ['pdf'] },
  { name: 'JATS XML', extensions: ['xml', 'nxml'] },
  { name: 'HTML', extensions: ['html', 'htm'] },
];

/**
 * Opening a source takes nothing from the window: the dialog, its filters and the limit are the
 * main process's, so the window can neither name a path nor widen what may be read.
 */
export const OpenSourceFileRequestSchema = z.undefined({ message: 'opening a source takes no arguments' });

export const OpenTextFileRequestSchema = z
  .object({
    filters: z.array(FileFilterSchema).max(10),
    /** Several files at once (the tables of one case); each within the size limit. */
    multiple: z.boolean().optional(),
  })
  .strict();

/**
 * 256 MiB of compressed bytes for one backup: JSON compresses about tenfold, so this is far above
 * what the import reads uncompressed (MAX_BACKUP_TEXT_BYTES); it bounds what a compromised window
 * can make the main process hold and write.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/**
 * The most text a backup may hold uncompressed: what the import worker inflates and parses at
 * once. Well under V8's longest string (about 512 Mi characters); a backup that would be larger is
 * not written (the status line says so), since a backup that cannot be restored is no backup.
 */
export const MAX_BACKUP_TEXT_BYTES = 256 * 1024 * 1024;

/** gzip's magic number (RFC 1952 §2.3.1): the window sends compressed bytes or nothing. */
export const isGzip = (bytes: Uint8Array): boolean => bytes.byteLength >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * One backup from the window: the gzip of a case file, and how many cases it holds (for the file
 * name). The window names no file: the main process names it from its clock, in its own folder.
 */
export const WriteBackupRequestSchema = z
  .object({
    caseCount: z.number().int().min(0).max(MAX_BACKUP_CASE_COUNT),
    data: z
      .instanceof(Uint8Array, { message: 'data must be bytes (a Uint8Array)' })
      .refine((bytes) => bytes.byteLength <= MAX_BACKUP_BYTES, 'backup is over 256 MB, too large to save')
      .refine(isGzip, 'data must be gzip-compressed'),
  })
  .strict();

/** Listing the backups takes nothing from the window: the folder is the main process's. */
export const ListBackupsRequestSchema = z.undefined({ message: 'listing backups takes no arguments' });

/** A backup is asked for by the name the list gave: a bare name of the backup pattern, never a path. */
export const ReadBackupRequestSchema = z
  .object({
    fileName: z.string().max(100).regex(BACKUP_FILE_NAME_PATTERN, 'not the name of a backup'),
  })
  .strict();

export type WriteBackupRequest = z.infer<typeof WriteBackupRequestSchema>;
export type ReadBackupRequest = z.infer<typeof ReadBackupRequestSchema>;
export type SaveTextFileRequest = z.infer<typeof SaveTextFileRequestSchema>;
export type SaveBinaryFileRequest = z.infer<typeof SaveBinaryFileRequestSchema>;
export type SaveTextFilesToFolderRequest = z.infer<typeof SaveTextFilesToFolderRequestSchema>;
export type OpenTextFileRequest = z.infer<typeof OpenTextFileRequestSchema>;
