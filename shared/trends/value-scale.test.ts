import { describe, expect, it } from 'vitest';
import { linearDomain, logDomain, niceStep, offScale, valueExtent, valueToPixel } from './value-scale';

const extent = (...values: number[]) => valueExtent(values)!;

describe('niceStep', () => {
  it.each([
    [236.4, 4, 100],
    [10, 4, 2.5],
    [1, 5, 0.2],
    [1600, 4, 500],
  ])('cuts %s into about %s parts of %s', (span, count, step) => expect(niceStep(span, count)).toBe(step));
});

describe('linearDomain', () => {
  it('starts a B-cell count at zero, on round ticks', () => {
    expect(linearDomain(extent(236.4, 0, 1.5))).toEqual({
      kind: 'linear',
      min: 0,
      max: 300,
      ticks: [0, 100, 200, 300],
    });
  });

  it('keeps zero when it is near the data (LVEF 37–59 % with a reference of 50)', () => {
    expect(linearDomain(extent(37, 59, 50))).toMatchObject({ min: 0, max: 60 });
  });

  it('leaves zero out when the data sit far above it', () => {
    const hb = linearDomain(extent(120, 135, 140));
    expect(hb.min).toBeGreaterThan(100);
    expect(hb.ticks[0]).toBe(hb.min);
    expect(hb.ticks.at(-1)).toBe(hb.max);
  });

  it('gives a single value room either side', () => {
    const one = linearDomain(extent(300));
    expect(one.min).toBe(0);
    expect(one.max).toBeGreaterThan(300);
    expect(linearDomain(extent(0)).max).toBeGreaterThan(0);
  });

  it('does not print floating-point residue in ticks', () => {
    expect(linearDomain(extent(0.1, 0.7)).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
});

describe('logDomain', () => {
  it('spans whole decades with 1-2-5 ticks over three decades or fewer', () => {
    expect(logDomain(extent(1.5, 236.4))).toEqual({
      kind: 'log',
      min: 1,
      max: 1000,
      ticks: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    });
  });

  it('keeps only powers of ten over more decades', () => {
    expect(logDomain(extent(0.02, 12000)).ticks).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000, 100000]);
  });

  it('opens a decade below the smallest positive value for zeros, which it cannot place', () => {
    const domain = logDomain(extent(0, 1.5, 236.4));
    expect(domain.min).toBe(0.1);
    expect(offScale(domain, 0)).toBe(true);
    expect(offScale(domain, 1.5)).toBe(false);
    expect(valueToPixel(domain, 0, 10, 100)).toBe(110);
  });
});

describe('valueToPixel', () => {
  it('maps linearly top to bottom, larger values higher', () => {
    const domain = { kind: 'linear' as const, min: 0, max: 300, ticks: [] };
    expect(valueToPixel(domain, 0, 10, 120)).toBe(130);
    expect(valueToPixel(domain, 300, 10, 120)).toBe(10);
    expect(valueToPixel(domain, 150, 10, 120)).toBe(70);
  });

  it('maps decades evenly on a log axis', () => {
    const domain = logDomain(extent(1, 1000));
    expect(valueToPixel(domain, 10, 0, 300)).toBeCloseTo(200);
    expect(valueToPixel(domain, 100, 0, 300)).toBeCloseTo(100);
  });
});
