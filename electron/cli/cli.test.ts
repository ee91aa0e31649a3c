import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import { EXIT, runCli, type CliIo } from './cli';

function realIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    mkdir: async (dir) => {
      await mkdir(dir, { recursive: true });
    },
    writeFile: (file, content) => writeFile(file, content, 'utf8'),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

describe('cli seed', () => {
  it('writes DIR/<case-id>.json with the codec bytes the app exports', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'seed-')), 'nested');
    const { io, out } = realIo();
    expect(await runCli(['seed', '--out', dir], io)).toBe(EXIT.ok);
    expect(await readdir(dir)).toEqual([`${SEED_CASE_ID}.json`]);
    expect(await readFile(path.join(dir, `${SEED_CASE_ID}.json`), 'utf8')).toBe(encodeCaseFile([createSeedCase()]));
    expect(out).toEqual([path.join(dir, `${SEED_CASE_ID}.json`)]);
  });

  it.each([[['seed']], [['seed', '--out']], [['seed', '--out', 'x', '--bogus']], [['frobnicate']], [[]]])(
    'exits 2 with a message on bad usage %j',
    async (argv) => {
      const { io, err } = realIo();
      expect(await runCli(argv, io)).toBe(EXIT.usage);
      expect(err.join('\n')).toMatch(/usage: npm run cli/);
    },
  );

  it('exits 1 when the file cannot be written', async () => {
    const { io, err } = realIo();
    io.writeFile = () => Promise.reject(new Error('disk full'));
    expect(await runCli(['seed', '--out', await mkdtemp(path.join(tmpdir(), 'seed-'))], io)).toBe(EXIT.badData);
    expect(err[0]).toMatch(/cannot write .*disk full/);
  });
});
