import { describe, expect, it } from 'vitest';
import type { Observation } from '../model/case';
import {
  downsampleLine,
  layoutPanel,
  nearestPoint,
  panelExtent,
  textRows,
  textTone,
  thinByCell,
  visibleRange,
  type LayoutOptions,
} from './panel-layout';
import { buildAnalytePanels, type TrendPoint } from './series';
import { linearDomain, logDomain, valueExtent } from './value-scale';

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);

/** `count` daily CK results, a slow wave with noise; every 50th censored below 20. */
function series(count: number): TrendPoint[] {
  const observations: Observation[] = Array.from({ length: count }, (_, i) => {
    const date = { date: new Date(START + Math.floor(i / 4) * DAY).toISOString().slice(0, 10), approximate: false };
    const base = { id: `o${String(i).padStart(6, '0')}`, analyte: 'CK', date, unit: 'U/L' };
    if (i % 50 === 7) return { ...base, comparator: '<' as const, value: 20 };
    return { ...base, value: Math.round(500 + 400 * Math.sin(i / 300) + ((i * 7919) % 97)) };
  });
  return buildAnalytePanels(observations)[0]!.points;
}

function options(points: TrendPoint[], overrides: Partial<LayoutOptions> = {}): LayoutOptions {
  const from = points[0]!.time;
  const to = points.at(-1)!.time;
  const area = { left: 100, top: 10, width: 1000, height: 130 };
  return {
    x: (time) => area.left + ((time - from) / (to - from)) * area.width,
    domain: linearDomain(valueExtent(points.map((p) => p.value))!),
    area,
    from,
    to,
    ...overrides,
  };
}

describe('visibleRange', () => {
  it('finds the points in a period by binary search, ends included', () => {
    const points = [1, 2, 2, 3, 5].map((time) => ({ time }));
    expect(visibleRange(points, 2, 3)).toEqual([1, 4]);
    expect(visibleRange(points, 4, 4)).toEqual([4, 4]);
    expect(visibleRange(points, 0, 10)).toEqual([0, 5]);
  });
});

describe('layoutPanel', () => {
  it('draws every marker of a short series and joins its measurements', () => {
    const points = series(40);
    const layout = layoutPanel(points, options(points));
    expect(layout.thinned).toBe(false);
    expect(layout.markers).toHaveLength(40);
    // The censored value is a marker but not a vertex of the line.
    expect(layout.line).toHaveLength(39);
  });

  it('thins 10,000 points to at most one line vertex per pixel, keeping the censored markers apart', () => {
    const points = series(10_000);
    const layout = layoutPanel(points, options(points));
    expect(layout.end - layout.start).toBe(10_000);
    expect(layout.line.length).toBeLessThanOrEqual(1000);
    expect(layout.line.length).toBeGreaterThan(500);
    expect(layout.thinned).toBe(true);
    expect(layout.markers.every((m) => points[m.index]!.censored)).toBe(true);
    expect(layout.markers.length).toBeGreaterThan(0);
    expect(layout.markers.length).toBeLessThanOrEqual(200);
    // LTTB keeps the extremes the eye looks for.
    const drawn = layout.line.map((v) => points[v.index]!.value);
    const real = points.filter((p) => !p.censored).map((p) => p.value);
    expect(Math.max(...drawn)).toBe(Math.max(...real));
    expect(Math.min(...drawn)).toBe(Math.min(...real));
  });

  it('draws 100,000 points with no more vertices than 10,000 (speed is measured by npm run bench)', () => {
    const points = series(100_000);
    const layout = layoutPanel(points, options(points));
    expect(layout.end - layout.start).toBe(100_000);
    expect(layout.line.length).toBeLessThanOrEqual(1000);
  });

  it('keeps only the points in view, and one beyond each edge for the line', () => {
    const points = series(40);
    const layout = layoutPanel(points, options(points, { from: points[12]!.time, to: points[20]!.time }));
    expect([layout.start, layout.end]).toEqual([12, 24]);
    expect(layout.markers.every((m) => m.index >= layout.start && m.index < layout.end)).toBe(true);
    expect(layout.line[0]!.index).toBeLessThan(layout.start);
    expect(layout.line.at(-1)!.index).toBeGreaterThanOrEqual(layout.end);
  });

  it('puts zero on a log axis at the floor, marked off-scale, and out of the line', () => {
    const points = buildAnalytePanels(
      [236.4, 0, 1.5].map((value, i) => ({
        id: `b${i}`,
        analyte: 'B cells',
        date: { date: `2022-0${i + 1}-01`, approximate: false },
        value,
        unit: '10*6/L',
      })),
    )[0]!.points;
    const layout = layoutPanel(points, options(points, { domain: logDomain(valueExtent([236.4, 0, 1.5])!) }));
    expect(layout.markers.map((m) => m.offScale)).toEqual([false, true, false]);
    expect(layout.markers[1]!.y).toBe(140);
    expect(layout.line.map((v) => v.index)).toEqual([0, 2]);
  });

  it('gives a range marker its top', () => {
    const points = buildAnalytePanels([
      { id: 'r', analyte: 'CK', date: { date: '2017', approximate: true }, value: 400, valueHigh: 500, unit: 'U/L' },
      { id: 's', analyte: 'CK', date: { date: '2022-08', approximate: true }, value: 1620, unit: 'U/L' },
    ])[0]!.points;
    const layout = layoutPanel(points, options(points));
    expect(layout.markers[0]!.yHigh).toBeLessThan(layout.markers[0]!.y);
  });
});

