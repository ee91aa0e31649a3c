// Rows in buckets, over fake-indexeddb: each row lands where its id hashes, edits touch only the
// buckets they must, and cases do not see each other's rows.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUCKETS_PER_CASE, bucketOf, deleteRows, readRows, writeRows, type BucketTable } from './row-buckets';

interface Row {
  id: string;
  value: number;
}

let db: Dexie;
let table: BucketTable<Row>;
let count = 0;

beforeEach(async () => {
  count += 1;
  db = new Dexie(`buckets-${count}`);
  db.version(1).stores({ rows: '[caseId+bucket]' });
  await db.open();
  table = db.table('rows');
});
afterEach(() => db.close());

const byId = (rows: Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('bucketOf', () => {
  it('gives every id a bucket in range, the same one every time', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const bucket = bucketOf(id);
        return Number.isInteger(bucket) && bucket >= 0 && bucket < BUCKETS_PER_CASE && bucketOf(id) === bucket;
      }),
    );
  });

  it('keeps the stored layout: these ids lie in these buckets in every database already written', () => {
    // Changing the hash or the bucket count files rows where reads do not look: it needs a new
    // layout version in the repository that moves every row.
    expect(BUCKETS_PER_CASE).toBe(64);
    expect(['ck-admission', 'ofatumumab-dose-1', 'a', 'obs-0', ''].map(bucketOf)).toEqual([39, 54, 44, 24, 5]);
  });

  it('spreads the ids a case uses over the buckets', () => {
    const counts = new Array<number>(BUCKETS_PER_CASE).fill(0);
    for (let i = 0; i < 6400; i++) counts[bucketOf(`obs-${i}`)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThan(150);
  });
});

describe('rows in buckets', () => {
  it('stores many rows as at most one record per bucket and reads them all back', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `r${i}`, value: i }));
    await writeRows(table, 'case-a', rows, []);
    expect(await table.count()).toBe(BUCKETS_PER_CASE);
    expect(byId(await readRows(table, 'case-a'))).toEqual(byId(rows));
  });

  it('replaces and deletes by id, rewriting only the buckets involved', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, value: i }));
    await writeRows(table, 'case-a', rows, []);
    const untouched = (await table.toArray()).filter((b) => b.bucket !== bucketOf('r7') && b.bucket !== bucketOf('r8'));
    await writeRows(table, 'case-a', [{ id: 'r7', value: -7 }], ['r8']);
    const after = await readRows(table, 'case-a');
    expect(after).toHaveLength(299);
    expect(after.find((r) => r.id === 'r7')?.value).toBe(-7);
    expect(after.some((r) => r.id === 'r8')).toBe(false);
    const others = (await table.toArray()).filter((b) => b.bucket !== bucketOf('r7') && b.bucket !== bucketOf('r8'));
    expect(others).toEqual(untouched);
  });

  it('deletes a bucket its last row leaves', async () => {
    await writeRows(table, 'case-a', [{ id: 'only', value: 1 }], []);
    await writeRows(table, 'case-a', [], ['only']);
    expect(await table.count()).toBe(0);
  });

  it('keeps cases apart, including cases whose ids share a prefix', async () => {
    await writeRows(table, 'case', [{ id: 'x', value: 1 }], []);
    await writeRows(table, 'case-2', [{ id: 'x', value: 2 }], []);
    expect(await readRows(table, 'case')).toEqual([{ id: 'x', value: 1 }]);
    await deleteRows(table, 'case');
    expect(await readRows(table, 'case')).toEqual([]);
    expect(await readRows(table, 'case-2')).toEqual([{ id: 'x', value: 2 }]);
  });
});
