// One reading of every file: each file of corpus/ goes through `cli validate` and through the import
// worker's session (in Node over fake-indexeddb), and both must give the same verdict and the same
// first message. A file named valid-* must be read by both, bad-* refused by both.
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseRepository } from '../../renderer/data/case-repository';
import { createImportSession, type ImportReply } from '../../renderer/features/import-export/import-session';
import type { Problem } from '../../shared/model/result';
import { EXIT, runCli, type CliIo } from './cli';

const CORPUS = path.join(import.meta.dirname, 'corpus');
const files = readdirSync(CORPUS).sort();

async function throughCli(name: string): Promise<{ ok: boolean; first: string | undefined }> {
  const err: string[] = [];
  const io: CliIo = {
    mkdir: () => Promise.reject(new Error('validate writes nothing')),
    writeFile: () => Promise.reject(new Error('validate writes nothing')),
    // Named as the app names it, by the file's name alone.
    readFile: (file) => readFile(path.join(CORPUS, file)),
    stdout: () => {},
    stderr: (line) => err.push(line),
    now: () => '2026-12-01T09:30:00.000Z',
  };
  const status = await runCli(['validate', name], io);
  return { ok: status === EXIT.ok, first: err[0] };
}

let repository: CaseRepository;
beforeAll(async () => {
  repository = new CaseRepository('corpus');
  await repository.ensureSeeded();
});
afterAll(() => repository.close());

async function throughImport(name: string): Promise<{ ok: boolean; first: Problem | undefined }> {
  const replies: ImportReply[] = [];
  const handle = createImportSession(repository, (reply) => replies.push(reply));
  const bytes = new Uint8Array(await readFile(path.join(CORPUS, name)));
  await handle({ type: 'read', files: [{ fileName: name, bytes }], openCaseId: undefined });
  const planned = replies.find((r) => r.type === 'planned');
  if (planned?.type !== 'planned') throw new Error(`${name}: the session gave no verdict`);
  return planned.result.ok ? { ok: true, first: undefined } : { ok: false, first: planned.result.problems[0] };
}

describe('the corpus', () => {
  it('holds good and bad files of every kind the two readings could disagree on', () => {
    expect(files.filter((f) => f.startsWith('valid-')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(10);
    expect(files.every((f) => /^(valid|bad)-.+\.(csv|json)$/.test(f))).toBe(true);
  });

  it.each(files)('%s: the CLI and the import give the same verdict and first message', async (name) => {
    const cli = await throughCli(name);
    const app = await throughImport(name);
    const valid = name.startsWith('valid-');
    expect({ cli: cli.ok, app: app.ok }).toEqual({ cli: valid, app: valid });
    if (valid) return;
    const problem = app.first!;
    if (/^[^:]+:\d+:\d+$/.test(problem.where)) {
      // Bytes and CSV: `file:line:column: message` on both sides, letter for letter.
      expect(cli.first).toBe(`${problem.where}: ${problem.message}`);
    } else {
      // JSON: the CLI adds the line and column of the path the app names.
      expect(cli.first).toMatch(new RegExp(`^${name}:\\d+:\\d+: `));
      expect(cli.first?.endsWith(`${problem.where.slice(`${name}: `.length)}: ${problem.message}`)).toBe(true);
    }
  });

  it.each([
    [
      'bad-header-repeated-every-other-line.csv',
      'bad-header-repeated-every-other-line.csv:3:1: line 3 repeats the header',
    ],
    [
      'bad-labs-row-15-cells.csv',
      'bad-labs-row-15-cells.csv:3:15: the row has 15 cells and the header 14: is a comma in a cell not quoted?',
    ],
    [
      'bad-labs-date-2021-13-45.csv',
      'bad-labs-date-2021-13-45.csv:2:5: date: month 13 does not exist (01 to 12), and day 45 does not exist in any month (01 to 31)',
    ],
    [
      'bad-utf16le-no-bom.csv',
      'bad-utf16le-no-bom.csv:1:1: the file looks like UTF-16LE text without a byte-order mark',
    ],
    ['bad-latin1.csv', 'bad-latin1.csv:3:'],
  ])('%s: starts with the real cause', async (name, first) => {
    expect((await throughCli(name)).first).toMatch(new RegExp(`^${first.replace(/[.()?]/g, '\\$&')}`));
  });
});