describe('nearestPoint', () => {
  it('finds the real point nearest the pointer among thousands, not a drawn vertex', () => {
    const points = series(10_000);
    const layout = layoutPanel(points, options(points));
    for (const i of [0, 1234, 5000, 9999]) {
      expect(nearestPoint(layout, layout.xs[i]!, layout.ys[i]!)).toBeDefined();
      const found = nearestPoint(layout, layout.xs[i]!, layout.ys[i]!)!;
      expect(layout.xs[found - layout.start]).toBeCloseTo(layout.xs[i]!, 6);
      expect(layout.ys[found - layout.start]).toBeCloseTo(layout.ys[i]!, 6);
    }
  });

  it('weighs vertical distance too', () => {
    const layout = { start: 0, xs: Float64Array.from([10, 12]), ys: Float64Array.from([100, 10]) };
    expect(nearestPoint(layout, 11, 12)).toBe(1);
    expect(nearestPoint(layout, 11, 95)).toBe(0);
    expect(nearestPoint({ start: 0, xs: new Float64Array(), ys: new Float64Array() }, 0, 0)).toBeUndefined();
  });
});

describe('downsampleLine and thinByCell', () => {
  it('leave short input alone', () => {
    const vertices = [0, 1, 2].map((i) => ({ index: i, x: i, y: i }));
    expect(downsampleLine(vertices, 10)).toBe(vertices);
  });

  it('keep one marker per cell', () => {
    expect(
      thinByCell(
        [
          { x: 1, y: 1 },
          { x: 2, y: 2 },
          { x: 5, y: 1 },
        ],
        4,
      ),
    ).toEqual([
      { x: 1, y: 1 },
      { x: 5, y: 1 },
    ]);
  });
});

describe('panelExtent', () => {
  const points = series(40);
  it('fits the values in view and the reference limits', () => {
    const all = panelExtent(points, points[0]!.time, points.at(-1)!.time, { low: 26, high: 2000 });
    expect(all.max).toBe(2000);
    expect(all.min).toBe(20);
  });
  it('falls back to the whole series with nothing in view', () => {
    expect(panelExtent(points, 0, 1, undefined).max).toBe(Math.max(...points.map((p) => p.value)));
  });
});

describe('textRows and textTone', () => {
  it('gives each distinct text result a row, commonest first, and the rest "other"', () => {
    const texts = ['positive', 'negative', 'Positive', 'weak', 'equivocal', 'not done'].map((text, i) => ({
      observationId: `t${i}`,
      time: i,
      timeFrom: i,
      timeTo: i,
      text,
      approximateDate: false,
      date: { date: '2022', approximate: false },
    }));
    expect(textRows(texts, 3).map((r) => [r.text, r.indexes])).toEqual([
      ['positive', [0, 2]],
      ['equivocal', [4]],
      ['other', [1, 3, 5]],
    ]);
  });

  it('reads positive and negative findings', () => {
    expect(['positive', 'Detected', 'negative', 'not detected', 'no significant stenosis'].map(textTone)).toEqual([
      'positive',
      'positive',
      'negative',
      'negative',
      'other',
    ]);
  });
});
