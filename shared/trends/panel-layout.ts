// Where a trend panel draws: the points in view, a line thinned with LTTB (downsample) so 100,000
// results draw as fast as 1,000, markers where they can be told apart, and the nearest real point
// under the pointer, so the tooltip always reports an exact value.
import { createLTTB } from 'downsample';
import { lineValue, type TextPoint, type TrendPoint } from './series';
import { offScale, valueToPixel, type ValueDomain, type ValueExtent } from './value-scale';

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DrawnMarker {
  /** Index into the panel's points. */
  index: number;
  x: number;
  y: number;
  /** Top of a range's interval. */
  yHigh?: number;
  /** Zero or below on a log axis: drawn at the floor with its own marker. */
  offScale: boolean;
}

export interface LineVertex {
  index: number;
  x: number;
  y: number;
}

export interface PanelLayout {
  /** Points in view: indexes `start` (inclusive) to `end` (exclusive). */
  start: number;
  end: number;
  /** Pixel position of each point in view, `xs[i - start]`, for finding the one under the pointer. */
  xs: Float64Array;
  ys: Float64Array;
  line: LineVertex[];
  markers: DrawnMarker[];
  /** Plain markers left out: too many to tell apart, so the line stands for them. */
  thinned: boolean;
}

export interface LayoutOptions {
  x(time: number): number;
  domain: ValueDomain;
  area: PlotArea;
  /** Time range in view (UTC ms). */
  from: number;
  to: number;
  /** Line vertices at most; two per pixel keeps LTTB's peaks visible (default 2 × width). */
  maxLineVertices?: number;
  /** Above this many points in view, only censored, range and off-scale markers are drawn. */
  markerLimit?: number;
  /** Special markers closer than this (pixels) to one already drawn are left out. */
  markerCell?: number;
}

/** First index whose time is at or after `time`, in points sorted by time. */
export function lowerBound(points: readonly { time: number }[], time: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes [start, end) of the points whose time lies in [from, to]. */
export function visibleRange(points: readonly { time: number }[], from: number, to: number): [number, number] {
  const start = lowerBound(points, from);
  let end = lowerBound(points, to);
  while (end < points.length && points[end]!.time <= to) end += 1;
  return [start, end];
}

const lttb = createLTTB<LineVertex>({ x: (v) => v.x, y: (v) => v.y });

/** At most `max` vertices, chosen by largest-triangle-three-buckets; fewer come back unchanged. */
export function downsampleLine(vertices: LineVertex[], max: number): LineVertex[] {
  if (vertices.length <= max || max < 3) return vertices;
  return Array.from(lttb(vertices, max) as ArrayLike<LineVertex>);
}

/** Keeps the first marker in each `cell`-pixel square: a marker hidden under another adds nothing. */
export function thinByCell<M extends { x: number; y: number }>(markers: readonly M[], cell: number): M[] {
  const seen = new Set<number>();
  const kept: M[] = [];
  for (const m of markers) {
    const key = Math.floor(m.x / cell) * 100_003 + Math.floor(m.y / cell);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(m);
  }
  return kept;
}

export function layoutPanel(points: readonly TrendPoint[], options: LayoutOptions): PanelLayout {
  const { x, domain, area, from, to } = options;
  const maxLineVertices = options.maxLineVertices ?? Math.max(16, Math.round(area.width));
  const markerLimit = options.markerLimit ?? 400;
  const cell = options.markerCell ?? 4;
  const [start, end] = visibleRange(points, from, to);
  const y = (v: number) => valueToPixel(domain, v, area.top, area.height);

  const xs = new Float64Array(end - start);
  const ys = new Float64Array(end - start);
  const vertices: LineVertex[] = [];
  // One point beyond each edge of the view keeps the line running off the edge, not stopping short.
  const lineFrom = Math.max(0, start - 1);
  const lineTo = Math.min(points.length, end + 1);
  for (let i = lineFrom; i < lineTo; i += 1) {
    const p = points[i]!;
    const px = x(p.time);
    const drawnValue = lineValue(p);
    if (i >= start && i < end) {
      xs[i - start] = px;
      ys[i - start] = y(offScale(domain, p.value) ? domain.min : (drawnValue ?? p.value));
    }
    if (drawnValue !== undefined && !offScale(domain, drawnValue)) vertices.push({ index: i, x: px, y: y(drawnValue) });
  }

  const visible = end - start;
  const thinned = visible > markerLimit;
  let markers: DrawnMarker[] = [];
  for (let i = start; i < end; i += 1) {
    const p = points[i]!;
    const off = offScale(domain, p.value);
    if (thinned && !p.censored && p.valueHigh === undefined && !off) continue;
    markers.push({
      index: i,
      x: xs[i - start]!,
      y: off ? area.top + area.height : y(p.value),
      ...(p.valueHigh === undefined ? {} : { yHigh: y(p.valueHigh) }),
      offScale: off,
    });
  }
  if (thinned) markers = thinByCell(markers, cell);
  return { start, end, xs, ys, line: downsampleLine(vertices, maxLineVertices), markers, thinned };
}

/**
 * The point nearest the pointer, in pixels, among the points in view (their xs ascend with time).
 * Scans outward from the pointer's x and stops once horizontal distance alone exceeds the best,
 * so a dense panel costs a few dozen comparisons, not a pass over every point.
 */
export function nearestPoint(
  layout: Pick<PanelLayout, 'start' | 'xs' | 'ys'>,
  px: number,
  py: number,
): number | undefined {
  const { xs, ys } = layout;
  const n = xs.length;
  if (n === 0) return undefined;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < px) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = Infinity;
  const consider = (i: number) => {
    const d = Math.hypot(xs[i]! - px, ys[i]! - py);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  };
  for (let i = lo; i < n && xs[i]! - px <= bestDistance; i += 1) consider(i);
  for (let i = lo - 1; i >= 0 && px - xs[i]! <= bestDistance; i -= 1) consider(i);
  return best < 0 ? undefined : layout.start + best;
}

