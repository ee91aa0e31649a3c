import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndex } from './code-points';

describe('codePointIndex', () => {
  it('is the identity for a text with no astral character', () => {
    const index = codePointIndex('CK 4210 U/L, α-actinin é');
    expect(index.codePointLength).toBe(24);
    expect(index.toUtf16(7)).toBe(7);
    expect(index.toCodePoint(7)).toBe(7);
  });

  it('counts an emoji and a mathematical 𝛼 as one code point each, two UTF-16 units', () => {
    const text = 'a😀b 𝛼 = 2';
    const index = codePointIndex(text);
    expect(index.codePointLength).toBe([...text].length);
    // a=0 😀=1 b=2 ' '=3 𝛼=4 ' '=5
    expect([0, 1, 2, 3, 4, 5].map((cp) => index.toUtf16(cp))).toEqual([0, 1, 3, 4, 5, 7]);
    expect([0, 1, 3, 4, 5, 7].map((i) => index.toCodePoint(i))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(index.toUtf16(index.codePointLength)).toBe(text.length);
  });

  it('takes an index between the halves of a pair to the pair (down) or past it (up)', () => {
    const index = codePointIndex('a😀b');
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(2, 'up')).toBe(2);
  });

  it('counts a lone surrogate as one code point, as [...text] does', () => {
    const text = '\uD83Dx😀';
    const index = codePointIndex(text);
    expect(index.codePointLength).toBe([...text].length);
    expect(index.toUtf16(2)).toBe(2);
  });

  it('agrees with [...text] for any text and any offset', () => {
    const anyText = fc.string({
      unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), fc.constantFrom('😀', '𝛼', '\uD800')),
    });
    fc.assert(
      fc.property(anyText, fc.nat(), (text, n) => {
        const codePoints = [...text];
        const index = codePointIndex(text);
        expect(index.codePointLength).toBe(codePoints.length);
        const cp = n % (codePoints.length + 1);
        const utf16 = codePoints.slice(0, cp).join('').length;
        expect(index.toUtf16(cp)).toBe(utf16);
        expect(index.toCodePoint(utf16)).toBe(cp);
      }),
    );
  });
});
