// What the window and the compare worker say to each other: types and two checks, nothing heavy,
// so the window's bundle carries none of the pairing.
import type { Case } from '../../../shared/model/case';
import { fail, ok, type Result } from '../../../shared/model/result';
import type { ComparedItem, ComparedKind, ComparedRow, Comparison } from '../../../shared/compare/compare-types';

export interface CompareRequest {
  id: number;
  left: Case;
  right: Case;
}

/**
 * An item as it crosses back: its rows as positions in the cases the window sent (0 for the
 * citation and the patient), not copies. Cloning 10,000 rows back would double the time the
 * window spends on the message, and the window holds those rows already.
 */
export interface WireItem extends Omit<ComparedItem, 'left' | 'right'> {
  leftAt?: number;
  rightAt?: number;
}

export interface WireComparison extends Omit<Comparison, 'items'> {
  items: WireItem[];
}

export interface CompareReply {
  id: number;
  result: Result<WireComparison>;
}

function rowsOf(c: Case, kind: ComparedKind): readonly ComparedRow[] {
  switch (kind) {
    case 'citation':
      return [c.citation];
    case 'patient':
      return [c.patient];
    case 'diagnosis':
      return c.diagnoses;
    case 'event':
      return c.events;
    case 'observation':
      return c.observations;
  }
}

/** In the worker: each row's position in its case, by the row object compareCases kept. */
export function toWire(comparison: Comparison, left: Case, right: Case): WireComparison {
  const at = (c: Case) => {
    const positions = new Map<ComparedRow, number>();
    for (const kind of ['citation', 'patient', 'diagnosis', 'event', 'observation'] as const) {
      rowsOf(c, kind).forEach((row, i) => positions.set(row, i));
    }
    return positions;
  };
  const leftAt = at(left);
  const rightAt = at(right);
  return {
    ...comparison,
    items: comparison.items.map(({ left: l, right: r, ...item }) => ({
      ...item,
      ...(l === undefined ? {} : { leftAt: leftAt.get(l) ?? -1 }),
      ...(r === undefined ? {} : { rightAt: rightAt.get(r) ?? -1 }),
    })),
  };
}

/** In the window: the items with the rows of the cases it sent, the very objects. */
export function fromWire(wire: WireComparison, left: Case, right: Case): Result<Comparison> {
  const items: ComparedItem[] = [];
  for (const { leftAt, rightAt, ...item } of wire.items) {
    const l = leftAt === undefined ? undefined : rowsOf(left, item.kind)[leftAt];
    const r = rightAt === undefined ? undefined : rowsOf(right, item.kind)[rightAt];
    if ((leftAt !== undefined && l === undefined) || (rightAt !== undefined && r === undefined)) {
      return fail({ where: 'compare', message: `item ${item.key} names a row the cases do not have` });
    }
    items.push({ ...item, ...(l === undefined ? {} : { left: l }), ...(r === undefined ? {} : { right: r }) });
  }
  return ok({ ...wire, items });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The shape the pairing walks: a case with its three lists of rows, a citation and a patient. The
 * cases were checked where they came in (the repository, the case file's decoder); this only keeps
 * a malformed message from failing deep inside the pairing with a message no one can act on.
 */
export function compareRequestProblem(data: unknown): string | undefined {
  if (!isObject(data) || typeof data.id !== 'number') return 'the request has no id';
  for (const side of ['left', 'right'] as const) {
    const c = data[side];
    if (!isObject(c)) return `the ${side} case is missing`;
    for (const list of ['diagnoses', 'events', 'observations'] as const) {
      if (!Array.isArray(c[list])) return `the ${side} case has no list of ${list}`;
    }
    if (!isObject(c.citation) || !isObject(c.patient)) return `the ${side} case has no citation or patient`;
  }
  return undefined;
}

export function isCompareReply(data: unknown): data is CompareReply {
  if (!isObject(data) || typeof data.id !== 'number' || !isObject(data.result)) return false;
  const result = data.result;
  if (result.ok === false) return Array.isArray(result.problems);
  return (
    result.ok === true &&
    isObject(result.value) &&
    Array.isArray(result.value.items) &&
    isObject(result.value.agreement)
  );
}
