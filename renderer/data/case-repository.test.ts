// The repository in Node over fake-indexeddb: validation before writes, seeding once, all-or-nothing saves.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import { CaseRepository } from './case-repository';

let repo: CaseRepository;
let dbCount = 0;

beforeEach(() => {
  dbCount += 1;
  repo = new CaseRepository(`test-db-${dbCount}`);
});
afterEach(() => repo.close());

describe('CaseRepository', () => {
  it('installs the preloaded case on first start, once', async () => {
    await repo.ensureSeeded();
    await repo.ensureSeeded();
    expect((await repo.listCases()).map((c) => c.id)).toEqual([SEED_CASE_ID]);
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(
      expect.objectContaining({ id: SEED_CASE_ID, events: expect.any(Array) as unknown }),
    );
    expect((await repo.getEvents(SEED_CASE_ID)).length).toBe(createSeedCase().events.length);
  });

  it('gives back the same case that was stored, field for field', async () => {
    await repo.ensureSeeded();
    const stored = await repo.getCase(SEED_CASE_ID);
    const seed = createSeedCase();
    expect(stored?.observations).toEqual(expect.arrayContaining(seed.observations));
    expect(stored?.events).toEqual(expect.arrayContaining(seed.events));
    expect({ ...stored, events: [], observations: [] }).toEqual({ ...seed, events: [], observations: [] });
  });

  it('respects a delete: the preloaded case does not come back on the next start', async () => {
    await repo.ensureSeeded();
    await repo.deleteCase(SEED_CASE_ID);
    await repo.ensureSeeded();
    expect(await repo.listCases()).toEqual([]);
    expect(await repo.getEvents(SEED_CASE_ID)).toEqual([]);
  });

  it('restores the preloaded case on request', async () => {
    await repo.ensureSeeded();
    await repo.deleteCase(SEED_CASE_ID);
    const restored = await repo.restoreSeedCase();
    expect(restored.ok).toBe(true);
    expect((await repo.getObservations(SEED_CASE_ID)).length).toBe(createSeedCase().observations.length);
  });

  it('refuses an invalid case with the field named and leaves the stored case untouched', async () => {
    await repo.ensureSeeded();
    const before = await repo.getCase(SEED_CASE_ID);
    const bad = createSeedCase();
    bad.title = 'Edited title';
    delete bad.observations[0]!.unit;
    const result = await repo.saveCase(bad);
    expect(result).toEqual({
      ok: false,
      problems: [{ where: 'observations[0].unit', message: 'a numeric value needs a unit' }],
    });
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(before);
  });

  it('replaces all rows of a case when it is saved again', async () => {
    await repo.ensureSeeded();
    const edited = createSeedCase();
    edited.events = edited.events.slice(0, 2);
    expect((await repo.saveCase(edited)).ok).toBe(true);
    expect((await repo.getEvents(SEED_CASE_ID)).map((e) => e.id).sort()).toEqual(edited.events.map((e) => e.id).sort());
  });
});
