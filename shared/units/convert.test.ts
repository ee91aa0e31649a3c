import { describe, expect, it } from 'vitest';
import { unitConverter, unitDimension } from './convert';

describe('unitDimension', () => {
  it.each<[string, string]>([
    ['U/L', 'ukat/L'],
    ['10*9/L', '10*3/uL'],
    ['mg/dL', 'g/L'],
    ['Cel', '[degF]'],
  ])('puts %s and %s on one axis', (a, b) => {
    expect(unitDimension(a)).toBe(unitDimension(b));
  });

  it.each<[string, string]>([
    ['mg/dL', 'mmol/L'],
    ['%', 'U/L'],
    ['10*9/L', 'mmol/L'],
    ['{grade}', '%'],
    ['[IU]/L', 'U/L'],
    ['mmol/L', 'meq/L'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(unitDimension(a)).not.toBe(unitDimension(b));
  });

  it('keeps a free-text unit apart from the UCUM code spelled the same', () => {
    expect(unitDimension('U/L', true)).not.toBe(unitDimension('U/L'));
  });
});

describe('unitConverter', () => {
  it('converts by ucum-lhc, without binary noise', () => {
    expect(unitConverter('ukat/L', 'U/L')?.(2)).toBe(120);
    expect(unitConverter('10*9/L', '10*3/uL')?.(5.2)).toBe(5.2);
    expect(unitConverter('Cel', '[degF]')?.(37)).toBe(98.6);
  });

  it('converts nothing across dimensions', () => {
    expect(unitConverter('mg/dL', 'mmol/L')).toBeUndefined();
    expect(unitConverter('{grade}', '%')).toBeUndefined();
    expect(unitConverter('nonsense', 'U/L')).toBeUndefined();
  });
});
