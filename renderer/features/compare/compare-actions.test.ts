// Specification of a compare's start: one closed, or left behind for another case, while its other
// side was read or its rows paired does not come back when that work ends.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../shared/model/case';
import { createSeedCase } from '../../../shared/seed/seed-case';
import { useCompareStore } from './compare-store';

const fake = vi.hoisted(() => ({
  getCase: vi.fn<(id: string) => Promise<Case | undefined>>(),
  requestComparison: vi.fn(),
}));
vi.mock('../../data/repository', () => ({
  repository: { getCase: fake.getCase, getAbstractor: () => Promise.resolve(undefined) },
}));
vi.mock('../../platform', () => ({ platform: { kind: 'browser' } }));
vi.mock('./compare-client', () => ({ requestComparison: fake.requestComparison }));

const { closeCompare, compareWithCase } = await import('./compare-actions');

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const left = { ...createSeedCase(), id: 'left' };
const right = { ...createSeedCase(), id: 'right', title: 'Second reading' };

beforeEach(() => {
  fake.getCase.mockReset();
  fake.requestComparison.mockReset();
  useCompareStore.getState().set({ phase: 'choosing', leftId: 'left' });
});

describe('compareWithCase', () => {
  it('stays closed when the compare was closed while the cases were read', async () => {
    const read = deferred<Case | undefined>();
    fake.getCase.mockImplementation(() => read.promise);
    const started = compareWithCase('left', 'right');
    closeCompare();
    read.resolve(left);
    await started;
    expect(useCompareStore.getState().session).toEqual({ phase: 'idle' });
    expect(fake.requestComparison).not.toHaveBeenCalled();
  });

  it('leaves another case’s compare alone when the first one’s cases arrive late', async () => {
    const read = deferred<Case | undefined>();
    fake.getCase.mockImplementation(() => read.promise);
    const started = compareWithCase('left', 'right');
    useCompareStore.getState().set({ phase: 'choosing', leftId: 'other' });
    read.resolve(left);
    await started;
    expect(useCompareStore.getState().session).toEqual({ phase: 'choosing', leftId: 'other' });
  });

  it('pairs the two cases when the compare is still open', async () => {
    fake.getCase.mockImplementation((id) => Promise.resolve(id === 'left' ? left : right));
    fake.requestComparison.mockResolvedValue({ ok: false, problems: [{ where: 'compare', message: 'stopped here' }] });
    await compareWithCase('left', 'right');
    expect(fake.requestComparison).toHaveBeenCalledWith(left, right);
    expect(useCompareStore.getState().session).toMatchObject({ phase: 'problems', leftId: 'left' });
  });
});
