// Shows an observation's result the way the report printed it: comparator, reported decimals, ranges.
import type { Observation } from './case';

function formatNumber(value: number, decimalPlaces: number | undefined): string {
  return decimalPlaces === undefined ? String(value) : value.toFixed(decimalPlaces);
}

export function formatObservationValue(obs: Observation): string {
  if (obs.valueText !== undefined) return obs.valueText;
  if (obs.value === undefined) return '';
  const low = formatNumber(obs.value, obs.decimalPlaces);
  if (obs.valueHigh !== undefined) return `${low}–${formatNumber(obs.valueHigh, obs.decimalPlaces)}`;
  return `${obs.comparator ?? ''}${low}`;
}

export function formatReferenceRange(obs: Observation): string {
  const range = obs.referenceRange;
  if (!range) return '';
  if (range.low !== undefined && range.high !== undefined) return `${range.low}–${range.high}`;
  return range.low !== undefined ? `≥ ${range.low}` : `≤ ${String(range.high)}`;
}
