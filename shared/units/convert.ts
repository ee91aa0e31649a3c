// Unit dimensions and conversions between UCUM units, by ucum-lhc: which units can share an axis, and the factor between them.
// @ts-expect-error -- @lhncbc/ucum-lhc ships CommonJS without type declarations; the shape used is typed below.
import { UcumLhcUtils as untypedUcumLhcUtils } from '@lhncbc/ucum-lhc';
import { withoutFloatNoise } from '../values/float-noise';
import { isValidUcum } from './ucum';

interface UcumConverter {
  convertUnitTo(from: string, value: number, to: string): { status: string; toVal: number | null };
  convertToBaseUnits(unit: string, value: number): { status: string; unitToExp?: Record<string, number> };
  getSpecifiedUnit(unit: string, use: 'validate'): { unit?: { moleExp_?: number; equivalentExp_?: number } | null };
}

// The same singleton shared/units/ucum.ts validates with; getInstance() builds it once.
const ucum = (): UcumConverter => (untypedUcumLhcUtils as { getInstance(): UcumConverter }).getInstance();

const dimensions = new Map<string, string>();

/**
 * A key shared by exactly the units that convert into each other: U/L and μkat/L (catalytic
 * activity per volume) share one, mg/dL and mmol/L do not (mass against substance: UCUM needs the
 * molar mass). Dimensionless units (%, {grade}, {score}, 1) and arbitrary ones ([IU]) each keep a
 * key of their own: UCUM would turn a grade into a percentage, which no reader means. Free text is
 * its own unit.
 */
export function unitDimension(unit: string, freeText = false): string {
  if (freeText) return `text:${unit}`;
  let key = dimensions.get(unit);
  if (key === undefined && !isValidUcum(unit)) key = `text:${unit}`;
  if (key === undefined) {
    const base = ucum().convertToBaseUnits(unit, 1);
    const exponents = Object.entries(base.unitToExp ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // UCUM counts a mole as a number (6.0221367e23), so mmol/L and 10*9/L share base units;
    // ucum-lhc refuses to convert them, and so does this key.
    const parsed = ucum().getSpecifiedUnit(unit, 'validate').unit;
    const amount = `mol${parsed?.moleExp_ ?? 0}.eq${parsed?.equivalentExp_ ?? 0}`;
    key =
      base.status === 'succeeded' && exponents.length > 0
        ? `dim:${exponents.map(([atom, exp]) => `${atom}${exp}`).join('.')}.${amount}`
        : `unit:${unit}`;
    dimensions.set(unit, key);
  }
  return key;
}

const converters = new Map<string, ((value: number) => number) | null>();

/**
 * A function from values in `from` to values in `to`, or undefined when they do not convert.
 * Linear units convert by a factor worked out once; °C and °F go through ucum-lhc each time.
 */
export function unitConverter(from: string, to: string): ((value: number) => number) | undefined {
  if (from === to) return (v) => v;
  const key = `${from}\u0000${to}`;
  let converter = converters.get(key);
  if (converter === undefined) {
    converter = null;
    if (unitDimension(from) === unitDimension(to) && unitDimension(from).startsWith('dim:')) {
      const one = ucum().convertUnitTo(from, 1, to);
      const zero = ucum().convertUnitTo(from, 0, to);
      if (one.status === 'succeeded' && one.toVal !== null) {
        const factor = one.toVal;
        converter =
          zero.toVal === 0
            ? (v) => withoutFloatNoise(v * factor)
            : (v) => {
                const r = ucum().convertUnitTo(from, v, to);
                return withoutFloatNoise(r.toVal ?? Number.NaN);
              };
      }
    }
    converters.set(key, converter);
  }
  return converter ?? undefined;
}
