import { describe, expect, it } from 'vitest';
import { locateJsonPath, parsePath } from './json-locations';

describe('parsePath', () => {
  it.each([
    ['cases[0].events[3].start.date', ['cases', 0, 'events', 3, 'start', 'date']],
    ['format', ['format']],
    ['(root)', []],
  ])('reads %s', (where, path) => {
    expect(parsePath(where)).toEqual(path);
  });

  it('leaves what is not a path alone', () => {
    expect(parsePath('line 3, column 5')).toBeUndefined();
    expect(parsePath('case "x" events[0]')).toBeUndefined();
  });
});

describe('locateJsonPath', () => {
  const text = [
    '\uFEFF{',
    '  "format": "case-abstraction",',
    '  "cases": [',
    '    { "id": "a", "note": "has \\"quotes\\", [brackets] and {braces}", "n": [1, 2.5e3, null] },',
    '    {',
    '      "id": "b",',
    '      "events": [{ "start": { "date": "2022" } }, { "start": { "date": "2023-13" } }]',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  it.each<[string, (string | number)[], { line: number; column: number }]>([
    ['a top-level value', ['format'], { line: 2, column: 13 }],
    ['a value past strings with quotes and brackets', ['cases', 0, 'n', 1], { line: 4, column: 78 }],
    ['a nested value', ['cases', 1, 'events', 1, 'start', 'date'], { line: 7, column: 72 }],
    ['the object that lacks a key', ['cases', 1, 'citation', 'journal'], { line: 5, column: 5 }],
    ['the array an index is past the end of', ['cases', 7], { line: 3, column: 12 }],
    ['the root', [], { line: 1, column: 1 }],
  ])('finds %s', (_name, path, location) => {
    expect(locateJsonPath(text, path)).toEqual(location);
  });

  it('gives up on text that is not JSON', () => {
    expect(locateJsonPath('{"a": "unterminated', ['a', 'b'])).toEqual({ line: 1, column: 7 });
    expect(locateJsonPath('{"a', ['a'])).toBeUndefined();
  });
});
