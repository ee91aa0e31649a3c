// Specification of reading the other abstraction of a compare: the import's decoding and checks,
// each problem named by the file, and nothing stored (it only returns cases).
import { describe, expect, it } from 'vitest';
import { encodeLabsCsv } from '../../../shared/codecs/csv/case-csv';
import { encodeCaseFile } from '../../../shared/codecs/json/case-file';
import { createSeedCase } from '../../../shared/seed/seed-case';
import { readComparedFile } from './read-compared-file';

const seed = createSeedCase();
const bytes = (text: string) => new TextEncoder().encode(text);

async function gzip(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('readComparedFile', () => {
  it('reads a case file exported by another copy of the app', async () => {
    const read = await readComparedFile({ fileName: 'other.json', bytes: bytes(encodeCaseFile([seed])) });
    expect(read.ok && read.value.map((c) => c.id)).toEqual([seed.id]);
  });

  it('reads a backup (.json.gz) as the JSON inside it', async () => {
    const zipped = await gzip(bytes(encodeCaseFile([seed])));
    const read = await readComparedFile({ fileName: 'backup.json.gz', bytes: zipped });
    expect(read.ok && read.value[0]?.events.length).toBe(seed.events.length);
  });

  it('names the file and the place of every problem, as the import does', async () => {
    const text = encodeCaseFile([seed]).replace('"2022-09-05"', '"2022-09-31"');
    const read = await readComparedFile({ fileName: 'other.json', bytes: bytes(text) });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]?.where).toMatch(/^other\.json: cases\[0\]\./);
    const broken = await readComparedFile({ fileName: 'broken.json', bytes: bytes('{"format": ') });
    expect(!broken.ok && broken.problems[0]?.where).toMatch(/^broken\.json(:\d+:\d+)?/);
  });

  it('refuses CSV tables: they hold rows, not a whole abstraction', async () => {
    const read = await readComparedFile({ fileName: 'labs.csv', bytes: bytes(encodeLabsCsv([seed])) });
    expect(!read.ok && read.problems[0]?.message).toMatch(/JSON case file/);
  });
});
