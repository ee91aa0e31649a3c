// Specification of where the grid's keys move the focus.
import { describe, expect, it } from 'vitest';
import { moveCell } from './use-grid-keys';

describe('moveCell', () => {
  const rows = 25;
  const cols = 9;

  it.each([
    ['down', { row: 3, col: 2 }, { row: 4, col: 2 }],
    ['up', { row: 3, col: 2 }, { row: 2, col: 2 }],
    ['right', { row: 3, col: 2 }, { row: 3, col: 3 }],
    ['left', { row: 3, col: 2 }, { row: 3, col: 1 }],
    ['row-start', { row: 3, col: 5 }, { row: 3, col: 0 }],
    ['row-end', { row: 3, col: 5 }, { row: 3, col: 8 }],
    ['first-row', { row: 13, col: 5 }, { row: 0, col: 5 }],
    ['last-row', { row: 3, col: 5 }, { row: 24, col: 5 }],
    ['page-down', { row: 3, col: 5 }, { row: 13, col: 5 }],
    ['page-up', { row: 13, col: 5 }, { row: 3, col: 5 }],
  ] as const)('%s from %o lands on %o', (move, from, to) => {
    expect(moveCell(from, move, rows, cols)).toEqual(to);
  });

  it.each([
    ['up', { row: 0, col: 0 }],
    ['left', { row: 0, col: 0 }],
    ['down', { row: 24, col: 8 }],
    ['right', { row: 24, col: 8 }],
    ['page-down', { row: 20, col: 8 }],
    ['page-up', { row: 4, col: 0 }],
  ] as const)('%s stops at the edge from %o', (move, from) => {
    const to = moveCell(from, move, rows, cols);
    expect(to.row).toBeGreaterThanOrEqual(0);
    expect(to.row).toBeLessThan(rows);
    expect(to.col).toBeGreaterThanOrEqual(0);
    expect(to.col).toBeLessThan(cols);
    if (move === 'page-down') expect(to.row).toBe(24);
    if (move === 'page-up') expect(to.row).toBe(0);
  });
});
