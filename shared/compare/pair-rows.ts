// Pairs the rows of one kind from two abstractions: by overlapping evidence, then identical rows,
// then an optimal assignment (munkres) on what is left of each group.
import { munkres } from 'munkres';
import type { EvidenceAnchor } from '../model/evidence';
import type { ComparedField, ComparedItem, ComparedKind, ComparedRow } from './compare-types';
import { daysApart, fieldAgrees, isCompared, type Fields } from './compared-fields';

/** One row of one side, with what pairing needs worked out once. */
export interface Entry {
  index: number;
  row: ComparedRow;
  /** Rows pair only within a group: an analyte, an event kind and drug or label, a diagnosis label. */
  group: string;
  fields: Fields;
  signature: string;
  evidence: readonly EvidenceAnchor[] | undefined;
  /** The number a lab reports, for the assignment's last tie-break. */
  number: number | undefined;
  /** Set once the row is paired: a flag, not a Set, as 10,000 rows are looked up several times each. */
  paired: boolean;
}

export interface Pair {
  left: Entry;
  right: Entry;
  pairedBy: NonNullable<ComparedItem['pairedBy']>;
}

export interface Pairing {
  pairs: Pair[];
  leftOnly: Entry[];
  rightOnly: Entry[];
}

/**
 * A group's leftovers beyond this many cells (rows × rows) are assigned in blocks (see
 * `assignGroup`): munkres is cubic, and 5,000 × 5,000 would take minutes.
 */
const MAX_CELLS = 40_000;
/** Costs: differing fields first, then days apart, then how far the values are (see `pairCost`). */
const PER_DIFFERENCE = 1_000_000;
const MAX_DAYS = 99_999;
const FORBIDDEN = 1e12;

export function differingFields(fields: readonly ComparedField[], left: Fields, right: Fields): ComparedField[] {
  const out: ComparedField[] = [];
  for (const field of fields) if (isCompared(field, left, right) && !fieldAgrees(field, left, right)) out.push(field);
  return out;
}

function differenceCount(fields: readonly ComparedField[], left: Fields, right: Fields): number {
  let n = 0;
  for (const field of fields) if (isCompared(field, left, right) && !fieldAgrees(field, left, right)) n += 1;
  return n;
}

/**
 * Two rows that share neither their date nor what they say (a lab's value, an event's label) are
 * two facts, not one fact read two ways: left apart, each is found by one abstractor only, and the
 * reconciled case can keep both.
 */
export function canPair(kind: ComparedKind, l: Entry, r: Entry): boolean {
  const what: ComparedField | undefined = kind === 'observation' ? 'value' : kind === 'event' ? 'label' : undefined;
  if (what === undefined) return true;
  return fieldAgrees('date', l.fields, r.fields) || fieldAgrees(what, l.fields, r.fields);
}

function valueDistance(l: Entry, r: Entry): number {
  if (l.number === undefined || r.number === undefined) return l.fields.value?.key === r.fields.value?.key ? 0 : 1;
  const scale = Math.max(Math.abs(l.number), Math.abs(r.number));
  return scale === 0 ? 0 : Math.abs(l.number - r.number) / scale;
}

/** Fewest differing fields, then the nearest date, then the nearest value. */
export function pairCost(kind: ComparedKind, fields: readonly ComparedField[], l: Entry, r: Entry): number {
  if (!canPair(kind, l, r)) return FORBIDDEN;
  const days = Math.min(daysApart(l.fields.date?.key ?? '', r.fields.date?.key ?? ''), MAX_DAYS);
  return differenceCount(fields, l.fields, r.fields) * PER_DIFFERENCE + days + valueDistance(l, r) * 0.5;
}

