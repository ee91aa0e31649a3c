import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { CaseSchema, PROVENANCE_FIELDS, SCHEMA_VERSION, withoutProvenance } from './case';
import { upgradeCase, upgradeCaseFileJson } from './upgrade';

/** The preloaded case as a version-2 file had it: evidence and sources, nobody's name on a row. */
function versionTwoCase(): Record<string, unknown> {
  const { abstractors: _abstractors, ...c } = createSeedCase();
  return {
    ...c,
    schemaVersion: 2,
    diagnoses: c.diagnoses.map(withoutProvenance),
    events: c.events.map(withoutProvenance),
    observations: c.observations.map(withoutProvenance),
  };
}

/** The preloaded case as a version-1 file had it: no evidence, no sources either. */
function versionOneCase(): Record<string, unknown> {
  const { sources: _sources, ...c } = versionTwoCase() as ReturnType<typeof createSeedCase>;
  return {
    ...c,
    schemaVersion: 1,
    diagnoses: c.diagnoses.map(({ evidence: _e, ...d }) => d),
    events: c.events.map(({ evidence: _e, ...e }) => e),
    observations: c.observations.map(({ evidence: _e, ...o }) => o),
  };
}

const rowsOf = (c: unknown) => {
  const { diagnoses, events, observations } = c as Record<'diagnoses' | 'events' | 'observations', object[]>;
  return [...diagnoses, ...events, ...observations];
};

describe('upgradeCase', () => {
  it('is at version 3', () => {
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('makes a version-2 case a valid version-3 case, every other field as it was', () => {
    const old = versionTwoCase();
    const upgraded = upgradeCase(old);
    expect(upgraded).toEqual({ ...old, schemaVersion: 3 });
    expect(CaseSchema.safeParse(upgraded).success).toBe(true);
  });

  it('makes a version-1 case a valid version-3 case, through version 2', () => {
    const old = versionOneCase();
    const upgraded = upgradeCase(old);
    expect(upgraded).toEqual({ ...old, schemaVersion: 3 });
    expect(CaseSchema.safeParse(upgraded).success).toBe(true);
  });

  it('invents nobody: an upgraded row says nothing of who made it, the case lists no abstractors', () => {
    for (const old of [versionOneCase(), versionTwoCase()]) {
      const upgraded = upgradeCase(old) as Record<string, unknown>;
      expect(upgraded).not.toHaveProperty('abstractors');
      expect(upgraded).not.toHaveProperty('reconciliation');
      for (const row of rowsOf(upgraded)) for (const field of PROVENANCE_FIELDS) expect(row).not.toHaveProperty(field);
    }
  });

  it('does not change its input', () => {
    const old = versionOneCase();
    upgradeCase(old);
    expect(old.schemaVersion).toBe(1);
  });

  it('leaves a version-3 case and what is not a case alone, for the schema to judge', () => {
    const current = createSeedCase();
    expect(upgradeCase(current)).toBe(current);
    expect(upgradeCase({ schemaVersion: 4 })).toEqual({ schemaVersion: 4 });
    expect(upgradeCase({ schemaVersion: 0 })).toEqual({ schemaVersion: 0 });
    expect(upgradeCase({ schemaVersion: '2' })).toEqual({ schemaVersion: '2' });
    expect(upgradeCase(null)).toBe(null);
    expect(upgradeCase([1])).toEqual([1]);
  });
});

describe('upgradeCaseFileJson', () => {
  it('brings the envelope and every case of a version-1 file to version 3', () => {
    const file = { format: 'case-abstraction', version: 1, cases: [versionOneCase(), versionOneCase()] };
    const upgraded = upgradeCaseFileJson(file) as { version: number; cases: { schemaVersion: number }[] };
    expect(upgraded.version).toBe(3);
    expect(upgraded.cases.map((c) => c.schemaVersion)).toEqual([3, 3]);
  });

  it('brings the envelope and every case of a version-2 file to version 3', () => {
    const file = { format: 'case-abstraction', version: 2, cases: [versionTwoCase()] };
    const upgraded = upgradeCaseFileJson(file) as { version: number; cases: { schemaVersion: number }[] };
    expect(upgraded.version).toBe(3);
    expect(upgraded.cases.map((c) => c.schemaVersion)).toEqual([3]);
  });

  it('leaves version 3, newer versions and non-files alone', () => {
    for (const version of [3, 4, 0]) {
      const file = { format: 'case-abstraction', version, cases: [] };
      expect(upgradeCaseFileJson(file)).toBe(file);
    }
    expect(upgradeCaseFileJson('text')).toBe('text');
  });
});
