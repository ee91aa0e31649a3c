import { describe, expect, it } from 'vitest';
import type { Case } from '../../model/case';
import { createSeedCase } from '../../seed/seed-case';
import { decodeCsv, encodeEvidenceCsv, EVIDENCE_COLUMNS, hasCsvEvidence } from './case-csv';

const FP = '0123456789abcdef'.repeat(4);
const HEADER = EVIDENCE_COLUMNS.join(',');

/** The seed case, with a listed source and anchors on one event and one observation. */
function cited(): Case {
  const seed = createSeedCase();
  const strip = <T extends { evidence?: unknown }>({ evidence: _e, ...row }: T) => row;
  return {
    ...seed,
    sources: [{ fingerprint: FP, name: 'report.txt', kind: 'text', normaliserVersion: 1 }],
    diagnoses: seed.diagnoses.map((d) => strip(d)),
    events: seed.events.map((e, i) =>
      i === 0
        ? { ...strip(e), evidence: [{ source: FP, start: 3, end: 8, quote: '=20 m', suffix: 'g daily' }] }
        : strip(e),
    ),
    observations: seed.observations.map((o, i) =>
      i === 0
        ? {
            ...strip(o),
            evidence: [
              { source: FP, start: 40, end: 46 },
              { source: FP, start: 50, end: 53, quote: 'CK\n', prefix: 'the, "' },
            ],
          }
        : strip(o),
    ),
  };
}

const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('encodeEvidenceCsv', () => {
  it('writes one row per anchor of each event, then each observation, quotes escaped as text', () => {
    const c = cited();
    const text = encodeEvidenceCsv([c]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines(text)).toEqual([
      HEADER,
      `${c.id},event,${c.events[0]!.id},${FP},3,8,'=20 m,,g daily`,
      `${c.id},observation,${c.observations[0]!.id},${FP},40,46,,,`,
      `${c.id},observation,${c.observations[0]!.id},${FP},50,53,"CK\n","the, """,`,
      '',
    ]);
  });

  it('writes only the header when no event or observation has evidence', () => {
    const { sources: _s, ...plain } = cited();
    const none = { ...plain, events: plain.events.map(({ evidence: _e, ...e }) => e), observations: [] };
    expect(lines(encodeEvidenceCsv([none]))).toEqual([HEADER, '']);
    expect(hasCsvEvidence([none])).toBe(false);
    expect(hasCsvEvidence([cited()])).toBe(true);
  });
});

describe('decodeCsv of evidence.csv', () => {
  it('reads every anchor back exactly, quote and context untrimmed', () => {
    const c = cited();
    const decoded = decodeCsv(encodeEvidenceCsv([c]));
    expect(decoded.ok && decoded.value.kind).toBe('evidence');
    if (!decoded.ok || decoded.value.kind !== 'evidence') return;
    expect(
      decoded.value.rows.map(({ line, caseId, rowKind, rowId, anchor }) => [line, caseId, rowKind, rowId, anchor]),
    ).toEqual([
      [2, c.id, 'event', c.events[0]!.id, c.events[0]!.evidence![0]],
      [3, c.id, 'observation', c.observations[0]!.id, c.observations[0]!.evidence![0]],
      [4, c.id, 'observation', c.observations[0]!.id, c.observations[0]!.evidence![1]],
    ]);
  });

  it.each([
    [
      'a diagnosis',
      `c,diagnosis,d1,${FP},1,2,,,`,
      '2:2',
      'row_kind: "diagnosis" is not a row kind: write event or observation (diagnoses are not in CSV: their evidence travels in JSON)',
    ],
    [
      'no row id',
      `c,event,,${FP},1,2,,,`,
      '2:3',
      'row_id: is empty: write the event_id or observation_id it is evidence for',
    ],
    [
      'a short fingerprint',
      'c,event,e1,abc,1,2,,,',
      '2:4',
      'source_fingerprint: source fingerprint must be 64 lower-case hex digits (SHA-256)',
    ],
    [
      'a position with decimals',
      `c,event,e1,${FP},1.5,2,,,`,
      '2:5',
      'start: "1.5" is not a whole number of characters',
    ],
    ['an empty end', `c,event,e1,${FP},1,,,,`, '2:6', 'end: is empty: write the position as a whole number'],
    ['an end before the start', `c,event,e1,${FP},5,2,,,`, '2:6', 'end: end must be after start'],
    [
      'a quote longer than its span',
      `c,event,e1,${FP},1,3,CK 20,,`,
      '2:7',
      'quote: quote is 5 characters but start to end spans 2',
    ],
    ['context without a quote', `c,event,e1,${FP},1,3,,before,`, '2:7', 'quote: prefix and suffix need a quote'],
  ])('refuses %s at its line and column', (_name, row, where, message) => {
    expect(decodeCsv(`${HEADER}\n${row}\n`)).toEqual({ ok: false, problems: [{ where, message }] });
  });

  it('names the columns of a header that is almost evidence.csv', () => {
    const decoded = decodeCsv('case_id,row_kind,row_id,source,start,end,quote,prefix,suffix\n');
    expect(decoded).toEqual({
      ok: false,
      problems: [{ where: '1:4', message: 'column 4 must be "source_fingerprint", not "source"' }],
    });
  });
});
