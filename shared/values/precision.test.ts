import { describe, expect, it } from 'vitest';
import { digitsOf, impreciseJsonNumbers, precisionProblem } from './precision';

describe('digitsOf', () => {
  it.each([
    ['300.0', 4, 1],
    ['0.00012', 2, 5],
    ['-176.50', 5, 2],
    ['1000', 1, 0],
    ['10000000000000000', 1, 0],
    ['1.50e3', 3, undefined],
    ['−0.5', 1, 1],
    ['0', 0, 0],
  ])('counts %s as %d significant digits and %s decimals', (literal, significant, decimals) => {
    expect(digitsOf(literal)).toEqual({ significant, decimals });
  });
});

describe('precisionProblem', () => {
  it.each(['123456789012345', '0.123456789012', '12345.6789012345', '-1.23456789012345e300', '1e16'])(
    'accepts %s: 15 significant digits and 12 decimals at most',
    (literal) => {
      expect(precisionProblem(literal)).toBeUndefined();
      // What is accepted is what a stored number gives back.
      expect(Number(literal)).toBe(Number(String(Number(literal))));
    },
  );

  it('refuses 16 significant digits and says why', () => {
    expect(precisionProblem('1234567890123456')).toBe(
      '“1234567890123456” has 16 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer',
    );
  });

  it('refuses 13 decimals and says why', () => {
    expect(precisionProblem('0.1234567890123')).toBe(
      '“0.1234567890123” has 13 digits after the decimal point: at most 12 are kept and shown back, so round it to 12 decimals or fewer',
    );
  });

  it('refuses the 20 decimals that were rounded to 17 digits in silence', () => {
    expect(precisionProblem('0.12345678901234567890')).toMatch(/20 significant digits/);
  });

  it('clips a pasted line of digits in its message', () => {
    expect(precisionProblem('1'.repeat(100_000))?.length).toBeLessThan(200);
  });
});

describe('impreciseJsonNumbers', () => {
  it('finds each long number with its line and column, and skips digits inside strings', () => {
    const text = '{\n  "id": "0.12345678901234567890",\n  "value": 0.12345678901234567890,\n  "low": 1.5\n}';
    expect(impreciseJsonNumbers(text)).toEqual([
      { line: 3, column: 12, message: expect.stringMatching(/20 significant digits/) as unknown as string },
    ]);
  });

  it('finds nothing in a file whose numbers are all kept', () => {
    expect(impreciseJsonNumbers('{"a": [1, -2.5, 1e-7, 123456789012345, "\\"1.23456789012345678"]}')).toEqual([]);
  });
});
