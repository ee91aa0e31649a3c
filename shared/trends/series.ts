// Trend series: one per numeric analyte (and unit) with at least two values, ready to plot on a time axis.
import { partialDateMidpoint } from '../dates/partial-date';
import type { Observation } from '../model/case';
import { formatObservationValue } from '../model/observation-value';
import { sortObservations } from '../timeline/order';

export interface TrendPoint {
  observationId: string;
  /** Middle of the reported period (UTC ms), so a month-only date is not drawn as the 1st. */
  time: number;
  /** Plotted value: the lower bound of a range, the bound of a censored value. */
  value: number;
  valueHigh?: number;
  censored: boolean;
  approximateDate: boolean;
  label: string;
  date: string;
}

export interface TrendSeries {
  analyte: string;
  unit: string;
  points: TrendPoint[];
}

/** Different units are different series: mixing U/L and μkat/L on one axis would mislead. */
export function buildTrendSeries(observations: readonly Observation[]): TrendSeries[] {
  const groups = new Map<string, TrendSeries>();
  for (const obs of sortObservations(observations)) {
    if (obs.value === undefined || obs.unit === undefined) continue;
    const key = `${obs.analyte}\u0000${obs.unit}`;
    let series = groups.get(key);
    if (!series) {
      series = { analyte: obs.analyte, unit: obs.unit, points: [] };
      groups.set(key, series);
    }
    series.points.push({
      observationId: obs.id,
      time: partialDateMidpoint(obs.date.date),
      value: obs.value,
      ...(obs.valueHigh === undefined ? {} : { valueHigh: obs.valueHigh }),
      censored: obs.comparator !== undefined && obs.comparator !== '~',
      approximateDate: obs.date.approximate || obs.date.date.length < 10,
      label: formatObservationValue(obs),
      date: obs.date.date,
    });
  }
  return [...groups.values()].filter((s) => s.points.length >= 2);
}
