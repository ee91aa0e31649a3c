// Value-axis ticks on short panels: thinned until their labels stand clear of one another.
import { describe, expect, it } from 'vitest';
import { linearDomain, logDomain } from '../../../shared/trends/value-scale';
import { readableTicks } from './value-ticks';

describe('readableTicks', () => {
  it('keeps every tick of the B-cell axis (0–300 by 100) on a compact 60 px plot', () => {
    const domain = linearDomain({ min: 0, max: 236.4, minPositive: 1.5 });
    expect(domain.ticks).toEqual([0, 100, 200, 300]);
    expect(readableTicks(domain, 60)).toEqual([0, 100, 200, 300]);
  });

  it('keeps every second tick, from zero up, when the ticks would touch', () => {
    const domain = linearDomain({ min: 0, max: 2000, minPositive: 400 });
    expect(domain.ticks).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(readableTicks(domain, 50)).toEqual([0, 1000, 2000]);
  });

  it('keeps the decades of a crowded 1-2-5 log axis', () => {
    const domain = logDomain({ min: 1, max: 900, minPositive: 1 });
    expect(domain.ticks).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(readableTicks(domain, 60)).toEqual([1, 10, 100, 1000]);
  });

  it('labels at least the floor on a plot too short for two labels', () => {
    const domain = linearDomain({ min: 0, max: 6, minPositive: 2 });
    expect(readableTicks(domain, 10)).toEqual([0]);
  });
});
