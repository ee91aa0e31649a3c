// The course overview's shared time axis: real time, with long stretches without data
// compressed into a marked break so that a 2017 onset and a 2022 relapse fit one screen.
import type { TimeSpan } from './lanes';

export const DAY_MS = 86_400_000;

export interface AxisSegment {
  /** Real time covered (UTC ms). */
  from: number;
  to: number;
  /** Where it lies on the axis (axis units: milliseconds, except inside a break). */
  start: number;
  end: number;
  /** A stretch without data, drawn narrow with a break mark. */
  compressed: boolean;
  /** The first instant with data in this stretch (its start when it has none): its year is always labelled. */
  firstData: number;
}

export interface TimeAxis {
  /** First and last instant shown (UTC ms). */
  from: number;
  to: number;
  /** Axis length in axis units; the last segment ends here. */
  length: number;
  segments: AxisSegment[];
}

export interface AxisOptions {
  /** Show exactly this period (a zoom); otherwise the content's extent with a margin. */
  range?: TimeSpan;
  /** Compress long stretches without data (default true). */
  compressGaps?: boolean;
}

/**
 * A gap is compressed when it is at least this share of everything shown and at least
 * {@link MIN_BREAK_MS} long: one dominant empty stretch (years between onset and relapse), not the
 * even spacing of yearly check-ups, whose slope a break would distort.
 */
const BREAK_SHARE = 0.4;
const MIN_BREAK_MS = 180 * DAY_MS;
/** A break is drawn this share of the shown data's length wide. */
const BREAK_WIDTH_SHARE = 0.05;
/** Margin around data, as a share of the data's length, and at least this long. */
const MARGIN_SHARE = 0.03;
const MIN_MARGIN_MS = 3 * DAY_MS;
/** A single date is shown with a month either side. */
const LONE_MARGIN_MS = 30 * DAY_MS;

function mergeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const sorted = spans
    .filter((s) => Number.isFinite(s.from) && Number.isFinite(s.to))
    .map((s) => (s.to < s.from ? { from: s.to, to: s.from } : s))
    .sort((a, b) => a.from - b.from);
  const merged: TimeSpan[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Spans covering times sorted ascending, joining times less than `joinWithin` apart: a
 * 100,000-point series becomes a handful of spans before the axis looks for gaps.
 */
export function pointSpans(times: readonly number[], joinWithin = DAY_MS): TimeSpan[] {
  const spans: TimeSpan[] = [];
  let current: TimeSpan | undefined;
  for (const t of times) {
    if (current && t - current.to < joinWithin) current.to = Math.max(current.to, t);
    else {
      current = { from: t, to: t };
      spans.push(current);
    }
  }
  return spans;
}

function linearAxis(from: number, to: number): TimeAxis {
  return {
    from,
    to,
    length: to - from,
    segments: [{ from, to, start: 0, end: to - from, compressed: false, firstData: from }],
  };
}

/** The axis for `content` (what must be visible), or undefined when there is nothing to show. */
export function buildTimeAxis(content: readonly TimeSpan[], options: AxisOptions = {}): TimeAxis | undefined {
  const { range, compressGaps = true } = options;
  let clusters = mergeSpans(content);
  if (range) {
    if (!(range.to > range.from)) return undefined;
    clusters = clusters
      .filter((c) => c.to >= range.from && c.from <= range.to)
      .map((c) => ({ from: Math.max(c.from, range.from), to: Math.min(c.to, range.to) }));
    if (clusters.length === 0) return linearAxis(range.from, range.to);
  }
  const first = clusters[0];
  const last = clusters[clusters.length - 1];
  if (!first || !last) return undefined;

  const extent = last.to - first.from;
  const gaps: TimeSpan[] = [];
  if (compressGaps) {
    for (let i = 1; i < clusters.length; i += 1) {
      const gap = { from: clusters[i - 1]!.to, to: clusters[i]!.from };
      const length = gap.to - gap.from;
      if (length >= MIN_BREAK_MS && length >= BREAK_SHARE * extent) gaps.push(gap);
    }
  }
  const dataLength = extent - gaps.reduce((sum, g) => sum + (g.to - g.from), 0);
  const margin = dataLength === 0 ? LONE_MARGIN_MS : Math.max(MIN_MARGIN_MS, MARGIN_SHARE * dataLength);
  const breakWidth = Math.max(DAY_MS, BREAK_WIDTH_SHARE * Math.max(dataLength, 2 * margin));
  const from = range ? range.from : first.from - margin;
  const to = range ? range.to : last.to + margin;

  const segments: AxisSegment[] = [];
  let cursor = from;
  let at = 0;
  const push = (segFrom: number, segTo: number, compressed: boolean) => {
    if (!(segTo > segFrom)) return;
    const width = compressed ? breakWidth : segTo - segFrom;
    const data = compressed ? undefined : clusters.find((c) => c.to >= segFrom && c.from <= segTo);
    const firstData = data ? Math.max(data.from, segFrom) : segFrom;
    segments.push({ from: segFrom, to: segTo, start: at, end: at + width, compressed, firstData });
    at += width;
  };
  for (const gap of gaps) {
    // Keep a margin of real time beside the data on either side of the break.
    const breakFrom = gap.from + margin;
    const breakTo = gap.to - margin;
    push(cursor, breakFrom, false);
    push(breakFrom, breakTo, true);
    cursor = breakTo;
  }
  push(cursor, to, false);
  if (segments.length === 0) return linearAxis(from, from + 2 * LONE_MARGIN_MS);
  return { from, to, length: at, segments };
}

function segmentAtTime(axis: TimeAxis, time: number): AxisSegment {
  const { segments } = axis;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.from <= time) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo]!;
}

