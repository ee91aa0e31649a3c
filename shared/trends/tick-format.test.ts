// The one format of a value axis's ticks: read as the panel's axis prints them.
import { describe, expect, it } from 'vitest';
import { valueTickFormat } from './tick-format';
import { linearDomain, logDomain } from './value-scale';

const axis = (ticks: number[], kind: 'linear' | 'log' = 'linear') => ticks.map(valueTickFormat(ticks, kind));
const NNBSP = '\u202f';

describe('valueTickFormat', () => {
  it('writes the CK axis of 0 to 15 000 U/L grouped throughout, never as "5000, 10k"', () => {
    expect(axis([0, 5000, 10000, 15000])).toEqual(['0', `5${NNBSP}000`, `10${NNBSP}000`, `15${NNBSP}000`]);
  });

  it('leaves an axis that stays under 10 000 ungrouped, 1000 included', () => {
    expect(axis([0, 500, 1000, 1500, 2000])).toEqual(['0', '500', '1000', '1500', '2000']);
  });

  it('gives every tick of a linear axis the decimals of its step', () => {
    expect(axis([0, 0.5, 1, 1.5])).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect(axis([0.2, 0.25, 0.3])).toEqual(['0.20', '0.25', '0.30']);
    expect(axis([0, 2, 4, 6])).toEqual(['0', '2', '4', '6']);
  });

  it('writes a log axis as log paper does, each decade with only the decimals it needs', () => {
    expect(axis([0.1, 1, 10, 100, 1000], 'log')).toEqual(['0.1', '1', '10', '100', '1000']);
    expect(axis([1, 10, 100, 1000, 10000, 100000], 'log')).toEqual([
      '1',
      '10',
      '100',
      `1${NNBSP}000`,
      `10${NNBSP}000`,
      `100${NNBSP}000`,
    ]);
  });

  it('never writes "k", "M" or an exponent, however large or small the values', () => {
    const texts = [
      ...axis(linearDomain({ min: 0, max: 3_200_000, minPositive: 1 }).ticks),
      ...axis(logDomain({ min: 1e-7, max: 1e-3, minPositive: 1e-7 }).ticks, 'log'),
    ];
    expect(texts.filter((t) => /[kMe]/.test(t))).toEqual([]);
    expect(texts).toContain(`3${NNBSP}000${NNBSP}000`);
    expect(texts).toContain('0.0000001');
  });

  it('keeps the minus of negative ticks and no "-0"', () => {
    expect(axis([-10, -5, 0, 5])).toEqual(['-10', '-5', '0', '5']);
    expect(axis([-0.5, 0, 0.5])).toEqual(['-0.5', '0.0', '0.5']);
  });

  it('rids ticks of floating-point residue', () => {
    expect(axis([0.1, 0.2, 0.30000000000000004])).toEqual(['0.1', '0.2', '0.3']);
  });
});
