// What the window and the compare worker say to each other: types and two checks, nothing heavy,
// so the window's bundle carries none of the pairing.
import type { Case } from '../../../shared/model/case';
import type { Result } from '../../../shared/model/result';
import type { Comparison } from '../../../shared/compare/compare-types';

export interface CompareRequest {
  id: number;
  left: Case;
  right: Case;
}

export interface CompareReply {
  id: number;
  result: Result<Comparison>;
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