function overlap(a: EvidenceAnchor, b: EvidenceAnchor): number {
  if (a.source !== b.source) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Rows of one group whose anchors overlap in one source were read from the same words. Several
 * rows may cite one sentence ("CK 1620 U/L, CK-MB >300.0 μg/L"), so candidates are taken best
 * first: fewest differing fields, then most words shared.
 */
function pairByEvidence(
  kind: ComparedKind,
  fields: readonly ComparedField[],
  lefts: readonly Entry[],
  rights: readonly Entry[],
  pairs: Pair[],
): void {
  const bySource = new Map<string, { entry: Entry; anchor: EvidenceAnchor }[]>();
  for (const r of rights) {
    for (const anchor of r.evidence ?? []) {
      const key = `${r.group}\u0000${anchor.source}`;
      let list = bySource.get(key);
      if (!list) bySource.set(key, (list = []));
      list.push({ entry: r, anchor });
    }
  }
  if (bySource.size === 0) return;
  const candidates: { l: Entry; r: Entry; shared: number; cost: number }[] = [];
  for (const l of lefts) {
    if (!l.evidence || l.evidence.length === 0) continue;
    const shared = new Map<Entry, number>();
    for (const anchor of l.evidence) {
      for (const { entry, anchor: other } of bySource.get(`${l.group}\u0000${anchor.source}`) ?? []) {
        const words = overlap(anchor, other);
        if (words > 0) shared.set(entry, (shared.get(entry) ?? 0) + words);
      }
    }
    for (const [r, words] of shared) candidates.push({ l, r, shared: words, cost: pairCost(kind, fields, l, r) });
  }
  candidates.sort(
    (a, b) =>
      Math.floor(a.cost / PER_DIFFERENCE) - Math.floor(b.cost / PER_DIFFERENCE) ||
      b.shared - a.shared ||
      a.cost - b.cost ||
      a.l.index - b.l.index ||
      a.r.index - b.r.index,
  );
  for (const c of candidates) {
    if (c.l.paired || c.r.paired) continue;
    c.l.paired = true;
    c.r.paired = true;
    pairs.push({ left: c.l, right: c.r, pairedBy: 'evidence' });
  }
}

function unpairedGroups(entries: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.paired) continue;
    let list = groups.get(e.group);
    if (!list) groups.set(e.group, (list = []));
    list.push(e);
  }
  return groups;
}

/** Optimal assignment of one block: each left row to at most one right row, never a forbidden pair. */
function assignBlock(
  kind: ComparedKind,
  fields: readonly ComparedField[],
  lefts: readonly Entry[],
  rights: readonly Entry[],
  pairs: Pair[],
): void {
  if (lefts.length === 0 || rights.length === 0) return;
  const costs = lefts.map((l) => {
    const row = new Float64Array(rights.length);
    rights.forEach((r, j) => (row[j] = pairCost(kind, fields, l, r)));
    return row;
  });
  const assigned = munkres(costs)
    .filter(([i, j]) => (costs[i]?.[j] ?? FORBIDDEN) < FORBIDDEN)
    // Left order, so that the items come out the same whatever order munkres returns them in.
    .sort(([a], [b]) => a - b);
  for (const [i, j] of assigned) {
    const l = lefts[i]!;
    const r = rights[j]!;
    l.paired = true;
    r.paired = true;
    pairs.push({ left: l, right: r, pairedBy: 'assignment' });
  }
}

const dateKey = (e: Entry) => e.fields.date?.key ?? '';
const BLOCKS: ((e: Entry) => string)[] = [
  dateKey,
  (e) => dateKey(e).slice(0, 7),
  (e) => dateKey(e).slice(0, 4),
  () => '',
];
/** How many rows of one date the last resort looks through for each row. */
const NEAREST = 32;

function blocksOf(blockOf: (e: Entry) => string, ls: readonly Entry[], rs: readonly Entry[]) {
  const blocks = new Map<string, { l: Entry[]; r: Entry[] }>();
  for (const [side, list] of [
    ['l', ls],
    ['r', rs],
  ] as const) {
    for (const e of list) {
      const key = blockOf(e);
      let block = blocks.get(key);
      if (!block) blocks.set(key, (block = { l: [], r: [] }));
      block[side].push(e);
    }
  }
  return blocks;
}

