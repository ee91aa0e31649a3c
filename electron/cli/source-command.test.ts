// Specification of `cli source`: the app's reading of a source file, on the command line.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../shared/sources/fingerprint';
import { textPdf } from '../../shared/sources/fixtures/text-pdf';
import { EXIT, runCli, type CliIo } from './cli';
import { createNodeIo } from './node-io';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...createNodeIo(), stdout: (line) => out.push(line), stderr: (line) => err.push(line) };
  return { io, out, err };
}

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'cli-source-')), name);
  await writeFile(file, content);
  return file;
}

describe('cli source', () => {
  it('prints the normalised text', async () => {
    const file = await fileWith('report.txt', 'CK 4210 U/L\r\n\uFB01brosis\r\n');
    const { io, out, err } = testIo();
    expect(await runCli(['source', file], io)).toBe(EXIT.ok);
    expect(out).toEqual(['CK 4210 U/L\nfibrosis']);
    expect(err).toEqual([]);
  });

  it('prints a PDF’s text page by page, as the app reads it', async () => {
    const file = await fileWith('report.pdf', await textPdf([['necro-', 'tizing'], ['CK 4210 U/L']]));
    const { io, out } = testIo();
    expect(await runCli(['source', file], io)).toBe(EXIT.ok);
    expect(out).toEqual(['necrotizing\n\nCK 4210 U/L']);
  });

  it('prints only the fingerprint with --fingerprint', async () => {
    const file = await fileWith('report.md', '# Case\n\nCK 4210 U/L\n');
    const { io, out } = testIo();
    expect(await runCli(['source', file, '--fingerprint'], io)).toBe(EXIT.ok);
    expect(out).toEqual([await fingerprintText('# Case\n\nCK 4210 U/L\n')]);
  });

  it('exits 1 with the message for a file it cannot read as a source', async () => {
    const file = await fileWith('photo.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    const { io, out, err } = testIo();
    expect(await runCli(['source', file], io)).toBe(EXIT.badData);
    expect(out).toEqual([]);
    expect(err).toEqual([`${file} is not a text, PDF, JATS or HTML file: it looks like a JPEG image`]);
  });

  it('exits 1 naming a file that is not there', async () => {
    const { io, err } = testIo();
    expect(await runCli(['source', '/no/such/report.pdf'], io)).toBe(EXIT.badData);
    expect(err[0]).toMatch(/^\/no\/such\/report\.pdf: cannot read: .*ENOENT/);
  });

  it.each([[[]], [['a.txt', 'b.txt']], [['a.txt', '--pages']]])('exits 2 with the usage for %j', async (args) => {
    const { io, err } = testIo();
    expect(await runCli(['source', ...args], io)).toBe(EXIT.usage);
    expect(err.join('\n')).toContain('usage: npm run cli -- source FILE [--fingerprint]');
  });

  it('is listed in the usage text', async () => {
    const { io, out } = testIo();
    await runCli(['help'], io);
    expect(out.join('\n')).toMatch(/^ {2}source FILE \[--fingerprint\] +print a source's normalised text/m);
  });
});