export interface TextRow {
  text: string;
  /** Points on this row, by index into the panel's text points. */
  indexes: number[];
}

/** Text results as a categorical strip: one row per distinct result, the commonest first, the rest under "other". */
export function textRows(texts: readonly TextPoint[], maxRows = 4): TextRow[] {
  const byText = new Map<string, number[]>();
  texts.forEach((t, i) => {
    const key = t.text.trim().toLowerCase();
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  const rows = [...byText.entries()]
    .map(([, indexes]) => ({ text: texts[indexes[0]!]!.text, indexes }))
    .sort((a, b) => b.indexes.length - a.indexes.length || a.text.localeCompare(b.text));
  if (rows.length <= maxRows) return rows;
  const kept = rows.slice(0, maxRows - 1);
  const other = rows.slice(maxRows - 1).flatMap((r) => r.indexes);
  return [...kept, { text: 'other', indexes: other.sort((a, b) => a - b) }];
}

const POSITIVE =
  /^(?:positive|pos|detected|present|reactive|abnormal|yes|\+|\+\+|\+\+\+|weakly positive|strongly positive)$/i;
const NEGATIVE = /^(?:negative|neg|not detected|undetected|absent|non-reactive|nonreactive|normal|no|-|none)$/i;

/** How a text result is coloured: positive findings filled, negative ones hollow, anything else grey. */
export function textTone(text: string): 'positive' | 'negative' | 'other' {
  const t = text.trim();
  if (POSITIVE.test(t)) return 'positive';
  if (NEGATIVE.test(t)) return 'negative';
  return 'other';
}

/**
 * What the value axis must hold: the values in view (range tops included) and the reference
 * limits. With nothing in view, the whole series, so the axis does not collapse while panning.
 */
export function panelExtent(
  points: readonly TrendPoint[],
  from: number,
  to: number,
  reference: { low?: number | undefined; high?: number | undefined } | undefined,
): ValueExtent {
  let [start, end] = visibleRange(points, from, to);
  if (start === end) [start, end] = [0, points.length];
  let min = Infinity;
  let max = -Infinity;
  let minPositive = Infinity;
  const take = (v: number) => {
    if (v < min) min = v;
    if (v > max) max = v;
    if (v > 0 && v < minPositive) minPositive = v;
  };
  for (let i = start; i < end; i += 1) {
    const p = points[i]!;
    take(p.value);
    if (p.valueHigh !== undefined) take(p.valueHigh);
  }
  if (reference?.low !== undefined) take(reference.low);
  if (reference?.high !== undefined) take(reference.high);
  if (min > max) return { min: 0, max: 1, minPositive: 1 };
  return { min, max, minPositive: Number.isFinite(minPositive) ? minPositive : undefined };
}
