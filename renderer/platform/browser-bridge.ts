// Browser implementation of the platform seam: downloads for saving, a file input for opening.
import {
  MAX_BINARY_FILE_BYTES,
  MAX_SOURCE_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  SaveTextFilesToFolderRequestSchema,
  SOURCE_FILE_FILTERS,
  sourceTooLargeMessage,
} from '../../shared/ipc/contract';
import { formatPath } from '../../shared/model/result';
import type { PlatformBridge } from './bridge';

/** MIME types by extension for what the app saves; anything else downloads as plain text or bytes. */
const MIME_TYPES: Record<string, string> = {
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
};

function mimeFor(name: string, fallback: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? fallback;
}

function download(name: string, content: BlobPart, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next tick: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** The desktop dialog's first filter ("Case reports"), as an <input accept> list. */
const SOURCE_ACCEPT = (SOURCE_FILE_FILTERS[0]?.extensions ?? []).map((extension) => `.${extension}`).join(',');

export function createBrowserBridge(): PlatformBridge {
  return {
    kind: 'browser',
    saveTextFile: async ({ suggestedName, content }) => {
      download(suggestedName, content, mimeFor(suggestedName, 'text/plain;charset=utf-8'));
      return { status: 'saved', fileName: suggestedName };
    },
    saveBinaryFile: async ({ suggestedName, data }) => {
      // The same limit as the desktop's main process, so a picture saves in both or in neither.
      if (data.byteLength > MAX_BINARY_FILE_BYTES) {
        return {
          status: 'failed',
          message: `${suggestedName} is over ${MAX_BINARY_FILE_BYTES / 1024 / 1024} MB, too large to save`,
        };
      }
      download(suggestedName, data, mimeFor(suggestedName, 'application/octet-stream'));
      return { status: 'saved', fileName: suggestedName };
    },
    saveTextFilesToFolder: async (request) => {
      // The main process's own schema, so an export that the desktop would refuse (a bad name, too
      // large) is refused here too rather than downloaded.
      const parsed = SaveTextFilesToFolderRequestSchema.safeParse(request);
      if (!parsed.success) {
        const details = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
        return { status: 'failed', message: `Rejected save request: ${details}` };
      }
      for (const { name, content } of parsed.data.files) {
        download(name, content, mimeFor(name, 'text/plain;charset=utf-8'));
      }
      return { status: 'downloaded', fileNames: parsed.data.files.map((file) => file.name) };
    },
    openTextFile: async ({ filters, multiple }) => {
      const accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
      const files = await pickFiles(accept, multiple === true);
      const [first, ...more] = files;
      if (!first) return { status: 'cancelled' };
      const tooLarge = files.find((file) => file.size > MAX_TEXT_FILE_BYTES);
      if (tooLarge) {
        return {
          status: 'failed',
          message: `${tooLarge.name} is larger than ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB`,
        };
      }
      const opened = { status: 'opened' as const, fileName: first.name, bytes: first };
      return more.length === 0
        ? opened
        : { ...opened, more: more.map((file) => ({ fileName: file.name, bytes: file })) };
    },
    openSourceFile: async () => {
      const [file] = await pickFiles(SOURCE_ACCEPT, false);
      if (!file) return { status: 'cancelled' };
      // The desktop's limit and words, checked before the file is read.
      if (file.size > MAX_SOURCE_FILE_BYTES)
        return { status: 'refused', message: sourceTooLargeMessage(file.name, file.size) };
      try {
        return { status: 'opened', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      } catch (error) {
        return {
          status: 'refused',
          message: `Could not open ${file.name}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
    backups: undefined,
    onMenuCommand: () => () => {},
  };
}
