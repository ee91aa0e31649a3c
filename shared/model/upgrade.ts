// Upgrades of older case data to the schema of today, one step per version: the one path the JSON
// codec, the CLI and the database upgrade all take, so an older case reads the same everywhere.
import { SCHEMA_VERSION } from './case';

/** The oldest schema version this app still reads. */
export const OLDEST_SCHEMA_VERSION = 1;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One step each. Version 2 only added what version 1 could not say (evidence on rows, the case's
 * sources); version 3 only added who made and changed each row, the case's abstractors and what a
 * reconciliation decided. All of it is optional and none of it is invented for an old case ("not
 * recorded" is the truth), so each step only renumbers.
 */
const STEPS: Readonly<Record<number, (c: Record<string, unknown>) => Record<string, unknown>>> = {
  1: (c) => ({ ...c, schemaVersion: 2 }),
  2: (c) => ({ ...c, schemaVersion: 3 }),
};

/**
 * A case of an older schema version brought to today's, step by step. Anything that is not an
 * older case is given back untouched: the schema then says what is wrong with it.
 */
export function upgradeCase(input: unknown): unknown {
  if (!isRecord(input)) return input;
  let current = input;
  while (typeof current.schemaVersion === 'number' && current.schemaVersion < SCHEMA_VERSION) {
    const step = STEPS[current.schemaVersion];
    if (step === undefined) return current;
    current = step(current);
  }
  return current;
}

/**
 * A case file's parsed JSON with its envelope and every case brought to today's version. A file of
 * a version newer than this app's is left alone (its version is refused with the versions this
 * app reads); so is anything that is not a case file.
 */
export function upgradeCaseFileJson(input: unknown): unknown {
  if (!isRecord(input) || typeof input.version !== 'number') return input;
  if (input.version < OLDEST_SCHEMA_VERSION || input.version >= SCHEMA_VERSION) return input;
  const { cases } = input;
  return { ...input, version: SCHEMA_VERSION, cases: Array.isArray(cases) ? cases.map(upgradeCase) : cases };
}
