// Trend panels' data: one panel per analyte and unit, with every numeric result (exact, censored
// or a range) and every text result, each placed on the time axis and kept as it was typed.
import { partialDateBounds, partialDateMidpoint, precisionOf, type PartialDate } from '../dates/partial-date';
import type { Comparator, Observation } from '../model/case';
import { formatObservationValue } from '../model/observation-value';

export interface TrendPoint {
  observationId: string;
  /** Middle of the reported period (UTC ms), so a month-only date is not drawn as the 1st. */
  time: number;
  /** The period the date names: a whole month or year for a partial date. */
  timeFrom: number;
  timeTo: number;
  /** The plotted value: the lower end of a range, the bound of a censored value. */
  value: number;
  valueHigh?: number;
  comparator?: Comparator;
  /** `>`, `>=`, `<` or `<=`: a bound, not a measurement (`~` is an approximate measurement). */
  censored: boolean;
  /** Approximate, or less precise than a day. */
  approximateDate: boolean;
  /** The value exactly as typed: ">1200.0", "400–500", "0". */
  label: string;
  date: PartialDate;
  notes?: string;
}

export interface TextPoint {
  observationId: string;
  time: number;
  timeFrom: number;
  timeTo: number;
  text: string;
  approximateDate: boolean;
  date: PartialDate;
  notes?: string;
}

export interface ReferenceRange {
  low?: number | undefined;
  high?: number | undefined;
}

/** Everything one trend panel draws. Different units are different panels: U/L and μkat/L on one axis would mislead. */
export interface AnalytePanelData {
  key: string;
  analyte: string;
  /** UCUM code; absent for a panel of text results. */
  unit?: string;
  /** Numeric results in time order. */
  points: TrendPoint[];
  /** Text results (positive, negative, …) in time order. */
  texts: TextPoint[];
  /** The reference range given most often with these results. */
  referenceRange?: ReferenceRange;
}

/** Key of the panel for an analyte in a unit (text results: no unit). */
export function panelKey(analyte: string, unit: string | undefined): string {
  return unit === undefined ? analyte : `${analyte} [${unit}]`;
}

const isCensored = (c: Comparator | undefined) => c !== undefined && c !== '~';

interface Placed {
  obs: Observation;
  time: number;
  timeFrom: number;
  timeTo: number;
}

function place(obs: Observation): Placed {
  const { first, last } = partialDateBounds(obs.date.date);
  return { obs, time: partialDateMidpoint(obs.date.date), timeFrom: first, timeTo: last };
}

const byTime = (a: Placed, b: Placed) => a.time - b.time || (a.obs.id < b.obs.id ? -1 : a.obs.id > b.obs.id ? 1 : 0);

function commonestRange(observations: readonly Observation[]): ReferenceRange | undefined {
  const counts = new Map<string, { range: ReferenceRange; count: number }>();
  for (const o of observations) {
    if (!o.referenceRange) continue;
    const key = `${o.referenceRange.low ?? ''}|${o.referenceRange.high ?? ''}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { range: o.referenceRange, count: 1 });
  }
  let best: { range: ReferenceRange; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.range;
}

/**
 * One panel per analyte and unit with at least one result, ordered by analyte. Dates are placed
 * once and sorted as numbers: 100,000 results sort in milliseconds, where comparing partial-date
 * strings would parse each one again at every comparison.
 */
export function buildAnalytePanels(observations: readonly Observation[]): AnalytePanelData[] {
  const groups = new Map<string, { analyte: string; unit: string | undefined; placed: Placed[] }>();
  for (const obs of observations) {
    const unit = obs.value === undefined ? undefined : obs.unit;
    const key = panelKey(obs.analyte, unit);
    let group = groups.get(key);
    if (!group) {
      group = { analyte: obs.analyte, unit, placed: [] };
      groups.set(key, group);
    }
    group.placed.push(place(obs));
  }
  const panels: AnalytePanelData[] = [];
  for (const [key, { analyte, unit, placed }] of groups) {
    placed.sort(byTime);
    const points: TrendPoint[] = [];
    const texts: TextPoint[] = [];
    for (const { obs, time, timeFrom, timeTo } of placed) {
      const approximateDate = obs.date.approximate || precisionOf(obs.date.date) !== 'day';
      const notes = obs.notes === undefined || obs.notes === '' ? {} : { notes: obs.notes };
      if (obs.value === undefined) {
        if (obs.valueText !== undefined) {
          texts.push({
            observationId: obs.id,
            time,
            timeFrom,
            timeTo,
            text: obs.valueText,
            approximateDate,
            date: obs.date,
            ...notes,
          });
        }
        continue;
      }
      points.push({
        observationId: obs.id,
        time,
        timeFrom,
        timeTo,
        value: obs.value,
        ...(obs.valueHigh === undefined ? {} : { valueHigh: obs.valueHigh }),
        ...(obs.comparator === undefined ? {} : { comparator: obs.comparator }),
        censored: isCensored(obs.comparator),
        approximateDate,
        label: formatObservationValue(obs),
        date: obs.date,
        ...notes,
      });
    }
    const range = unit === undefined ? undefined : commonestRange(placed.map((p) => p.obs));
    panels.push({
      key,
      analyte,
      ...(unit === undefined ? {} : { unit }),
      points,
      texts,
      ...(range ? { referenceRange: range } : {}),
    });
  }
  return panels.sort((a, b) => a.analyte.localeCompare(b.analyte) || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

/**
 * The panels shown before a reader has chosen: numeric analytes with two or more results (a
 * trend needs two), most results first, at most `max`.
 */
export function defaultPanelSelection(panels: readonly AnalytePanelData[], max = 6): string[] {
  return panels
    .filter((p) => p.points.length >= 2)
    .sort((a, b) => b.points.length - a.points.length || a.analyte.localeCompare(b.analyte))
    .slice(0, max)
    .map((p) => p.key);
}

/** Where the connecting line passes: a measurement or the middle of a range; a censored value is a bound and is not joined. */
export function lineValue(p: TrendPoint): number | undefined {
  if (p.censored) return undefined;
  return p.valueHigh === undefined ? p.value : (p.value + p.valueHigh) / 2;
}
