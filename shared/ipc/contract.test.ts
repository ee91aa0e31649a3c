// Specification of the folder-export request: which file names may be written into the folder the user picks.
import { describe, expect, it } from 'vitest';
import { csvFileNames } from '../codecs/csv/case-csv';
import {
  FolderFileNameSchema,
  MAX_FOLDER_FILES,
  MAX_TEXT_FILE_BYTES,
  SaveTextFilesToFolderRequestSchema,
  utf8ByteLength,
} from './contract';

describe('FolderFileNameSchema', () => {
  it('takes the names the app exports, for the longest case id', () => {
    const names = csvFileNames('a'.repeat(64));
    expect(FolderFileNameSchema.safeParse(names.events).success).toBe(true);
    expect(FolderFileNameSchema.safeParse(names.labs).success).toBe(true);
    expect(FolderFileNameSchema.safeParse('case-abstractions.json').success).toBe(true);
    expect(FolderFileNameSchema.safeParse('Labs_2024.CSV').success).toBe(true);
  });

  it.each([
    ['a parent folder', '../x.csv'],
    ['the parent folder itself', '..'],
    ['the folder itself', '.'],
    ['an absolute POSIX path', '/etc/x.csv'],
    ['a Windows separator', 'a\\b.csv'],
    ['a Windows drive', 'C:x.csv'],
    ['a UNC path', '\\\\server\\share\\x.csv'],
    ['a NUL character', 'x\u0000.csv'],
    ['a newline', 'x\n.csv'],
    ['a hidden name, where temporary files go', '.x.csv'],
    ['a space, which Windows drops at the end', 'x .csv'],
    ['an empty name', ''],
    ['121 characters', `${'a'.repeat(117)}.csv`],
    ['no extension', 'events'],
    ['an executable', 'x.exe'],
    ['an extension only in the middle', 'x.csv.exe'],
    ['a Windows device', 'nul.csv'],
    ['a Windows device, upper case', 'COM1.json'],
    ['non-ASCII letters', 'épisode.csv'],
  ])('refuses %s', (_label, name) => {
    expect(FolderFileNameSchema.safeParse(name).success).toBe(false);
  });

  it('allows 120 characters', () => {
    expect(FolderFileNameSchema.safeParse(`${'a'.repeat(116)}.csv`).success).toBe(true);
  });
});

describe('SaveTextFilesToFolderRequestSchema', () => {
  const file = (name: string, content = '') => ({ name, content });

  it(`takes 1 to ${MAX_FOLDER_FILES} files with an optional title`, () => {
    expect(SaveTextFilesToFolderRequestSchema.safeParse({ files: [file('a.csv')] }).success).toBe(true);
    const most = Array.from({ length: MAX_FOLDER_FILES }, (_, i) => file(`t${i}.csv`));
    expect(SaveTextFilesToFolderRequestSchema.safeParse({ title: 'Export', files: most }).success).toBe(true);
    expect(SaveTextFilesToFolderRequestSchema.safeParse({ files: [] }).success).toBe(false);
    expect(SaveTextFilesToFolderRequestSchema.safeParse({ files: [...most, file('one-more.csv')] }).success).toBe(
      false,
    );
  });

  it('refuses a name repeated in another case, naming the repeat', () => {
    const result = SaveTextFilesToFolderRequestSchema.safeParse({ files: [file('a.csv'), file('A.CSV')] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['files', 1, 'name'] })]);
  });

  it('counts the size limit in UTF-8 bytes over all files together', () => {
    const half = 'x'.repeat(MAX_TEXT_FILE_BYTES / 2);
    expect(
      SaveTextFilesToFolderRequestSchema.safeParse({ files: [file('a.csv', half), file('b.csv', half)] }).success,
    ).toBe(true);
    expect(
      SaveTextFilesToFolderRequestSchema.safeParse({ files: [file('a.csv', half), file('b.csv', `${half}x`)] }).success,
    ).toBe(false);
  });
});

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['CK', 2],
    ['µg/L', 5],
    ['×10⁶/L', 9],
    ['\uFEFFcase', 7],
    ['🧪', 4],
    ['a\uD800b', 5], // a lone surrogate is written as U+FFFD
    ['\uDC00', 3],
  ])('%j is %i bytes, as Node encodes it', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).byteLength).toBe(bytes);
  });
});
