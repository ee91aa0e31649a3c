// The import worker's protocol, in Node over fake-indexeddb: read gives progress and a preview,
// write stores what was confirmed and says what it wrote, and nothing is written otherwise.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeLabsCsv } from '../../../shared/codecs/csv/case-csv';
import { caseFilePieces, gzipPieces } from '../../../shared/backups/backup-file';
import { encodeCaseFile } from '../../../shared/codecs/json/case-file';
import { createSeedCase, SEED_CASE_ID } from '../../../shared/seed/seed-case';
import { fingerprintText } from '../../../shared/sources/fingerprint';
import { CaseRepository } from '../../data/case-repository';
import { createImportSession, type ImportReply } from './import-session';

let repo: CaseRepository;
let replies: ImportReply[];
let handle: ReturnType<typeof createImportSession>;
let count = 0;

beforeEach(async () => {
  count += 1;
  repo = new CaseRepository(`import-session-${count}`);
  await repo.ensureSeeded();
  replies = [];
  handle = createImportSession(repo, (reply) => replies.push(reply));
});
afterEach(() => repo.close());

const last = <T extends ImportReply['type']>(type: T) =>
  replies.filter((r): r is Extract<ImportReply, { type: T }> => r.type === type).at(-1);

const seed = createSeedCase();
const utf8 = (text: string) => new TextEncoder().encode(text);
const newLab = { ...seed.observations.find((o) => o.id === 'ck-admission')!, id: 'ck-from-file', value: 2100 };

