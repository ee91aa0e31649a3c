// Browser implementation of the platform seam: downloads for saving, a file input for opening.
import { MAX_TEXT_FILE_BYTES } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';

function download(name: string, content: string, mime: string): void {
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

function pickFile(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserBridge(): PlatformBridge {
  return {
    kind: 'browser',
    saveTextFile: async ({ suggestedName, content }) => {
      const mime = suggestedName.endsWith('.json') ? 'application/json' : 'text/plain';
      download(suggestedName, content, `${mime};charset=utf-8`);
      return { status: 'saved', fileName: suggestedName };
    },
    openTextFile: async ({ filters }) => {
      const accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
      const file = await pickFile(accept);
      if (!file) return { status: 'cancelled' };
      if (file.size > MAX_TEXT_FILE_BYTES) {
        return { status: 'failed', message: `${file.name} is larger than ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB` };
      }
      return { status: 'opened', fileName: file.name, content: await file.text() };
    },
    onMenuCommand: () => () => {},
  };
}
