import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitLabel, packRows, shortenLabel } from './packing';

describe('packRows', () => {
  it('keeps marks on one row while they do not overlap', () => {
    expect(
      packRows([
        { x0: 0, x1: 50 },
        { x0: 60, x1: 100 },
        { x0: 110, x1: 120 },
      ]),
    ).toEqual([0, 0, 0]);
  });

  it('stacks the labels of a taper into a staircase', () => {
    const steps = [0, 8, 16, 24].map((x) => ({ x0: x, x1: x + 70 }));
    expect(packRows(steps)).toEqual([0, 1, 2, 3]);
  });

  it('reuses the first row that has room again', () => {
    expect(
      packRows([
        { x0: 0, x1: 100 },
        { x0: 10, x1: 30 },
        { x0: 40, x1: 60 },
        { x0: 120, x1: 130 },
      ]),
    ).toEqual([0, 1, 1, 0]);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font, wide letters more than narrow ones', () => {
    expect(estimateTextWidth('20 mg s.c.', 11)).toBeGreaterThan(40);
    expect(estimateTextWidth('20 mg s.c.', 11)).toBeLessThan(80);
    expect(estimateTextWidth('mmm', 10)).toBeGreaterThan(estimateTextWidth('iii', 10));
    expect(estimateTextWidth('abc', 22)).toBeCloseTo(2 * estimateTextWidth('abc', 11));
  });

  it('is no narrower than DejaVu Sans, the widest common face, draws the labels that were cut', () => {
    // Advance widths of DejaVu Sans at 11 px: digits 7.0, space 3.5, m 10.7, g 7.0, i 3.1, . 3.5, v 6.5, → 9.2.
    expect(estimateTextWidth('1000 mg i.v.', 11)).toBeGreaterThanOrEqual(69.3);
    expect(estimateTextWidth('500→250→120→60 mg daily', 11)).toBeGreaterThanOrEqual(141);
  });
});

describe('fitLabel', () => {
  it('leaves a title that fits and cuts one that does not to within the width', () => {
    expect(fitLabel('Ofatumumab', 170, 12)).toBe('Ofatumumab');
    const cut = fitLabel('Intravenous immunoglobulin (IVIG) with albumin', 170, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(170);
  });
});

describe('shortenLabel', () => {
  it('cuts long labels with an ellipsis and leaves short ones', () => {
    expect(shortenLabel('Stable')).toBe('Stable');
    const cut = shortenLabel('Normal daily life; panic, chest tightness and wheezing resolved', 30);
    expect(cut).toHaveLength(30);
    expect(cut.endsWith('…')).toBe(true);
  });
});