describe('an import session', () => {
  it('reads a CSV with progress up to 1 and a preview, then writes it and says what it wrote', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]);
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(text) }], openCaseId: undefined });
    expect(last('progress')?.fraction).toBe(1);
    const planned = last('planned')?.result;
    expect(planned?.ok && planned.value.totals).toEqual({
      cases: 1,
      events: 0,
      observations: 1,
      evidence: 0,
      unchanged: 0,
    });

    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import labs.csv' });
    expect(last('written')?.result).toEqual({
      ok: true,
      value: { caseIds: [SEED_CASE_ID], events: 0, observations: 1 },
    });
    expect((await repo.getObservations(SEED_CASE_ID)).some((o) => o.id === 'ck-from-file')).toBe(true);
    expect(await repo.historyState()).toEqual({ undoLabel: 'Import labs.csv' });
  });

  it('counts a skipped case as nothing written, and a copy as a new case', async () => {
    const text = encodeCaseFile([seed]);
    await handle({ type: 'read', files: [{ fileName: 'case.json', bytes: utf8(text) }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok && planned.value.conflicts).toEqual([SEED_CASE_ID]);

    await handle({ type: 'write', choices: { [SEED_CASE_ID]: 'skip' }, now: new Date().toISOString(), label: 'x' });
    expect(last('written')?.result).toEqual({ ok: true, value: { caseIds: [], events: 0, observations: 0 } });
    expect((await repo.listCases()).length).toBe(1);

    await handle({ type: 'read', files: [{ fileName: 'case.json', bytes: utf8(text) }], openCaseId: undefined });
    await handle({ type: 'write', choices: { [SEED_CASE_ID]: 'copy' }, now: new Date().toISOString(), label: 'x' });
    const written = last('written')?.result;
    expect(written?.ok && written.value).toEqual({
      caseIds: [expect.not.stringMatching(`^${SEED_CASE_ID}$`) as unknown as string],
      events: seed.events.length,
      observations: seed.observations.length,
    });
    expect((await repo.listCases()).length).toBe(2);
  });

  it('lists the problems of a bad file, and then has nothing to write', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]).replace('2022-08', '2022-13');
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(text) }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok).toBe(false);
    if (planned && !planned.ok) expect(planned.problems[0]?.where).toMatch(/^labs\.csv:2:\d+$/);

    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'x' });
    expect(last('written')?.result).toEqual({
      ok: false,
      problems: [{ where: 'import', message: 'nothing was read' }],
    });
    expect(await repo.historyState()).toEqual({});
  });

  it('reads UTF-16 with a byte-order mark as the CLI does, and refuses a Latin-1 file at its byte', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]).replace(/^\uFEFF/, '');
    const utf16le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    await handle({ type: 'read', files: [{ fileName: 'unicode.csv', bytes: utf16le }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok && planned.value.totals.observations).toBe(1);

    const latin1 = Uint8Array.from([...utf8('case_id,unit\r\nc1,'), 0xb5, ...utf8('g/L\r\n')]);
    await handle({ type: 'read', files: [{ fileName: 'latin1.csv', bytes: latin1 }], openCaseId: undefined });
    expect(last('planned')?.result).toEqual({
      ok: false,
      problems: [
        {
          where: 'latin1.csv:2:4',
          message: expect.stringMatching(/^not UTF-8 text: byte offset 17 \(0xB5\) is not part of a UTF-8 character/),
        },
      ],
    });
  });

  it('refuses a value with 16 significant digits or 13 decimals, in CSV and JSON, saying the limit and why', async () => {
    const csv = encodeLabsCsv([{ ...seed, observations: [{ ...newLab, value: 2100 }] }]).replace(
      ',2100,',
      ',2100.1234567890123,',
    );
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(csv) }], openCaseId: undefined });
    const fromCsv = last('planned')?.result;
    expect(fromCsv?.ok === false && fromCsv.problems[0]?.message).toBe(
      'value: “2100.1234567890123” has 17 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer',
    );

    const json = encodeCaseFile([seed]).replace('"value": 1620', '"value": 1620.0000000000001');
    await handle({ type: 'read', files: [{ fileName: 'case.json', bytes: utf8(json) }], openCaseId: undefined });
    const fromJson = last('planned')?.result;
    expect(fromJson?.ok === false && fromJson.problems[0]?.message).toBe(
      '“1620.0000000000001” has 17 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer',
    );
    expect(fromJson?.ok === false && fromJson.problems[0]?.where).toMatch(/^case\.json:\d+:\d+$/);
  });

  it('keeps 12 decimals exactly as typed, with their decimal places', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]).replace(',2100,', ',0.123456789012,');
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(text) }], openCaseId: undefined });
    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import labs.csv' });
    const stored = (await repo.getObservations(SEED_CASE_ID)).find((o) => o.id === 'ck-from-file');
    expect(stored).toMatchObject({ value: 0.123456789012, decimalPlaces: 12 });
  });

  it('flags a year before 1800 and after next year by the injected clock, and still imports them', async () => {
    const clocked = createImportSession(
      repo,
      (reply) => replies.push(reply),
      () => new Date('2030-05-01T00:00:00Z'),
    );
    const rows = [
      { ...newLab, id: 'y1799', date: { date: '1799', approximate: false } },
      { ...newLab, id: 'y1800', date: { date: '1800', approximate: false } },
      { ...newLab, id: 'y2031', date: { date: '2031', approximate: false } },
      { ...newLab, id: 'y2032', date: { date: '2032', approximate: false } },
      { ...newLab, id: 'big', value: 1e16 },
    ];
    await clocked({
      type: 'read',
      files: [{ fileName: 'labs.csv', bytes: utf8(encodeLabsCsv([{ ...seed, observations: rows }])) }],
      openCaseId: undefined,
    });
    const planned = last('planned')?.result;
    // The exported rows are in date order; the flags follow them.
    expect(planned?.ok && planned.value.warnings.map((w) => w.message).sort()).toEqual([
      '1e16: is this right? (beyond ±1e15, more than any report prints)',
      'year 1799: is this right? (case reports date from 1800 to 2031)',
      'year 2032: is this right? (case reports date from 1800 to 2031)',
    ]);
    await clocked({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import labs.csv' });
    expect(last('written')?.result).toMatchObject({ ok: true, value: { observations: 5 } });
  });

  it('writes nothing when the case was edited while the preview was open', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]);
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(text) }], openCaseId: undefined });
    await repo.commitEdit(SEED_CASE_ID, { type: 'delete-observation', observationId: 'bnp-admission' }, 'Delete BNP');

    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import labs.csv' });
    expect(last('written')?.result.ok).toBe(false);
    const observations = await repo.getObservations(SEED_CASE_ID);
    expect(observations.some((o) => o.id === 'ck-from-file')).toBe(false);
    expect(observations.some((o) => o.id === 'bnp-admission')).toBe(false);
    expect(await repo.historyState()).toEqual({ undoLabel: 'Delete BNP' });
  });

  it('refuses a JSON case whose title is 50 MB, naming the field and the limit, and writes nothing', async () => {
    const hostile = encodeCaseFile([{ ...seed, id: 'hostile' }]).replace(
      `"title": ${JSON.stringify(seed.title)}`,
      `"title": "${'A'.repeat(50_000_000)}"`,
    );
    await handle({ type: 'read', files: [{ fileName: 'hostile.json', bytes: utf8(hostile) }], openCaseId: undefined });
    expect(last('planned')?.result).toEqual({
      ok: false,
      problems: [
        {
          where: 'hostile.json: cases[0].title',
          message: 'title is 50,000,000 characters long; at most 500 are allowed',
        },
      ],
    });
    expect(await repo.historyState()).toEqual({});
  });

  it('reads a picked file (a Blob, as the browser hands it on) itself, off the window', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]);
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: new Blob([text]) }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok && planned.value.totals.observations).toBe(1);
  });

  it('refuses NUL in an analyte of a CSV file at its line and column', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [{ ...newLab, analyte: 'Creatine kinase (CK)' }] }]).replace(
      'Creatine kinase (CK)',
      'Creatine\u0000kinase\u0000(CK)',
    );
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(text) }], openCaseId: undefined });
    expect(last('planned')?.result).toEqual({
      ok: false,
      problems: [
        {
          where: 'labs.csv:2:3',
          message: 'analyte: analyte has the control character U+0000 at character 9: remove it',
        },
      ],
    });
  });

  it('refuses a control character in a JSON note, naming its path', async () => {
    const text = encodeCaseFile([{ ...seed, id: 'other', title: 'Other' }]).replace(
      '"title": "Other"',
      '"title": "Other\\u0085"',
    );
    await handle({ type: 'read', files: [{ fileName: 'case.json', bytes: utf8(text) }], openCaseId: undefined });
    expect(last('planned')?.result).toEqual({
      ok: false,
      problems: [
        {
          where: 'case.json: cases[0].title',
          message: 'title has the control character U+0085 at character 6: remove it',
        },
      ],
    });
  });

  it('removes zero-width characters from an analyte, says where they were, and stores one analyte', async () => {
    const text = encodeLabsCsv([{ ...seed, observations: [newLab] }]).replace(
      `,${newLab.analyte},`,
      `,${newLab.analyte}\u200B,`,
    );
    await handle({ type: 'read', files: [{ fileName: 'labs.csv', bytes: utf8(text) }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok && planned.value.warnings[0]).toEqual({
      where: `labs.csv:2:${text.split('\n')[1]!.indexOf('\u200B') + 1}`,
      message: 'an invisible character (U+200B) was removed: names that look alike are now alike',
    });
    expect(planned?.ok && planned.value.newAnalytes).toEqual([]);
    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import labs.csv' });
    const stored = (await repo.getObservations(SEED_CASE_ID)).find((o) => o.id === 'ck-from-file');
    expect(stored?.analyte).toBe(newLab.analyte);
  });
});

