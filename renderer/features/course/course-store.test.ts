// The overview's UI store: choices per case, kept in localStorage; zoom and hover are not kept.
import { beforeAll, describe, expect, it, vi } from 'vitest';

const storage = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => void storage.set(key, value),
  removeItem: (key: string) => void storage.delete(key),
});

let store: typeof import('./course-store');
beforeAll(async () => {
  store = await import('./course-store');
});

const saved = () =>
  JSON.parse(storage.get('case-abstractor:course-overview') ?? '{}') as {
    state: { cases: Record<string, unknown>; zoom?: unknown };
  };

describe('useCourseStore', () => {
  it('keeps each case’s analytes, scales and lane grouping apart, and saves them', () => {
    const { useCourseStore } = store;
    const s = useCourseStore.getState();
    s.setAnalytes('case-a', ['CK [U/L]', 'B lymphocytes, total [10*6/L]']);
    s.setScale('case-a', 'CK [U/L]', 'log');
    s.setGrouping('case-b', 'class');
    s.setCompressGaps('case-b', false);

    const { cases } = useCourseStore.getState();
    expect(cases['case-a']).toEqual({
      analytes: ['CK [U/L]', 'B lymphocytes, total [10*6/L]'],
      scales: { 'CK [U/L]': 'log' },
      grouping: 'drug',
      compressGaps: true,
    });
    expect(cases['case-b']).toEqual({ scales: {}, grouping: 'class', compressGaps: false });
    expect(saved().state.cases).toEqual(cases);
  });

  it('does not save the zoom: a stale period on the next start would only confuse', () => {
    const { useCourseStore } = store;
    useCourseStore.getState().setZoom('case-a', { from: 1, to: 2 });
    expect(useCourseStore.getState().zoom['case-a']).toEqual({ from: 1, to: 2 });
    expect(saved().state.zoom).toBeUndefined();
    useCourseStore.getState().setZoom('case-a', undefined);
    expect(useCourseStore.getState().zoom['case-a']).toBeUndefined();
  });
});

describe('useCourseHover', () => {
  it('drops the tooltip anchor with the target', () => {
    const { useCourseHover } = store;
    useCourseHover.getState().hoverTarget({ kind: 'point', panelKey: 'CK [U/L]', index: 3 }, { x: 10, y: 20 });
    expect(useCourseHover.getState().anchor).toEqual({ x: 10, y: 20 });
    useCourseHover.getState().hoverTarget(undefined, { x: 10, y: 20 });
    expect(useCourseHover.getState()).toMatchObject({ target: undefined, anchor: undefined });
  });
});
