import { describe, expect, it, vi } from 'vitest';
import { plantedCopy } from '../../../shared/compare/planted';
import { compareCases } from '../../../shared/compare/compare-cases';
import { compareRequestProblem, fromWire, isCompareReply, type CompareReply } from './compare-protocol';

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
    const reply = replies[0]!.result;
    if (!reply.ok) throw new Error('the worker refused a good request');
    // Rows cross back as positions; the window puts its own rows back in their places.
    expect(JSON.stringify(reply.value)).not.toContain('"left":{');
    const comparison = fromWire(structuredClone(reply.value), left, right);
    expect(comparison).toEqual({ ok: true, value: compareCases(left, right) });
    if (comparison.ok) expect(comparison.value.items[0]?.left).toBe(left.citation);
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

  it('refuses a reply naming a row the cases do not have', () => {
    const { left, right } = plantedCopy();
    const wire = {
      items: [{ key: 'event:x:-', kind: 'event', status: 'left-only', differences: [], summary: 'x', leftAt: 999 }],
    };
    expect(fromWire(wire as never, left, right)).toEqual({
      ok: false,
      problems: [{ where: 'compare', message: 'item event:x:- names a row the cases do not have' }],
    });
  });

  it('takes only replies shaped as the worker sends them', () => {
    expect(isCompareReply({ id: 1, result: { ok: true, value: { items: [], agreement: {} } } })).toBe(true);
    expect(isCompareReply({ id: 1, result: { ok: false, problems: [] } })).toBe(true);
    expect(isCompareReply({ id: 1, result: { ok: true, value: {} } })).toBe(false);
    expect(isCompareReply('ready')).toBe(false);
  });
});
