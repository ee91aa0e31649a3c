// Who made each row and who last changed it, and when: stamped where an edit is applied, by
// comparing the rows after the edit with the rows before it, so that a row moved by another row's
// edit (a date hanging on a moved anchor) is stamped too, and an untouched row keeps its stamps.
import { PROVENANCE_FIELDS, withoutProvenance, type Case, type RowProvenance } from '../model/case';
import type { Result } from '../model/result';
import { NameText } from '../model/text';
import { validateWith } from '../model/validate';

/** The abstractor's name or initials as the app keeps it: one line, trimmed, at most 200 characters. */
export const AbstractorNameSchema = NameText('name');

/** Checks a typed name; the message says what to change. */
export function readAbstractorName(typed: string): Result<string> {
  return validateWith(AbstractorNameSchema, typed, ['name']);
}

/** Who is editing and when: `by` is absent while the abstractor has not given a name. */
export interface Stamp {
  at: string;
  by?: string | undefined;
}

type Row = { id: string } & RowProvenance;

/** JSON with keys sorted at every level: the same content gives the same text whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const PROVENANCE = new Set<string>(PROVENANCE_FIELDS);

/** The same values field by field, by reference: what a row rebuilt by spreading has, cheaply. */
function sameFieldByField(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(left)) {
    if (PROVENANCE.has(key) || left[key] === undefined) continue;
    if (left[key] !== right[key]) return false;
    count += 1;
  }
  for (const key of Object.keys(right)) if (!PROVENANCE.has(key) && right[key] !== undefined) count -= 1;
  return count === 0;
}

/**
 * Whether two rows say the same, who made them and when aside. By reference first, then plain JSON: a row rebuilt by
 * spreading (every row, when a deleted event's links are dropped) keeps its key order, and sorting
 * the keys of 100,000 rows on every such edit would be paid for nothing.
 */
export function sameRowContent(a: object, b: object): boolean {
  if (a === b || sameFieldByField(a, b)) return true;
  const left = withoutProvenance(a);
  const right = withoutProvenance(b);
  if (JSON.stringify(left) === JSON.stringify(right)) return true;
  // Rows as the schema gives them have their keys in one order; only rows in another order (not
  // parsed yet) need the slower comparison, which would otherwise be paid for every changed row.
  const sameOrder = Object.keys(left).join('\u0000') === Object.keys(right).join('\u0000');
  return !sameOrder && canonicalJson(left) === canonicalJson(right);
}

/** The fields whose content differs between two versions of a row, in the order they first appear; stamps aside. */
export function changedFields(before: object, after: object): string[] {
  const a = withoutProvenance(before) as Record<string, unknown>;
  const b = withoutProvenance(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => canonicalJson(a[key]) !== canonicalJson(b[key]));
}

const changedStamp = ({ at, by }: Stamp) => ({ changedAt: at, ...(by === undefined ? {} : { changedBy: by }) });

/**
 * The rows after an edit, stamped: a new row is created and changed now by `by`; a changed row keeps
 * who created it (nothing is invented when it says nothing of that) and is changed now by `by` (no
 * name when none is given, rather than the previous changer's); a row that says what it said
 * before is the stored row, stamps and all. Stamps a row brought in with itself are not trusted:
 * the form knows nothing of them.
 */
export function stampRows<T extends Row>(before: readonly T[], after: readonly T[], stamp: Stamp): T[] {
  const stored = new Map(before.map((row) => [row.id, row]));
  return after.map((row) => {
    const was = stored.get(row.id);
    if (was === row) return row;
    if (was === undefined) {
      return {
        ...withoutProvenance(row),
        createdAt: stamp.at,
        ...(stamp.by === undefined ? {} : { createdBy: stamp.by }),
        ...changedStamp(stamp),
      } as T;
    }
    if (sameRowContent(was, row)) return was;
    return {
      ...withoutProvenance(row),
      ...(was.createdBy === undefined ? {} : { createdBy: was.createdBy }),
      ...(was.createdAt === undefined ? {} : { createdAt: was.createdAt }),
      ...changedStamp(stamp),
      ...(was.reconciled === undefined ? {} : { reconciled: was.reconciled }),
    } as T;
  });
}

/** The case after an edit, its rows stamped and the abstractor listed once, at their first edit. */
export function stampCase(before: Case, after: Case, stamp: Stamp): Case {
  const abstractors = before.abstractors ?? [];
  const listed = stamp.by === undefined || abstractors.includes(stamp.by);
  return {
    ...after,
    diagnoses: stampRows(before.diagnoses, after.diagnoses, stamp),
    events: stampRows(before.events, after.events, stamp),
    observations: stampRows(before.observations, after.observations, stamp),
    ...(listed ? {} : { abstractors: [...abstractors, stamp.by!] }),
  };
}
