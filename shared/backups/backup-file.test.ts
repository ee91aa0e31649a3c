// Specification of a backup's contents: a case file the import reads back whole (cases, rows, evidence,
// source texts and their dismissed suggestions), compressed, and refused past what a restore can read.
import { describe, expect, it } from 'vitest';
import { decodeCaseFileWithSources } from '../codecs/json/case-file';
import { prepareImport } from '../import/prepare';
import { createSeedCase } from '../seed/seed-case';
import {
  backupContents,
  BackupTooLargeError,
  caseFilePieces,
  gunzipBounded,
  gzipPieces,
  type StoredSource,
} from './backup-file';

const seed = createSeedCase();
const listed = seed.sources?.[0];
if (!listed) throw new Error('the seed case lists its report');

const report: StoredSource = {
  fingerprint: listed.fingerprint,
  normaliserVersion: listed.normaliserVersion,
  name: 'case-report.txt',
  kind: 'text',
  text: 'CK 1620 U/l on admission.',
  parts: [{ label: 'Case', start: 0, end: 25 }],
  dismissedSuggestions: [{ start: 0, end: 11, kind: 'observation' }],
};
const uncited: StoredSource = { ...report, fingerprint: 'f'.repeat(64), name: 'opened once.txt' };

async function roundTrip(pieces: Iterable<string>): Promise<string> {
  const inflated = await gunzipBounded(await gzipPieces(pieces));
  return new TextDecoder().decode(inflated);
}

describe('a backup', () => {
  it('is a case file the import reads: the cases whole, the cited sources with their dismissed suggestions', async () => {
    const other = { ...seed, id: 'second-case', title: 'Second case' };
    const contents = backupContents([seed, other], [report, uncited]);
    expect(contents.sourcesLeftOut).toEqual([]);

    const text = await roundTrip(caseFilePieces(contents));
    const decoded = decodeCaseFileWithSources(text);
    expect(decoded.ok && decoded.value.cases.map((c) => [c.id, c.events.length, c.observations.length])).toEqual([
      [seed.id, seed.events.length, seed.observations.length],
      ['second-case', seed.events.length, seed.observations.length],
    ]);
    expect(decoded.ok && decoded.value.sources).toEqual([
      {
        ...listed,
        text: report.text,
        parts: report.parts,
        dismissedSuggestions: [{ start: 0, end: 11, kind: 'observation' }],
      },
    ]);
    // The same file through the import's own reading, as a restore reads it.
    const planned = prepareImport('backup-2026-12-03-090000-2-cases.json.gz', text, { existing: [] });
    expect(planned.ok && planned.value.preview.totals.cases).toBe(2);
  });

  it('keeps a case stored before a rule was tightened as it is, rather than failing the whole backup', async () => {
    const legacy = { ...seed, id: 'legacy', title: 'x'.repeat(10_000) };
    const text = await roundTrip(caseFilePieces(backupContents([seed, legacy], [])));
    const file = JSON.parse(text) as { cases: Array<{ id: string; title: string }> };
    expect(file.cases.map((c) => [c.id, c.title.length])).toEqual([
      [seed.id, seed.title.length],
      ['legacy', 10_000],
    ]);
  });

  it('holds no cases and no sources when the profile is empty', async () => {
    const text = await roundTrip(caseFilePieces(backupContents([], [report])));
    expect(JSON.parse(text)).toEqual({ format: 'case-abstraction', version: 3, cases: [] });
  });

  it('names a stored source too long for a case file instead of dropping it silently', () => {
    const huge = { ...report, text: 'x'.repeat(4_000_001) };
    expect(backupContents([seed], [huge])).toMatchObject({ sources: [], sourcesLeftOut: [listed.name] });
  });

  it('is refused past the text a restore reads, and inflating stops at the limit', async () => {
    const pieces = ['{"cases":[', 'x'.repeat(600), ']}'];
    await expect(gzipPieces(pieces, 500)).rejects.toBeInstanceOf(BackupTooLargeError);
    const bomb = await gzipPieces(['0'.repeat(10_000)]);
    expect(await gunzipBounded(bomb, 9_999)).toBeUndefined();
    expect((await gunzipBounded(bomb, 10_000))?.byteLength).toBe(10_000);
  });
});
