import { describe, expect, it } from 'vitest';
import { changedFields, readAbstractorName, sameRowContent, stampRows } from './row-stamps';

const AT = '2026-12-03T07:00:00.000Z';

describe('sameRowContent', () => {
  it('compares what a row says, whatever the key order and whoever made it', () => {
    const a = { id: 'x', label: 'CK', dose: { value: 1, unit: 'mg' }, createdBy: 'A' };
    const b = { dose: { unit: 'mg', value: 1 }, label: 'CK', id: 'x', changedAt: AT };
    expect(sameRowContent(a, b)).toBe(true);
    expect(sameRowContent(a, { ...b, label: 'CPK' })).toBe(false);
  });
});

describe('stampRows', () => {
  it('does not trust stamps a saved row brings with it', () => {
    const [row] = stampRows([], [{ id: 'x', createdBy: 'Someone else', createdAt: '2000-01-01T00:00:00.000Z' }], {
      at: AT,
      by: 'A. B.',
    });
    expect(row).toEqual({ id: 'x', createdBy: 'A. B.', createdAt: AT, changedBy: 'A. B.', changedAt: AT });
  });

  it('gives back the stored row itself when nothing in it changed', () => {
    const stored: { id: string; label: string; createdBy?: string } = { id: 'x', label: 'CK', createdBy: 'C. D.' };
    expect(stampRows([stored], [{ id: 'x', label: 'CK' }], { at: AT, by: 'A. B.' })[0]).toBe(stored);
  });
});

describe('readAbstractorName', () => {
  it('keeps a name or initials trimmed, and names what is wrong with one it cannot keep', () => {
    expect(readAbstractorName('  A. B. ')).toEqual({ ok: true, value: 'A. B.' });
    expect(readAbstractorName('')).toEqual({ ok: false, problems: [{ where: 'name', message: 'name is empty' }] });
    expect(readAbstractorName('x'.repeat(201))).toMatchObject({ ok: false, problems: [{ where: 'name' }] });
    expect(readAbstractorName('A\nB')).toMatchObject({ ok: false, problems: [{ where: 'name' }] });
  });
});

describe('changedFields', () => {
  it('names the fields whose content changed, added or taken away, stamps aside', () => {
    const before = { id: 'x', value: 5, unit: 'U/L', notes: 'a', changedAt: AT };
    const after = { id: 'x', unit: 'U/L', value: 6, dose: { value: 1 }, changedAt: '2027-01-01T00:00:00.000Z' };
    expect(changedFields(before, after)).toEqual(['value', 'notes', 'dose']);
  });
});
