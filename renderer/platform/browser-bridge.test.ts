// Specification of the browser's folder export: one download per file, and the desktop's refusals kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