/** Axis position of a time; beyond the ends the axis runs on in real time, so it can be clipped. */
export function toAxis(axis: TimeAxis, time: number): number {
  if (time <= axis.from) return time - axis.from;
  if (time >= axis.to) return axis.length + (time - axis.to);
  const s = segmentAtTime(axis, time);
  return s.start + ((time - s.from) / (s.to - s.from)) * (s.end - s.start);
}

/** The time at an axis position: the inverse of {@link toAxis}. */
export function fromAxis(axis: TimeAxis, position: number): number {
  if (position <= 0) return axis.from + position;
  if (position >= axis.length) return axis.to + (position - axis.length);
  const { segments } = axis;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= position) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo]!;
  return s.from + ((position - s.start) / (s.end - s.start)) * (s.to - s.from);
}

/** Pixel mapping for an axis drawn from `left` over `width` pixels. */
export interface PixelScale {
  x(time: number): number;
  time(x: number): number;
  left: number;
  width: number;
}

export function pixelScale(axis: TimeAxis, left: number, width: number): PixelScale {
  const perUnit = width / axis.length;
  const { segments } = axis;
  // Drawing maps times in ascending order, so the segment of the previous call is tried first:
  // 100,000 points map in about a millisecond instead of a binary search each.
  const froms = Float64Array.from(segments, (s) => s.from);
  const tos = Float64Array.from(segments, (s) => s.to);
  const starts = Float64Array.from(segments, (s) => s.start);
  const slopes = Float64Array.from(segments, (s) => (s.end - s.start) / (s.to - s.from));
  let last = 0;
  const x = (time: number): number => {
    if (time <= axis.from) return left + (time - axis.from) * perUnit;
    if (time >= axis.to) return left + (axis.length + (time - axis.to)) * perUnit;
    let i = last;
    if (time < froms[i]! || time > tos[i]!) {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (froms[mid]! <= time) lo = mid;
        else hi = mid - 1;
      }
      i = last = lo;
    }
    return left + (starts[i]! + (time - froms[i]!) * slopes[i]!) * perUnit;
  };
  return { left, width, x, time: (px) => fromAxis(axis, (px - left) / perUnit) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type TickUnit = 'day' | 'month' | 'year';
interface TickStep {
  unit: TickUnit;
  every: number;
  /** Typical length, to judge spacing. */
  ms: number;
}

const STEPS: TickStep[] = [
  { unit: 'day', every: 1, ms: DAY_MS },
  { unit: 'day', every: 2, ms: 2 * DAY_MS },
  { unit: 'day', every: 7, ms: 7 * DAY_MS },
  { unit: 'day', every: 14, ms: 14 * DAY_MS },
  { unit: 'month', every: 1, ms: 30.44 * DAY_MS },
  { unit: 'month', every: 2, ms: 60.9 * DAY_MS },
  { unit: 'month', every: 3, ms: 91.3 * DAY_MS },
  { unit: 'month', every: 6, ms: 182.6 * DAY_MS },
  ...[1, 2, 5, 10, 20, 50, 100].map((every) => ({ unit: 'year' as const, every, ms: every * 365.25 * DAY_MS })),
];

export interface AxisTick {
  time: number;
  /** Axis position (see {@link toAxis}). */
  at: number;
  label: string;
}

function stepTimes(step: TickStep, from: number, to: number, firstYear: number): number[] {
  const times: number[] = [];
  const start = new Date(from);
  let y = start.getUTCFullYear();
  if (step.unit === 'year') {
    // Counted from the first year with data (2009, 2011, 2013), not from round years (2010,
    // 2012), which would leave the year the first course started in without a label.
    y = firstYear;
    for (let t = Date.UTC(y, 0, 1); t <= to; y += step.every, t = Date.UTC(y, 0, 1)) if (t >= from) times.push(t);
    return times;
  }
  if (step.unit === 'month') {
    let m = start.getUTCMonth();
    m = Math.ceil(m / step.every) * step.every;
    for (let t = Date.UTC(y, m, 1); t <= to; m += step.every, t = Date.UTC(y, m, 1)) if (t >= from) times.push(t);
    return times;
  }
  // Days: on fixed days of each month (1, 8, 15, 22 for weeks), so ticks do not drift across months.
  let m = start.getUTCMonth();
  for (let monthStart = Date.UTC(y, m, 1); monthStart <= to; m += 1, monthStart = Date.UTC(y, m, 1)) {
    const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    for (let d = 1; d <= days; d += step.every) {
      // A tick closer than one step to the next month's 1st would crowd its label ("31 Dec", "1 Jan").
      if (d !== 1 && days + 1 - d < step.every) break;
      const t = Date.UTC(y, m, d);
      if (t >= from && t <= to) times.push(t);
    }
  }
  return times;
}

function tickLabel(time: number, unit: TickUnit, withYear: boolean): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear());
  if (unit === 'year') return year;
  const month = MONTHS[date.getUTCMonth()]!;
  if (unit === 'month') return withYear || date.getUTCMonth() === 0 ? `${month} ${year}` : month;
  const day = `${date.getUTCDate()} ${month}`;
  return withYear ? `${day} ${year}` : day;
}

