import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { CaseSchema, SCHEMA_VERSION } from './case';
import { upgradeCase, upgradeCaseFileJson } from './upgrade';

/** The preloaded case as a version-1 file had it: no evidence, no sources. */
function versionOneCase(): Record<string, unknown> {
  const { sources: _sources, ...c } = createSeedCase();
  return {
    ...c,
    schemaVersion: 1,
    diagnoses: c.diagnoses.map(({ evidence: _e, ...d }) => d),
    events: c.events.map(({ evidence: _e, ...e }) => e),
    observations: c.observations.map(({ evidence: _e, ...o }) => o),
  };
}

describe('upgradeCase', () => {
  it('makes a version-1 case a valid version-2 case, every other field as it was', () => {
    const old = versionOneCase();
    const upgraded = upgradeCase(old);
    expect(SCHEMA_VERSION).toBe(2);
    expect(upgraded).toEqual({ ...old, schemaVersion: 2 });
    expect(CaseSchema.safeParse(upgraded).success).toBe(true);
  });

  it('does not change its input', () => {
    const old = versionOneCase();
    upgradeCase(old);
    expect(old.schemaVersion).toBe(1);
  });

  it('leaves a version-2 case and what is not a case alone, for the schema to judge', () => {
    const current = createSeedCase();
    expect(upgradeCase(current)).toBe(current);
    expect(upgradeCase({ schemaVersion: 3 })).toEqual({ schemaVersion: 3 });
    expect(upgradeCase(null)).toBe(null);
    expect(upgradeCase([1])).toEqual([1]);
  });
});

describe('upgradeCaseFileJson', () => {
  it('brings the envelope and every case of a version-1 file to version 2', () => {
    const file = { format: 'case-abstraction', version: 1, cases: [versionOneCase(), versionOneCase()] };
    const upgraded = upgradeCaseFileJson(file) as { version: number; cases: { schemaVersion: number }[] };
    expect(upgraded.version).toBe(2);
    expect(upgraded.cases.map((c) => c.schemaVersion)).toEqual([2, 2]);
  });

  it('leaves version 2, newer versions and non-files alone', () => {
    const file = { format: 'case-abstraction', version: 3, cases: [] };
    expect(upgradeCaseFileJson(file)).toBe(file);
    expect(upgradeCaseFileJson('text')).toBe('text');
  });
});
