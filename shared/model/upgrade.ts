// Upgrades of older case data to the schema of today, one step per version: the one path the JSON
// codec, the CLI and the database upgrade all take, so a version-1 case reads the same everywhere.
import { SCHEMA_VERSION } from './case';

/** The oldest schema version this app still reads. */
export const OLDEST_SCHEMA_VERSION = 1;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A case of schema version 1 as version 2. Version 2 only added what version 1 could not say
 * (evidence on rows, the case's sources), both optional, so every version-1 case is a version-2
 * case once its number says so. Anything that is not a version-1 case is given back untouched:
 * the schema then says what is wrong with it.
 */
export function upgradeCase(input: unknown): unknown {
  if (!isRecord(input) || input.schemaVersion !== 1) return input;
  return { ...input, schemaVersion: SCHEMA_VERSION };
}

/**
 * A case file's parsed JSON with its envelope and every case brought to today's version. A file of
 * a version newer than this app's is left alone (its version is refused with the versions this
 * app reads); so is anything that is not a case file.
 */
export function upgradeCaseFileJson(input: unknown): unknown {
  if (!isRecord(input) || input.version !== 1) return input;
  const { cases } = input;
  return { ...input, version: SCHEMA_VERSION, cases: Array.isArray(cases) ? cases.map(upgradeCase) : cases };
}
