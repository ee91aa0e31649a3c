// Trend panels' data: one panel per analyte and unit dimension, with every numeric result (exact,
// censored or a range) and every text result, each placed on the time axis and kept as it was typed.
import { groupByAnalyte } from '../analytes/identity';
import { partialDateBounds, partialDateMidpoint, precisionOf, type PartialDate } from '../dates/partial-date';
import type { Comparator, Observation } from '../model/case';
import { formatObservationValue } from '../model/observation-value';
import { unitConverter, unitDimension } from '../units/convert';

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
  /** The value exactly as typed: ">1200.0", "400–500", "0"; converted, when `reported` is set. */
  label: string;
  /** Present when the value was reported in another unit and converted to the panel's. */
  reported?: { label: string; unit: string };
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

/**
 * Everything one trend panel draws: one analyte however the case spells it (shared/analytes/identity),
 * in one unit. Units that convert (U/L and μkat/L) share a panel in the unit the case uses most;
 * units that do not (mg/dL and mmol/L, % and U/L) get panels of their own, named with their unit.
 */
export interface AnalytePanelData {
  key: string;
  /** The case's most used spelling of the analyte. */
  analyte: string;
  /** UCUM code (or free text); absent for a panel of text results. */
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

/** Significant digits of a number as reported ("2.0" has 2, "1620" has 3), at least 3 for a converted value. */
function significantDigits(text: string): number {
  const digits = text
    .replace(/^[^0-9]*/, '')
    .replace(/[^0-9.].*$/, '')
    .replace('.', '')
    .replace(/^0+/, '');
  return Math.max(3, Math.min(digits.length, 12));
}

/** A converted value, to the precision it was reported with: 2.0 μkat/L is 120 U/L, not 120.000000001. */
function convertedLabel(obs: Observation, value: number, valueHigh: number | undefined): string {
  const digits = significantDigits(formatObservationValue(obs));
  const show = (n: number) => String(Number(n.toPrecision(digits)));
  if (valueHigh !== undefined) return `${show(value)}–${show(valueHigh)}`;
  return `${obs.comparator ?? ''}${show(value)}`;
}

interface Bucket {
  analyte: string;
  unit: string | undefined;
  placed: Placed[];
}

/**
 * The panels of one analyte: its text results (and numbers without a unit), then one panel per
 * unit dimension, in the unit most of its results use (the first reported, between equals).
 */
function bucketsOf(analyte: string, rows: readonly Observation[]): Bucket[] {
  const textual: Placed[] = [];
  // By unit first (one lookup a row), then units by dimension (a few lookups an analyte).
  const byUnit = new Map<string, { unit: string; freeText: boolean; placed: Placed[] }>();
  for (const obs of rows) {
    if (obs.value === undefined || obs.unit === undefined) {
      textual.push(place(obs));
      continue;
    }
    const key = obs.unitIsFreeText === true ? `\u0000${obs.unit}` : obs.unit;
    const entry = byUnit.get(key);
    if (entry) entry.placed.push(place(obs));
    else byUnit.set(key, { unit: obs.unit, freeText: obs.unitIsFreeText === true, placed: [place(obs)] });
  }
  const buckets: Bucket[] = [];
  if (textual.length > 0) buckets.push({ analyte, unit: undefined, placed: textual });
  const byDimension = new Map<string, { unit: string; placed: Placed[] }[]>();
  for (const { unit, freeText, placed } of byUnit.values()) {
    // An analyte in one unit needs no dimension, and the UCUM tables (~45 ms to load in Chromium)
    // are not loaded to open a case whose analytes each come in one unit.
    const dimension = byUnit.size === 1 ? unit : unitDimension(unit, freeText);
    const units = byDimension.get(dimension);
    if (units) units.push({ unit, placed });
    else byDimension.set(dimension, [{ unit, placed }]);
  }
  for (const units of byDimension.values()) {
    // Map order is first-reported order, so between equals the first reported wins.
    let unit = units[0]!;
    for (const u of units) if (u.placed.length > unit.placed.length) unit = u;
    buckets.push({
      analyte,
      unit: unit.unit,
      placed: units.length === 1 ? unit.placed : units.flatMap((u) => u.placed),
    });
  }
  return buckets;
}

/** The row's value, upper value and reference range in the panel's unit. */
function inPanelUnit(obs: Observation, unit: string | undefined): Observation {
  if (unit === undefined || obs.unit === undefined || obs.unit === unit) return obs;
  const convert = unitConverter(obs.unit, unit);
  if (!convert) return obs;
  const range = obs.referenceRange;
  return {
    ...obs,
    ...(obs.value === undefined ? {} : { value: convert(obs.value) }),
    ...(obs.valueHigh === undefined ? {} : { valueHigh: convert(obs.valueHigh) }),
    ...(range
      ? {
          referenceRange: {
            ...(range.low === undefined ? {} : { low: convert(range.low) }),
            ...(range.high === undefined ? {} : { high: convert(range.high) }),
          },
        }
      : {}),
  };
}

/**
 * One panel per analyte and unit dimension with at least one result, ordered by analyte. Rows
 * spelled differently ("CK", "Creatine kinase (CK)") are one analyte. Dates are placed once and
 * sorted as numbers: 100,000 results sort in milliseconds, where comparing partial-date strings
 * would parse each one again at every comparison.
 */
export function buildAnalytePanels(observations: readonly Observation[]): AnalytePanelData[] {
  const panels: AnalytePanelData[] = [];
  const keys = new Set<string>();
  for (const group of groupByAnalyte(observations)) {
    for (const { analyte, unit, placed } of bucketsOf(group.analyte.name, group.rows)) {
      placed.sort(byTime);
      const points: TrendPoint[] = [];
      const texts: TextPoint[] = [];
      for (const { obs: reported, time, timeFrom, timeTo } of placed) {
        const approximateDate = reported.date.approximate || precisionOf(reported.date.date) !== 'day';
        const notes = reported.notes === undefined || reported.notes === '' ? {} : { notes: reported.notes };
        if (reported.value === undefined) {
          if (reported.valueText !== undefined) {
            texts.push({
              observationId: reported.id,
              time,
              timeFrom,
              timeTo,
              text: reported.valueText,
              approximateDate,
              date: reported.date,
              ...notes,
            });
          }
          continue;
        }
        const obs = inPanelUnit(reported, unit);
        const converted = obs !== reported;
        points.push({
          observationId: obs.id,
          time,
          timeFrom,
          timeTo,
          value: obs.value!,
          ...(obs.valueHigh === undefined ? {} : { valueHigh: obs.valueHigh }),
          ...(obs.comparator === undefined ? {} : { comparator: obs.comparator }),
          censored: isCensored(obs.comparator),
          approximateDate,
          label: converted ? convertedLabel(reported, obs.value!, obs.valueHigh) : formatObservationValue(obs),
          ...(converted ? { reported: { label: formatObservationValue(reported), unit: reported.unit! } } : {}),
          date: obs.date,
          ...notes,
        });
      }
      const mixed = placed.some((p) => p.obs.unit !== unit);
      const range =
        unit === undefined ? undefined : commonestRange(placed.map((p) => (mixed ? inPanelUnit(p.obs, unit) : p.obs)));
      // Two analytes named alike ("Creatinine" with two different LOINC codes) still get a panel each.
      let key = panelKey(analyte, unit);
      for (let n = 2; keys.has(key); n++) key = `${panelKey(analyte, unit)} #${n}`;
      keys.add(key);
      panels.push({
        key,
        analyte,
        ...(unit === undefined ? {} : { unit }),
        points,
        texts,
        ...(range ? { referenceRange: range } : {}),
      });
    }
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
