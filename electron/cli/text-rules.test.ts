// The text limits and character rules through the CLI: the same refusals as the app's import, each
// at the file's line and column, and invisible characters removed with a warning.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLabsCsv } from '../../shared/codecs/csv/case-csv';
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import { createSeedCase } from '../../shared/seed/seed-case';
import { EXIT, runCli } from './cli';
import { createNodeIo } from './node-io';

const seed = createSeedCase();
const lab = { ...seed.observations[0]!, analyte: 'Creatine kinase (CK)' };

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { ...createNodeIo(), stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) };
  return { io, out, err };
}

async function fileWith(name: string, text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'cli-text-')), name);
  await writeFile(file, text);
  return file;
}

describe('cli validate: text limits and characters', () => {
  it('refuses a 50 MB title at its line and column, naming the field and the limit', async () => {
    const text = encodeCaseFile([seed]).replace(
      `"title": ${JSON.stringify(seed.title)}`,
      `"title": "${'A'.repeat(50_000_000)}"`,
    );
    const file = await fileWith('hostile.json', text);
    const { io, err } = testIo();
    expect(await runCli(['validate', file], io)).toBe(EXIT.badData);
    const before = text.slice(0, text.indexOf('"AAA'));
    const [line, column] = [before.split('\n').length, before.length - before.lastIndexOf('\n')];
    expect(err).toEqual([
      `${file}:${line}:${column}: cases[0].title: title is 50,000,000 characters long; at most 500 are allowed`,
    ]);
  });

  it('refuses NUL in a CSV analyte at its line and column', async () => {
    const csv = encodeLabsCsv([{ ...seed, observations: [lab] }]).replace(
      'Creatine kinase (CK)',
      'Creatine\u0000kinase (CK)',
    );
    const file = await fileWith('labs.csv', csv);
    const { io, err } = testIo();
    expect(await runCli(['validate', file], io)).toBe(EXIT.badData);
    expect(err).toEqual([`${file}:2:3: analyte: analyte has the control character U+0000 at character 9: remove it`]);
  });

  it('refuses an escaped C1 control in a JSON analyte, at the value', async () => {
    const text = encodeCaseFile([{ ...seed, observations: [lab] }]).replace(
      '"Creatine kinase (CK)"',
      '"Creatine kinase\\u0085(CK)"',
    );
    const file = await fileWith('case.json', text);
    const { io, err } = testIo();
    expect(await runCli(['validate', file], io)).toBe(EXIT.badData);
    expect(err).toEqual([
      expect.stringMatching(
        /:\d+:\d+: cases\[0\]\.observations\[0\]\.analyte: analyte has the control character U\+0085 at character 16: remove it$/,
      ),
    ]);
  });

  it('removes a zero-width space from an analyte, warns where it was, and writes the clean name', async () => {
    const csv = encodeLabsCsv([{ ...seed, observations: [lab] }]).replace(
      'Creatine kinase (CK)',
      'Creatine\u200B kinase (CK)',
    );
    const file = await fileWith('labs.csv', csv);
    const column = csv.split('\n')[1]!.indexOf('\u200B') + 1;
    const { io, err } = testIo();
    const out = path.join(path.dirname(file), 'out.json');
    expect(await runCli(['convert', '--to', 'json', '--out', out, file], io)).toBe(EXIT.ok);
    expect(err).toContain(
      `${file}:2:${column}: warning: an invisible character (U+200B) was removed: names that look alike are now alike`,
    );
    expect(await readFile(out, 'utf8')).toContain('"analyte": "Creatine kinase (CK)"');
  });
});
