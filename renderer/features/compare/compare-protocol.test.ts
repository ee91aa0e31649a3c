import { describe, expect, it, vi } from 'vitest';
import { plantedCopy } from '../../../shared/compare/planted';
import { compareCases } from '../../../shared/compare/compare-cases';
import { compareRequestProblem, isCompareReply, type CompareReply } from './compare-protocol';

describe('the compare worker', () => {
  it('answers a request with the comparison compareCases gives, and a malformed one with a problem', async () => {
    const replies: CompareReply[] = [];
    const scope = { postMessage: (reply: CompareReply) => replies.push(reply) } as unknown as {
      onmessage: (event: { data: unknown }) => void;
    };
    vi.stubGlobal('self', scope);
    await import('./compare.worker');
    const { left, right } = plantedCopy();
    scope.onmessage({ data: { id: 7, left, right } });
    scope.onmessage({ data: { id: 8, left, right: { ...right, events: undefined } } });
    vi.unstubAllGlobals();

    expect(replies.map((r) => r.id)).toEqual([7, 8]);
    expect(replies.every(isCompareReply)).toBe(true);
    expect(replies[0]!.result).toEqual({ ok: true, value: structuredClone(compareCases(left, right)) });
    expect(replies[1]!.result).toEqual({
      ok: false,
      problems: [{ where: 'compare', message: 'the right case has no list of events' }],
    });
  });
});

describe('compare protocol checks', () => {
  it('names what is missing from a request', () => {
    expect(compareRequestProblem(null)).toBe('the request has no id');
    expect(compareRequestProblem({ id: 1 })).toBe('the left case is missing');
  });

  it('takes only replies shaped as the worker sends them', () => {
    expect(isCompareReply({ id: 1, result: { ok: true, value: { items: [], agreement: {} } } })).toBe(true);
    expect(isCompareReply({ id: 1, result: { ok: false, problems: [] } })).toBe(true);
    expect(isCompareReply({ id: 1, result: { ok: true, value: {} } })).toBe(false);
    expect(isCompareReply('ready')).toBe(false);
  });
});
