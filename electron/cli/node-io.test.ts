import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeIo } from './node-io';

describe('createNodeIo', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'node-io-'));
    const file = path.join(dir, 'case-labs.csv');
    await writeFile(file, 'old');
    await createNodeIo().writeFile(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['case-labs.csv']);
  });

  it('keeps the old file intact when the write fails midway', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'node-io-'));
    const file = path.join(dir, 'case.json');
    await writeFile(file, 'the old export');
    const failing = {
      ...fs,
      // The data reaches the temporary file, then the disk "fills up" before the rename.
      rename: () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
    };
    await expect(createNodeIo(failing).writeFile(file, 'the new export')).rejects.toThrow(/no space/);
    expect(await readFile(file, 'utf8')).toBe('the old export');
    expect(await readdir(dir)).toEqual(['case.json']);
  });
});
