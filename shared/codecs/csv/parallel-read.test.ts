// Reading a file in parts gives exactly what reading it in one piece gives: the same rows, or the
// same problems at the same lines, for valid files, broken files and parts cut in the wrong place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCase } from '../json/arbitrary-case';
import { mutate, mutation } from './arbitrary-mutation';
import { decodeCsv, encodeEventsCsv, encodeLabsCsv, readCsvPart } from './case-csv';
import { splitCsvText } from './csv-records';
import { decodeCsvInParts, type ReadCsvPartElsewhere } from './parallel-read';

/** Reads the part as a worker would: in its own call, from the text and line it is given. */
const elsewhere: ReadCsvPartElsewhere = (part, kind) =>
  Promise.resolve(readCsvPart(part.text, { firstLine: part.firstLine, kind }));

const anyExport = fc
  .tuple(
    fc.uniqueArray(anyCase({ events: { maxLength: 6 }, observations: { maxLength: 6 } }), {
      selector: (c) => c.id,
      minLength: 1,
      maxLength: 3,
    }),
    fc.boolean(),
  )
  .map(([cases, labs]) => (labs ? encodeLabsCsv(cases) : encodeEventsCsv(cases)));

describe('splitCsvText', () => {
  it('cuts at record ends into parts that put the text back together, each starting on its line', () => {
    fc.assert(
      fc.property(anyExport, fc.integer({ min: 1, max: 6 }), (text, count) => {
        const parts = splitCsvText(text, count);
        expect(parts.length).toBeLessThanOrEqual(count);
        expect(parts.map((p) => p.text).join('')).toBe(text.replace(/^\uFEFF/, ''));
        for (const part of parts) {
          const before = text.replace(/^\uFEFF/, '').slice(0, text.replace(/^\uFEFF/, '').indexOf(part.text));
          expect(part.firstLine).toBe(1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('decodeCsvInParts', () => {
  it('reads any valid export as reading it whole does', async () => {
    await fc.assert(
      fc.asyncProperty(anyExport, fc.integer({ min: 2, max: 5 }), async (text, count) => {
        expect(await decodeCsvInParts(text, count, elsewhere)).toEqual(decodeCsv(text));
      }),
      { numRuns: 300 },
    );
  });

  it('lists the same problems at the same lines for a broken file, however it is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyExport,
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 5 }),
        async (text, edits, count) => {
          const broken = mutate(text, edits);
          expect(await decodeCsvInParts(broken, count, elsewhere)).toEqual(decodeCsv(broken));
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('finds an id used twice across two parts', async () => {
    const c = anyCase({ observations: { maxLength: 30 } }).filter((one) => one.observations.length >= 8);
    await fc.assert(
      fc.asyncProperty(c, async (one) => {
        const lastId = one.observations.at(-1)!.id;
        const twice = { ...one, observations: [{ ...one.observations[0]!, id: lastId }, ...one.observations] };
        const text = encodeLabsCsv([twice]);
        const decoded = await decodeCsvInParts(text, 4, elsewhere);
        expect(decoded.ok).toBe(false);
        expect(decoded).toEqual(decodeCsv(text));
      }),
      { numRuns: 50 },
    );
  });
});
