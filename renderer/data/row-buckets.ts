// How a case's events and observations lie in IndexedDB: in a fixed number of buckets per case,
// each bucket one record holding the rows whose id hashes to it. IndexedDB pays per record, not
// per byte: 100,000 observations as 100,000 records took 4–8 s to store in Chromium and as 64
// buckets about 0.4 s, and a case reads back in a fifth of the time. An edit rewrites the one
// bucket its row hashes to (about 1,600 rows in a 100,000-row case), which stays in milliseconds.
// Used by the repository only, inside its transactions.
import type { Table } from 'dexie';

/** Part of the stored layout, as is bucketOf: changing either needs a new layout version that moves every row. */
export const BUCKETS_PER_CASE = 64;

export interface RowBucket<T> {
  caseId: string;
  /** 0 … BUCKETS_PER_CASE − 1, from the hash of each row's id. */
  bucket: number;
  rows: T[];
}

export type BucketTable<T> = Table<RowBucket<T>, [string, number]>;

/** FNV-1a over the id's UTF-16 code units: cheap, stable across releases, and spreads short ids evenly. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS_PER_CASE;
}

/** Every bucket of one case: its key range. */
const ofCase = <T>(table: BucketTable<T>, caseId: string) =>
  table.where('[caseId+bucket]').between([caseId, 0], [caseId, BUCKETS_PER_CASE], true, false);

/** The rows of one case, in no particular order. */
export async function readRows<T>(table: BucketTable<T>, caseId: string): Promise<T[]> {
  const buckets = await ofCase(table, caseId).toArray();
  return buckets.flatMap((b) => b.rows);
}

/** One row of a case by id, reading only the bucket it falls in. */
export async function readRow<T extends { id: string }>(
  table: BucketTable<T>,
  caseId: string,
  id: string,
): Promise<T | undefined> {
  return (await table.get([caseId, bucketOf(id)]))?.rows.find((row) => row.id === id);
}

export async function deleteRows<T>(table: BucketTable<T>, caseId: string): Promise<void> {
  await ofCase(table, caseId).delete();
}

/**
 * Puts and deletes rows of one case by id, reading and rewriting only the buckets they fall in;
 * a bucket left empty is deleted.
 */
export async function writeRows<T extends { id: string }>(
  table: BucketTable<T>,
  caseId: string,
  puts: readonly T[],
  deletes: readonly string[],
): Promise<void> {
  const touched = new Map<number, { puts: T[]; deletes: string[] }>();
  const at = (id: string) => {
    const bucket = bucketOf(id);
    let entry = touched.get(bucket);
    if (!entry) touched.set(bucket, (entry = { puts: [], deletes: [] }));
    return entry;
  };
  for (const row of puts) at(row.id).puts.push(row);
  for (const id of deletes) at(id).deletes.push(id);
  if (touched.size === 0) return;

  const numbers = [...touched.keys()];
  const stored = await table.bulkGet(numbers.map((bucket): [string, number] => [caseId, bucket]));
  const keep: RowBucket<T>[] = [];
  const empty: [string, number][] = [];
  numbers.forEach((bucket, i) => {
    const change = touched.get(bucket)!;
    const rows = new Map((stored[i]?.rows ?? []).map((row) => [row.id, row]));
    for (const id of change.deletes) rows.delete(id);
    for (const row of change.puts) rows.set(row.id, row);
    if (rows.size > 0) keep.push({ caseId, bucket, rows: [...rows.values()] });
    else empty.push([caseId, bucket]);
  });
  if (empty.length > 0) await table.bulkDelete(empty);
  if (keep.length > 0) await table.bulkPut(keep);
}
