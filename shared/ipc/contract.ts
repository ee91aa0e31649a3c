// The IPC contract between the Electron main process and the renderer: channel names, argument
// schemas (checked in the main process before anything is touched) and the API the preload exposes.
import { z } from 'zod';

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

export const OpenTextFileRequestSchema = z
  .object({
    filters: z.array(FileFilterSchema).max(10),
  })
  .strict();

export type SaveTextFileRequest = z.infer<typeof SaveTextFileRequestSchema>;
export type SaveBinaryFileRequest = z.infer<typeof SaveBinaryFileRequestSchema>;
export type OpenTextFileRequest = z.infer<typeof OpenTextFileRequestSchema>;
