// Specification of the browser bridge: a folder export as one download per file, with the desktop's refusals kept, and a source opened through the file picker in the desktop's shape.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SOURCE_FILE_BYTES } from '../../shared/ipc/contract';
import { createBrowserBridge } from './browser-bridge';

/** What each clicked download link carried. */
let downloads: Array<{ name: string; type: string }>;

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', {
    createObjectURL: (blob: Blob) => {
      const url = `blob:${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: vi.fn(),
  });
  vi.stubGlobal('document', {
    body: { append: vi.fn() },
    createElement: () => {
      const link = {
        href: '',
        download: '',
        style: {},
        click: () => downloads.push({ name: link.download, type: blobs.get(link.href)?.type ?? '' }),
        remove: vi.fn(),
      };
      return link;
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser saveTextFilesToFolder', () => {
  it('downloads each file in turn and says so', async () => {
    const result = await createBrowserBridge().saveTextFilesToFolder({
      files: [
        { name: 'anti-srp-events.csv', content: 'a' },
        { name: 'anti-srp-labs.csv', content: 'b' },
      ],
    });

    expect(result).toEqual({ status: 'downloaded', fileNames: ['anti-srp-events.csv', 'anti-srp-labs.csv'] });
    expect(downloads).toEqual([
      { name: 'anti-srp-events.csv', type: 'text/csv;charset=utf-8' },
      { name: 'anti-srp-labs.csv', type: 'text/csv;charset=utf-8' },
    ]);
  });

  it('refuses what the desktop would refuse, and downloads nothing', async () => {
    const result = await createBrowserBridge().saveTextFilesToFolder({
      files: [
        { name: 'anti-srp-events.csv', content: 'a' },
        { name: '../anti-srp-labs.csv', content: 'b' },
      ],
    });

    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('files[1].name') });
    expect(downloads).toEqual([]);
  });
});

describe('browser openSourceFile', () => {
  /** A file input that, once clicked, reports `file` picked (or a cancel when undefined). */
  function pickerChoosing(file: File | undefined) {
    const inputs: Array<{ type: string; accept: string }> = [];
    vi.stubGlobal('document', {
      body: { append: vi.fn() },
      createElement: () => {
        const listeners = new Map<string, () => void>();
        const input = {
          type: '',
          accept: '',
          style: {},
          files: file ? [file] : [],
          addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
          click: () => listeners.get(file ? 'change' : 'cancel')?.(),
          remove: vi.fn(),
        };
        inputs.push(input);
        return input;
      },
    });
    return inputs;
  }

  it('gives the picked file’s name and bytes, in the desktop’s shape, offering the report kinds', async () => {
    const inputs = pickerChoosing(new File([Uint8Array.from([0x25, 0x50, 0x44, 0x46])], 'case-report.pdf'));
    const result = await createBrowserBridge().openSourceFile();
    expect(result.status === 'opened' && [result.name, result.bytes.constructor, [...result.bytes]]).toEqual([
      'case-report.pdf',
      Uint8Array,
      [0x25, 0x50, 0x44, 0x46],
    ]);
    expect(inputs[0]?.type).toBe('file');
    expect(inputs[0]?.accept.split(',')).toEqual(expect.arrayContaining(['.txt', '.md', '.pdf', '.xml', '.html']));
  });

  it('returns cancelled when the picker is closed', async () => {
    pickerChoosing(undefined);
    expect(await createBrowserBridge().openSourceFile()).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over the limit before reading it, in the desktop’s words', async () => {
    const huge = new File([], 'scan.pdf');
    Object.defineProperty(huge, 'size', { value: MAX_SOURCE_FILE_BYTES + 1 });
    const arrayBuffer = vi.spyOn(huge, 'arrayBuffer');
    pickerChoosing(huge);
    expect(await createBrowserBridge().openSourceFile()).toEqual({
      status: 'refused',
      message: 'scan.pdf is 32.0 MB; Case Abstractor opens sources up to 32 MB.',
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});