describe('an import of a case file with source text', () => {
  const text = 'On admission, CK was 20,000 U/L.';
  async function fileWith(sourceText: string) {
    const fingerprint = await fingerprintText(text);
    const c = {
      ...seed,
      id: 'with-source',
      sources: [
        ...(seed.sources ?? []),
        { fingerprint, name: 'report.txt', kind: 'text' as const, normaliserVersion: 1 },
      ],
    };
    return { fingerprint, json: encodeCaseFile([c], { sources: [{ ...c.sources.at(-1)!, text: sourceText }] }) };
  }

  it('keeps the text in the source store when the cases are written, not before', async () => {
    const { fingerprint, json } = await fileWith(text);
    await handle({ type: 'read', files: [{ fileName: 'case.json', bytes: utf8(json) }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok && planned.value.sourceTexts).toBe(1);
    expect(await repo.getSource(fingerprint)).toBeUndefined();
    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import' });
    expect(last('written')?.result.ok).toBe(true);
    expect(await repo.getSource(fingerprint)).toEqual({
      fingerprint,
      normaliserVersion: 1,
      name: 'report.txt',
      kind: 'text',
      text,
      parts: [],
    });
  });

  it('refuses a text changed after the export, and writes nothing', async () => {
    const { fingerprint, json } = await fileWith(text.replace('20,000', '2,000'));
    await handle({ type: 'read', files: [{ fileName: 'case.json', bytes: utf8(json) }], openCaseId: undefined });
    expect(last('planned')?.result).toEqual({
      ok: false,
      problems: [
        {
          where: 'case.json: sources[0].text',
          message:
            'the text of “report.txt” does not match its fingerprint: it was changed after the export, so its evidence would point at the wrong words',
        },
      ],
    });
    await handle({ type: 'write', choices: {}, now: new Date().toISOString(), label: 'Import' });
    expect(last('written')?.result.ok).toBe(false);
    expect(await repo.getCaseHeader('with-source')).toBeUndefined();
    expect(await repo.getSource(fingerprint)).toBeUndefined();
  });
});

describe('an import of a backup (gzip)', () => {
  const text = 'On admission, CK was 20,000 U/L.';

  it('inflates it, previews it as the case file inside, and keeps its sources’ dismissed suggestions', async () => {
    const fingerprint = await fingerprintText(text);
    const listing = { fingerprint, name: 'report.txt', kind: 'text' as const, normaliserVersion: 1 };
    const c = { ...seed, id: 'from-backup', sources: [...(seed.sources ?? []), listing] };
    const dismissed = [{ start: 14, end: 31, kind: 'observation' as const }];
    const gz = await gzipPieces(
      caseFilePieces({ cases: [seed, c], sources: [{ ...listing, text, dismissedSuggestions: dismissed }] }),
    );
    const fileName = 'backup-2026-12-03-090000-2-cases.json.gz';

    await handle({ type: 'read', files: [{ fileName, bytes: gz }], openCaseId: undefined });
    const planned = last('planned')?.result;
    expect(planned?.ok && [planned.value.totals.cases, planned.value.conflicts]).toEqual([2, [SEED_CASE_ID]]);

    await handle({
      type: 'write',
      choices: { [SEED_CASE_ID]: 'replace' },
      now: new Date().toISOString(),
      label: 'Restore',
    });
    expect(last('written')?.result).toMatchObject({ ok: true, value: { caseIds: [SEED_CASE_ID, 'from-backup'] } });
    expect(await repo.getDismissedSuggestions(fingerprint)).toEqual(dismissed);
  });

  it('refuses a gzip file that does not inflate, naming it', async () => {
    const { gzipSync } = await import('node:zlib');
    const broken = Uint8Array.from([...gzipSync(Buffer.from('{}')).subarray(0, 12), 0, 0, 0, 0, 0, 0, 0, 0]);
    await handle({ type: 'read', files: [{ fileName: 'broken.json.gz', bytes: broken }], openCaseId: undefined });
    expect(last('planned')?.result).toMatchObject({
      ok: false,
      problems: [{ where: 'import', message: expect.stringContaining('broken.json.gz is not a readable gzip file') }],
    });
  });
});
