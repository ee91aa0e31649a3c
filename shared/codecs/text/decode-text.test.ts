import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const HEADER = 'case_id,observation_id,analyte\r\nc1,o1,CK µg/L\r\n';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
function utf16(text: string, order: 'LE' | 'BE'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (order === 'LE' ? 0 : 1)] = unit & 0xff;
    out[2 * i + (order === 'LE' ? 1 : 0)] = unit >> 8;
  }
  return out;
}

const SAVE_AS_UTF8 = 'save it as UTF-8 ("CSV UTF-8" in Excel) and try again';

describe('decodeText', () => {
  it.each([
    ['UTF-8 without a byte-order mark', utf8(HEADER), 'UTF-8'],
    ['UTF-8 with the byte-order mark Excel writes', bytes([0xef, 0xbb, 0xbf], utf8(HEADER)), 'UTF-8'],
    ['UTF-16 LE with its mark (Excel\'s "Unicode Text")', bytes([0xff, 0xfe], utf16(HEADER, 'LE')), 'UTF-16LE'],
    ['UTF-16 BE with its mark', bytes([0xfe, 0xff], utf16(HEADER, 'BE')), 'UTF-16BE'],
  ])('reads %s, without the mark', (_name, input, encoding) => {
    expect(decodeText(input)).toEqual({ ok: true, value: { text: HEADER, encoding } });
  });

  it('reads an empty file, and one holding only a mark, as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, value: { text: '', encoding: 'UTF-8' } });
    expect(decodeText(bytes([0xff, 0xfe]))).toEqual({ ok: true, value: { text: '', encoding: 'UTF-16LE' } });
  });

  it('refuses Latin-1 bytes at their line, column and byte offset', () => {
    // "µg/L" saved as Latin-1: µ is the single byte 0xB5, which no UTF-8 character starts with.
    const latin1 = bytes(utf8('case_id,unit\r\nc1,'), [0xb5], utf8('g/L\r\n'));
    expect(decodeText(latin1)).toEqual({
      ok: false,
      problems: [
        {
          where: '2:4',
          message: `not UTF-8 text: byte offset 17 (0xB5) is not part of a UTF-8 character (is the file Latin-1 or Windows-1252?); ${SAVE_AS_UTF8}`,
        },
      ],
    });
  });

  it('names the first byte of a broken character, not the byte after it', () => {
    // "é" in Windows-1252 is 0xE9, which starts a three-byte UTF-8 character that "t" cannot continue.
    const problems = problemsOf(bytes(utf8('µ,caf'), [0xe9], utf8('t')));
    expect(problems).toEqual([{ where: '1:6', message: expect.stringContaining('byte offset 6 (0xE9)') }]);
  });

  it('says so when the file ends half-way through a character', () => {
    const problems = problemsOf(bytes(utf8('a,b\nc,'), [0xe2, 0x82]));
    expect(problems).toEqual([
      {
        where: '2:3',
        message: `not UTF-8 text: the file ends half-way through the character at byte offset 6 (0xE2); ${SAVE_AS_UTF8}`,
      },
    ]);
  });

  it.each([
    ['UTF-16LE', utf16(HEADER, 'LE')],
    ['UTF-16BE', utf16(HEADER, 'BE')],
  ])('refuses %s without a byte-order mark rather than reading NULs between the letters', (encoding, input) => {
    expect(problemsOf(input)).toEqual([
      {
        where: '1:1',
        message: `the file looks like ${encoding} text without a byte-order mark (a NUL byte beside each letter): ${SAVE_AS_UTF8}`,
      },
    ]);
  });

  it.each([
    ['UTF-32LE', bytes([0xff, 0xfe, 0, 0], [0x63, 0, 0, 0])],
    ['UTF-32BE', bytes([0, 0, 0xfe, 0xff], [0, 0, 0, 0x63])],
  ])('refuses %s, named by its mark', (encoding, input) => {
    expect(problemsOf(input)).toEqual([
      {
        where: '1:1',
        message: `the file is ${encoding} text (its byte-order mark says so), which is not read: ${SAVE_AS_UTF8}`,
      },
    ]);
  });

  it('refuses UTF-16 with an odd number of bytes at its last byte', () => {
    const input = bytes([0xff, 0xfe], utf16('a,b\nc', 'LE'), [0x64]);
    expect(problemsOf(input)).toEqual([
      {
        where: '2:2',
        message: `the file is UTF-16LE text (its byte-order mark says so) but has an odd number of bytes (13): it ends half-way through a character at byte offset 12; ${SAVE_AS_UTF8}`,
      },
    ]);
  });

  it('refuses UTF-16 with half of a surrogate pair at its offset', () => {
    const input = bytes([0xfe, 0xff], utf16('ab', 'BE'), [0xd8, 0x3d], utf16('c', 'BE'));
    expect(problemsOf(input)).toEqual([
      {
        where: '1:3',
        message: `not UTF-16BE text: byte offset 6 (0xD8 0x3D) is half of a character (a lone surrogate); ${SAVE_AS_UTF8}`,
      },
    ]);
  });

  it('finds the bad byte of a large file exactly', () => {
    const good = utf8('x'.repeat(99_999) + '\n');
    const input = bytes(good, utf8('ok,'), [0xff], good);
    expect(problemsOf(input)).toEqual([
      { where: '2:4', message: expect.stringContaining('byte offset 100003 (0xFF)') },
    ]);
  });
});

function problemsOf(input: Uint8Array) {
  const decoded = decodeText(input);
  if (decoded.ok) throw new Error(`expected a refusal, read ${JSON.stringify(decoded.value.text.slice(0, 40))}`);
  return decoded.problems;
}