/**
 * Calendar ticks (days, weeks, months or years, whichever keeps labels `minSpacing` pixels
 * apart) for each stretch of real time; none inside a break. A stretch too short for two ticks
 * gets its year at its middle, so every cluster of data says when it was. The year in which a
 * stretch's data starts is always labelled: when no calendar tick falls in it (a course that
 * starts in March 2009 on an axis of years), it is written at the stretch's start, and a tick
 * too close to that label keeps its grid line but loses its label.
 */
export function axisTicks(axis: TimeAxis, widthPx: number, minSpacing = 70): AxisTick[] {
  const perMs = widthPx / axis.length;
  const step = STEPS.find((s) => s.ms * perMs >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const ticks: AxisTick[] = [];
  for (const segment of axis.segments) {
    if (segment.compressed) continue;
    const firstYear = new Date(segment.firstData).getUTCFullYear();
    // A stretch shorter than two steps (a cluster beside a break) gets one label, not a calendar
    // tick that would date year-only data to a month.
    const times = segment.to - segment.from < 2 * step.ms ? [] : stepTimes(step, segment.from, segment.to, firstYear);
    if (times.length === 0) {
      // The year alone: a short stretch around a year-only date must not read as one month.
      const middle = (segment.from + segment.to) / 2;
      ticks.push({ time: middle, at: toAxis(axis, middle), label: String(firstYear) });
      continue;
    }
    let lastYear: number | undefined;
    let leadAt: number | undefined;
    if (new Date(times[0]!).getUTCFullYear() > firstYear) {
      const time = Math.max(segment.from, Date.UTC(firstYear, 0, 1));
      leadAt = toAxis(axis, time);
      ticks.push({ time, at: leadAt, label: String(firstYear) });
      lastYear = firstYear;
    }
    let labelled = 0;
    for (const time of times) {
      const year = new Date(time).getUTCFullYear();
      const at = toAxis(axis, time);
      if (leadAt !== undefined && (at - leadAt) * (widthPx / axis.length) < minSpacing) {
        ticks.push({ time, at, label: '' });
        continue;
      }
      ticks.push({ time, at, label: tickLabel(time, step.unit, labelled === 0 || year !== lastYear) });
      labelled += 1;
      lastYear = year;
    }
  }
  return ticks;
}

/** "4 y 8 mo", "7 mo", "45 d": how much time a break leaves out. */
export function formatGap(ms: number): string {
  const days = Math.round(ms / DAY_MS);
  if (days < 60) return `${days} d`;
  const months = Math.round(days / 30.44);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${months} mo`;
  return rest === 0 ? `${years} y` : `${years} y ${rest} mo`;
}
