// Specification of the sections of plain-text and Markdown sources.
import { describe, expect, it } from 'vitest';
import { markdownParts, plainTextParts } from './read-text';

const labels = (parts: { label: string }[]) => parts.map((part) => part.label);

describe('plainTextParts', () => {
  it('takes a short capitalised line between blank lines as a heading, numbered or not', () => {
    const text = 'Case presentation\n\nCK 4210.\n\n2. Discussion\n\nIt fell.\n\n2.1 Treatment\n\nIVIG.';
    expect(labels(plainTextParts(text))).toEqual(['Case presentation', '2. Discussion', '2.1 Treatment']);
  });

  it.each([
    ['a line ending like a sentence', 'Figure 1.'],
    ['a label with a colon', 'Funding:'],
    ['a lower-case line', 'and then'],
    ['a number', '1'],
    ['a long line', 'A very long line that goes on and on well past the length of any heading in a report'],
  ])('does not take %s as a heading', (_name, line) => {
    expect(plainTextParts(`Text.\n\n${line}\n\nMore text.`)).toEqual([]);
  });

  it('does not take a line with text right after it as a heading', () => {
    expect(plainTextParts('Text.\n\nCase presentation\nCK 4210.')).toEqual([]);
  });

  it('has no parts for a text without headings', () => {
    expect(plainTextParts('CK 4210 U/L.\nALT 80 U/L.')).toEqual([]);
  });
});

describe('markdownParts', () => {
  it('labels a heading by its words, without emphasis marks or closing hashes', () => {
    expect(labels(markdownParts('## **Case** `presentation` ##\n\ntext'))).toEqual(['Case presentation']);
  });

  it('does not take a thematic break after a blank line for a setext heading', () => {
    expect(markdownParts('Text.\n\n---\n\nMore.')).toEqual([]);
  });

  it('ignores headings inside ~~~ fences too', () => {
    expect(markdownParts('~~~\n# code\n~~~\n')).toEqual([]);
  });

  it('starts each part at its heading and ends it at the next', () => {
    expect(markdownParts('intro\n# A\na\n# B\nb')).toEqual([
      { label: 'Beginning', start: 0, end: 6 },
      { label: 'A', start: 6, end: 12 },
      { label: 'B', start: 12, end: 17 },
    ]);
  });
});
