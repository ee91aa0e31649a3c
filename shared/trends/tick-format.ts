// How a value axis writes its ticks: one format for every tick of an axis, one rule for every
// panel, so "0, 5000, 10k, 15k" cannot happen.
import { withoutFloatNoise } from '../values/float-noise';
import type { ValueScaleKind } from './value-scale';

/** Digits are grouped from here up: 10 000 is read at a glance, 10000 is counted. */
export const GROUP_FROM = 10_000;
/** A narrow no-break space (U+202F), the SI digit-group separator: never taken for a decimal point, never wrapped. */
const GROUP_SEPARATOR = '\u202f';

/** Decimals a tick needs to be written exactly: 0.25 → 2, 1e-7 → 7, 300 → 0. */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent] = String(Math.abs(withoutFloatNoise(value))).split('e');
  const own = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, own - Number(exponent ?? 0));
}

/**
 * The formatter for one axis's ticks. The rule, for every panel:
 * - numbers are written in full, in the panel's unit: never "k" or "M" (a "k" beside U/L reads
 *   as a unit prefix) and never an exponent;
 * - on a linear axis every tick has the decimals of the finest tick, so the step reads the same
 *   all the way up ("0.0, 0.5, 1.0, 1.5");
 * - on a log axis each tick keeps only the decimals it needs ("0.1, 1, 10, 100"), as on log paper,
 *   where trailing zeros would claim a precision the decades do not have;
 * - when the axis reaches {@link GROUP_FROM}, every tick's digits are grouped in threes
 *   ("0, 5 000, 10 000, 15 000"), so no tick is grouped while its neighbour is not.
 */
export function valueTickFormat(ticks: readonly number[], kind: ValueScaleKind): (value: number) => string {
  const decimals = kind === 'linear' ? Math.max(0, ...ticks.map(decimalsOf)) : undefined;
  const grouped = ticks.some((t) => Math.abs(t) >= GROUP_FROM);
  return (value) => {
    const text = Math.abs(value).toFixed(decimals ?? decimalsOf(value));
    const [whole = '', fraction] = text.split('.');
    const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR) : whole;
    const sign = value < 0 && Number(text) !== 0 ? '-' : '';
    return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
  };
}
