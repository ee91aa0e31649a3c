// Edits that break CSV files the way people and programs do, for fuzzing the readers (tests only).
import fc from 'fast-check';

/** Edits that break files the way people and programs do. */
export const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      ',',
      '\n',
      '\r',
      '\r\n',
      "'",
      '=',
      '\uFFFD',
      '1e999',
      '9'.repeat(400),
      '2022-13',
      '-',
      '\uFEFF',
      ' ',
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 8 }) }),
);

export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
    else if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    else if (edit.kind === 'truncate') out = out.slice(0, at);
    else out = out.slice(0, at) + edit.text + out.slice(at + edit.text.length);
  }
  return out;
}
