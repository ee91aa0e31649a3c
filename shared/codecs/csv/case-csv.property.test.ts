// Properties of the CSV codec over generated cases, and fuzzing of the reader with broken files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../model/case';
import type { EvidenceAnchor } from '../../model/evidence';
import type { Result } from '../../model/result';
import { anyCase, keepsDecimals, storableDouble } from '../json/arbitrary-case';
import { csvView, decodeCsv, encodeEventsCsv, encodeEvidenceCsv, encodeLabsCsv, type CsvTable } from './case-csv';
import { parseCsvRecords, stringifyCsvRecords } from './csv-records';

function table(result: Result<CsvTable>): CsvTable {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

/** The three tables read back, each anchor of evidence.csv put on the row it names. */
function rowsOf(cases: readonly Case[]) {
  const events = table(decodeCsv(encodeEventsCsv(cases)));
  const labs = table(decodeCsv(encodeLabsCsv(cases)));
  const evidence = table(decodeCsv(encodeEvidenceCsv(cases)));
  if (events.kind !== 'events' || labs.kind !== 'labs' || evidence.kind !== 'evidence') throw new Error('wrong table');
  const cite = <T extends { id: string; evidence?: EvidenceAnchor[] | undefined }>(
    caseId: string | undefined,
    kind: string,
    row: T,
  ): T => {
    const anchors = evidence.rows
      .filter((a) => a.caseId === caseId && a.rowKind === kind && a.rowId === row.id)
      .map((a) => a.anchor);
    return anchors.length === 0 ? row : { ...row, evidence: anchors };
  };
  return {
    events: events.rows.map((r) => ({ ...r, event: cite(r.caseId, 'event', r.event) })),
    labs: labs.rows.map((r) => ({ ...r, observation: cite(r.caseId, 'observation', r.observation) })),
  };
}

// Generous: the machine running the suite may be shared, and 300 generated cases with evidence take seconds.
describe('CSV round trip', { timeout: 30_000 }, () => {
  it('gives back every event and observation of any valid case, for the fields CSV holds', () => {
    fc.assert(
      fc.property(anyCase(), (c) => {
        const { events, labs } = rowsOf([c]);
        const view = csvView(c);
        expect(events.map((r) => r.event)).toEqual(view.events);
        expect(labs.map((r) => r.observation)).toEqual(view.observations);
        expect([...events, ...labs].every((r) => r.caseId === c.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the rows of several cases apart by case_id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyCase({ events: { maxLength: 3 }, observations: { maxLength: 3 } }), {
          selector: (c) => c.id,
          maxLength: 4,
        }),
        (cases) => {
          const { events, labs } = rowsOf(cases);
          for (const c of cases) {
            const view = csvView(c);
            expect(events.filter((r) => r.caseId === c.id).map((r) => r.event)).toEqual(view.events);
            expect(labs.filter((r) => r.caseId === c.id).map((r) => r.observation)).toEqual(view.observations);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps any storable double exactly, whatever its decimal places', () => {
    const numbers = fc
      .record({
        value: storableDouble,
        decimals: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      })
      .filter((n) => keepsDecimals([n.value], n.decimals));
    fc.assert(
      fc.property(anyCase({ numbers, events: { maxLength: 0 } }), (c) => {
        const { labs } = rowsOf([c]);
        const read = labs.map((r) => [r.observation.value, r.observation.valueHigh]);
        expect(read).toEqual(csvView(c).observations.map((o) => [o.value, o.valueHigh]));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the same bytes for the cases it reads back', () => {
    fc.assert(
      fc.property(anyCase(), (c) => {
        const { events, labs } = rowsOf([c]);
        const again = { ...c, events: events.map((r) => r.event), observations: labs.map((r) => r.observation) };
        expect(encodeEventsCsv([again])).toBe(encodeEventsCsv([c]));
        expect(encodeLabsCsv([again])).toBe(encodeLabsCsv([c]));
        expect(encodeEvidenceCsv([again])).toBe(encodeEvidenceCsv([c]));
      }),
      { numRuns: 100 },
    );
  });
});

/** Edits that break files the way people and programs do. */
const mutation = fc.oneof(
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

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
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

/**
 * The reader either accepts a file (its rows then passed the schema) or lists problems that each say
 * where. Plain checks rather than expect(): this runs thousands of times.
 */
function wellFormedOutcome(text: string): boolean {
  const decoded = decodeCsv(text);
  if (decoded.ok) return decoded.value.kind === 'events' || decoded.value.kind === 'labs';
  return (
    decoded.problems.length > 0 && decoded.problems.every((p) => /^\d+:\d+$/.test(p.where) && p.message.length > 0)
  );
}

describe('decodeCsv on broken files', () => {
  it('never throws on mutated exports, and says where each problem is', () => {
    fc.assert(
      fc.property(
        anyCase({ events: { maxLength: 4 }, observations: { maxLength: 4 } }),
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (c, labs, edits) => {
          expect(wellFormedOutcome(mutate(labs ? encodeLabsCsv([c]) : encodeEventsCsv([c]), edits))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('never throws on random text, with or without a real header', () => {
    const header = fc.constantFrom('', encodeLabsCsv([]), encodeEventsCsv([]));
    const noise = fc.string({
      unit: fc.oneof(
        fc.constantFrom('"', ',', '\r', '\n', "'", '='),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 300,
    });
    fc.assert(
      fc.property(header, noise, (h, body) => {
        expect(wellFormedOutcome(h + body)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('refuses a whole file for one bad cell, naming it', () => {
    fc.assert(
      fc.property(
        anyCase({ observations: { maxLength: 5 } }).filter((c) => c.observations.length > 0),
        fc.nat(),
        (c, pick) => {
          const { records } = parseCsvRecords(encodeLabsCsv([c]));
          const index = 1 + (pick % c.observations.length);
          const cells = records.map((r, i) =>
            i === index ? r.cells.map((cell, col) => (col === 4 ? '2022-13' : cell)) : r.cells,
          );
          const decoded = decodeCsv(stringifyCsvRecords(cells));
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) expect(decoded.problems.some((p) => p.message.startsWith('date: month 13'))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a range whose ends have different decimals', () => {
  it('keeps both ends exactly when the coarser end shown with the finer one’s decimals would pass 15 digits', () => {
    // Found by the round-trip property (seed -914684981): "-1000" beside "100.139225949251".
    const c = fc.sample(anyCase({ events: { maxLength: 0 } }), { numRuns: 1, seed: 1 })[0]!;
    const observation = {
      id: 'wide-range',
      analyte: 'Test',
      date: { date: '2022', approximate: false },
      value: -1000,
      valueHigh: 100.139225949251,
      unit: 'U/L',
    };
    const { labs } = rowsOf([{ ...c, observations: [observation] }]);
    expect(labs.map((r) => [r.observation.value, r.observation.valueHigh, r.observation.decimalPlaces])).toEqual([
      [-1000, 100.139225949251, undefined],
    ]);
  });
});
