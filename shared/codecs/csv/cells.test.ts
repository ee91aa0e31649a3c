import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsDecimals, storableDouble } from '../json/arbitrary-case';
import { escapeText, formatMeasured, formatNumber, readBoolean, readNumber, unescapeText } from './cells';

describe('escapeText', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+++', "'+++"],
    ['-ve', "'-ve"],
    ['@risk', "'@risk"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['＝1+1', "'＝1+1"],
    ["'quoted'", "''quoted'"],
    ['Flagged high.', 'Flagged high.'],
    ['1+1', '1+1'],
    [' =1', ' =1'],
    ['', ''],
  ])('writes %j as %j', (typed, written) => {
    expect(escapeText(typed)).toBe(written);
  });

  it('is undone by unescapeText for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => unescapeText(escapeText(text)) === text));
  });

  it('never leaves a formula character first', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', '1') }), (text) => {
        const first = escapeText(text)[0];
        return first === undefined || !['=', '+', '-', '@', '\t', '\r'].includes(first);
      }),
    );
  });
});

describe('formatMeasured', () => {
  it.each<[number, number | undefined, string]>([
    [300, 1, '300.0'],
    [176.5, 2, '176.50'],
    [0.282, 3, '0.282'],
    [1620, undefined, '1620'],
    [0.5, undefined, '0.5'],
    [-0, 1, '0.0'],
    // The decimals would turn the value into another number: the number wins.
    [0.1 + 0.2, 2, '0.30000000000000004'],
    [1e-7, 2, '1e-7'],
    [1e21, 2, '1e+21'],
  ])('writes %d with %s decimals as %s', (value, decimals, text) => {
    expect(formatMeasured(value, decimals)).toBe(text);
  });

  it('always reads back as the same number', () => {
    fc.assert(
      fc.property(storableDouble, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), (value, decimals) => {
        // A value whose decimals would take it past 15 digits cannot be stored (ObservationSchema).
        fc.pre(keepsDecimals([value], decimals));
        const read = readNumber(formatMeasured(value, decimals));
        return read.ok && read.value.value === value + 0;
      }),
    );
  });
});

describe('formatNumber', () => {
  it('writes -0 as 0 and keeps every storable double exact', () => {
    expect(formatNumber(-0)).toBe('0');
    fc.assert(
      fc.property(storableDouble, (value) => {
        const read = readNumber(formatNumber(value));
        return read.ok && read.value.value === value;
      }),
    );
  });
});

describe('readNumber', () => {
  it.each([
    ['300.0', 300, 1],
    ['176.50', 176.5, 2],
    ['1620', 1620, undefined],
    ['-4.25', -4.25, 2],
    ['.5', 0.5, 1],
    ['1e-7', 1e-7, undefined],
    ['1.5E3', 1500, undefined],
    ['-0', 0, undefined],
    ['123456789012345', 123456789012345, undefined],
    ['0.123456789012', 0.123456789012, 12],
    ['10000000000000000', 1e16, undefined],
  ])('reads %s as %d with %s decimals', (text, value, decimals) => {
    expect(readNumber(text)).toEqual({ ok: true, value: { value, decimals } });
  });

  it.each([
    ['1,200', /thousands separator/],
    ['1,200.5', /thousands separator/],
    ['0,5', /decimal comma/],
    ['1e999', /too large/],
    ['1e-999', /too small/],
    ['>300', /not a number/],
    ['12 mg', /not a number/],
    ['NaN', /not a number/],
    ['Infinity', /not a number/],
    ['+5', /not a number/],
    ['0x10', /not a number/],
    // The precision rule: refused with the limit and why, never rounded in silence.
    ['0.30000000000000004', /17 significant digits: a stored number keeps 15 exactly/],
    ['1234567890123456', /16 significant digits: a stored number keeps 15 exactly/],
    ['0.1234567890123', /13 digits after the decimal point: at most 12 are kept/],
    ['0.12345678901234567890', /20 significant digits/],
  ])('refuses %j', (text, message) => {
    const read = readNumber(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.message).toMatch(message);
  });
});

describe('readBoolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['', false],
  ])('reads %j as %s', (text, value) => {
    expect(readBoolean(text)).toEqual({ ok: true, value });
  });

  it.each(['yes', '1', 'approx'])('refuses %j', (text) => {
    expect(readBoolean(text).ok).toBe(false);
  });
});
