// The value axis of a trend panel: linear or logarithmic, with round ticks, and the mapping from
// value to pixel that the panel, its markers and its tooltip share.
import { withoutFloatNoise } from '../values/float-noise';

export type ValueScaleKind = 'linear' | 'log';

export interface ValueDomain {
  kind: ValueScaleKind;
  min: number;
  max: number;
  ticks: number[];
}

/** What the axis must show: every plotted value (range ends and censoring bounds included), and the reference limits. */
export interface ValueExtent {
  min: number;
  max: number;
  /** Smallest value above zero, for a log axis (undefined when none is). */
  minPositive: number | undefined;
}

export function valueExtent(values: Iterable<number>): ValueExtent | undefined {
  let min = Infinity;
  let max = -Infinity;
  let minPositive = Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v > 0 && v < minPositive) minPositive = v;
  }
  if (min > max) return undefined;
  return { min, max, minPositive: Number.isFinite(minPositive) ? minPositive : undefined };
}

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * Linear axis from a round number to a round number. Starts at zero when every value is at or
 * above zero and zero is within twice the data's spread below them: a B-cell count falling to 0
 * must read as 0, while haemoglobin of 120–140 g/L gets an axis around its values. A single
 * value (CK-MB >300) is drawn against zero.
 */
export function linearDomain(extent: ValueExtent, tickCount = 4): ValueDomain {
  let { min, max } = extent;
  if (min >= 0 && (min === max || min <= 2 * (max - min))) min = 0;
  if (max === min) {
    const pad = max === 0 ? 1 : Math.abs(max) * 0.1;
    min = min === 0 ? 0 : min - pad;
    max += pad;
  }
  const step = niceStep(max - min, tickCount);
  const lo = withoutFloatNoise(Math.floor(min / step) * step);
  let hi = withoutFloatNoise(Math.ceil(max / step) * step);
  // Headroom for a marker drawn at the very top.
  if (hi === max && max !== 0) hi = withoutFloatNoise(hi + step);
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t = withoutFloatNoise(t + step)) ticks.push(t);
  return { kind: 'linear', min: lo, max: hi, ticks };
}

/**
 * Logarithmic axis over whole decades, with 1-2-5 ticks when it spans three decades or fewer.
 * Values at or below zero cannot sit on it; they are drawn at its floor, marked (see
 * {@link valueToPixel}), and the floor is a decade below the smallest positive value.
 */
export function logDomain(extent: ValueExtent): ValueDomain {
  const hasNonPositive = extent.min <= 0;
  const smallest = extent.minPositive ?? 1;
  const largest = extent.max > 0 ? extent.max : 10 * smallest;
  let lo = Math.floor(Math.log10(smallest));
  let hi = Math.ceil(Math.log10(largest));
  if (hasNonPositive) lo -= 1;
  if (hi === lo) hi += 1;
  const ticks: number[] = [];
  const multipliers = hi - lo <= 3 ? [1, 2, 5] : [1];
  for (let e = lo; e <= hi; e += 1) {
    for (const m of multipliers) {
      const t = withoutFloatNoise(m * 10 ** e);
      if (t <= 10 ** hi) ticks.push(t);
    }
  }
  return { kind: 'log', min: withoutFloatNoise(10 ** lo), max: withoutFloatNoise(10 ** hi), ticks };
}

export function valueDomain(kind: ValueScaleKind, extent: ValueExtent): ValueDomain {
  return kind === 'log' ? logDomain(extent) : linearDomain(extent);
}

/** Where a value sits between `top` and `top + height` (pixels, larger values higher). */
export function valueToPixel(domain: ValueDomain, value: number, top: number, height: number): number {
  let share: number;
  if (domain.kind === 'log') {
    const v = Math.max(value, domain.min);
    share = (Math.log10(v) - Math.log10(domain.min)) / (Math.log10(domain.max) - Math.log10(domain.min));
  } else share = (value - domain.min) / (domain.max - domain.min);
  return top + height * (1 - share);
}

/** True when the scale cannot place the value (zero or below on a log axis): drawn at the floor, marked. */
export function offScale(domain: ValueDomain, value: number): boolean {
  return domain.kind === 'log' && value <= 0;
}