/**
 * A group's leftovers, assigned as one block when small enough (nearly always: about a tenth of a
 * case differs, spread over its analytes). A large one (an abstractor who wrote every CK in
 * another unit) is assigned date by date, then month by month, then year by year, each time as a
 * whole when what is left has become small enough; as a last resort each row takes the cheapest
 * of the first unpaired rows of its date, in order of value.
 */
function assignGroup(
  kind: ComparedKind,
  fields: readonly ComparedField[],
  lefts: readonly Entry[],
  rights: readonly Entry[],
  pairs: Pair[],
): void {
  for (const blockOf of BLOCKS) {
    const ls = lefts.filter((e) => !e.paired);
    const rs = rights.filter((e) => !e.paired);
    if (ls.length === 0 || rs.length === 0) return;
    if (ls.length * rs.length <= MAX_CELLS) {
      assignBlock(kind, fields, ls, rs, pairs);
      return;
    }
    for (const block of blocksOf(blockOf, ls, rs).values()) {
      if (block.l.length * block.r.length <= MAX_CELLS) assignBlock(kind, fields, block.l, block.r, pairs);
    }
  }
  const byValue = (a: Entry, b: Entry) => (a.number ?? 0) - (b.number ?? 0) || a.index - b.index;
  const rest = blocksOf(
    dateKey,
    lefts.filter((e) => !e.paired),
    rights.filter((e) => !e.paired),
  );
  for (const { l, r } of rest.values()) {
    r.sort(byValue);
    for (const left of l.sort(byValue)) {
      let best: Entry | undefined;
      let bestCost = FORBIDDEN;
      let looked = 0;
      for (const right of r) {
        if (right.paired) continue;
        const cost = pairCost(kind, fields, left, right);
        if (cost < bestCost) [best, bestCost] = [right, cost];
        if (++looked >= NEAREST) break;
      }
      if (best === undefined) continue;
      left.paired = true;
      best.paired = true;
      pairs.push({ left, right: best, pairedBy: 'assignment' });
    }
  }
}

/** Pairs one kind's rows (one event kind's, for events). Pairs come in left order. */
export function pairRows(
  kind: ComparedKind,
  fields: readonly ComparedField[],
  lefts: readonly Entry[],
  rights: readonly Entry[],
): Pairing {
  const pairs: Pair[] = [];
  pairByEvidence(kind, fields, lefts, rights, pairs);

  // Identical rows, in order: the n-th copy on the left pairs with the n-th copy on the right.
  const rightGroups = unpairedGroups(rights);
  const identical = new Map<string, Map<string, Entry[]>>();
  for (const [group, list] of rightGroups) {
    const bySignature = new Map<string, Entry[]>();
    for (const r of list) {
      const same = bySignature.get(r.signature);
      if (same) same.push(r);
      else bySignature.set(r.signature, [r]);
    }
    identical.set(group, bySignature);
  }
  for (const l of lefts) {
    if (l.paired) continue;
    const same = identical.get(l.group)?.get(l.signature);
    const r = same?.shift();
    if (!r) continue;
    l.paired = true;
    r.paired = true;
    pairs.push({ left: l, right: r, pairedBy: 'identical' });
  }

  const leftGroups = unpairedGroups(lefts);
  for (const [group, ls] of leftGroups) {
    const rs = rightGroups.get(group)?.filter((r) => !r.paired);
    if (rs && rs.length > 0) assignGroup(kind, fields, ls, rs, pairs);
  }

  pairs.sort((a, b) => a.left.index - b.left.index);
  return {
    pairs,
    leftOnly: lefts.filter((e) => !e.paired),
    rightOnly: rights.filter((e) => !e.paired),
  };
}
