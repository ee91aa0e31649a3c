import { describe, expect, it } from 'vitest';
import type { Case } from '../../model/case';
import { createSeedCase, SEED_CASE_ID } from '../../seed/seed-case';
import {
  csvFileNames,
  csvView,
  decodeCsv,
  encodeEventsCsv,
  encodeLabsCsv,
  EVENTS_COLUMNS,
  LABS_COLUMNS,
} from './case-csv';

const EVENTS_HEADER = EVENTS_COLUMNS.join(',');
const LABS_HEADER = LABS_COLUMNS.join(',');

function problemsOf(text: string): string[] {
  const decoded = decodeCsv(text);
  if (decoded.ok) throw new Error('expected problems');
  return decoded.problems.map((p) => `${p.where}: ${p.message}`);
}

/** RFC 4180 quoting for the hand-made rows below. */
const cell = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function labRow(cells: Partial<Record<(typeof LABS_COLUMNS)[number], string>>): string {
  const base = {
    case_id: 'c1',
    observation_id: 'o1',
    analyte: 'CK',
    date: '2022-08',
    date_approx: 'false',
    value: '1620',
    unit: 'U/L',
  };
  const row: Record<string, string> = { ...base, ...cells };
  return LABS_COLUMNS.map((c) => cell(row[c] ?? '')).join(',');
}

function eventRow(cells: Partial<Record<(typeof EVENTS_COLUMNS)[number], string>>): string {
  const base = {
    case_id: 'c1',
    event_id: 'e1',
    kind: 'treatment',
    label: 'IVIG',
    start_date: '2022-08',
    start_approx: 'false',
  };
  const row: Record<string, string> = { ...base, ...cells };
  return EVENTS_COLUMNS.map((c) => cell(row[c] ?? '')).join(',');
}

describe('encodeEventsCsv and encodeLabsCsv', () => {
  const seed = createSeedCase();

  it('start with a UTF-8 byte-order mark and the exact header, and end every line with CRLF', () => {
    const events = encodeEventsCsv([seed]);
    const labs = encodeLabsCsv([seed]);
    expect(events.startsWith(`\uFEFF${EVENTS_HEADER}\r\n`)).toBe(true);
    expect(labs.startsWith(`\uFEFF${LABS_HEADER}\r\n`)).toBe(true);
    expect(events.endsWith('\r\n')).toBe(true);
    expect(events.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('write values with their reported decimals, and the comparator in its own column', () => {
    const labs = encodeLabsCsv([seed]);
    expect(labs).toContain(',ck-mb-admission,CK-MB,13969-1,2022-08,true,>,300.0,,,ug/L,,,Flagged high.\r\n');
    expect(labs).toContain(
      ',bnp-admission,Brain natriuretic peptide (BNP),30934-4,2022-08,true,,176.50,,,pg/mL,,,\r\n',
    );
    expect(labs).toContain(',ck-usual-range,Creatine kinase (CK),2157-6,2017,true,,400,500,,U/L,,,');
  });

  it('write one row per event, in chronological order, the resolved date in place of a relative one', () => {
    const lines = encodeEventsCsv([seed]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(seed.events.length + 1);
    expect(lines[1]).toMatch(/^srp-imnm-sjogren-ofatumumab,[a-z-]+,\w+,[^,]+,2017,true,/);
    expect(encodeEventsCsv([seed])).toContain(',2022-09-19,true,');
  });

  it('give each spreadsheet-risky text a leading apostrophe, and leave numbers plain', () => {
    const risky: Case = {
      ...seed,
      events: [],
      observations: [
        {
          id: 'o1',
          analyte: '=HYPERLINK("http://x","CK")',
          date: { date: '2022', approximate: false },
          value: -5,
          unit: "'U/L",
          unitIsFreeText: true,
          notes: '+1 after @review\tand -ve',
        },
        { id: 'o2', analyte: 'Grade', date: { date: '2022', approximate: false }, valueText: '+++' },
      ],
    };
    const lines = encodeLabsCsv([risky]).trimEnd().split('\r\n');
    expect(lines[1]).toBe(
      `${SEED_CASE_ID},o1,"'=HYPERLINK(""http://x"",""CK"")",,2022,false,,-5,,,''U/L,,,'+1 after @review\tand -ve`,
    );
    expect(lines[2]).toBe(`${SEED_CASE_ID},o2,Grade,,2022,false,,,,'+++,,,,`);
    const decoded = decodeCsv(encodeLabsCsv([risky]));
    expect(decoded.ok && decoded.value.kind === 'labs' && decoded.value.rows.map((r) => r.observation)).toEqual(
      risky.observations,
    );
  });

  it('name the files <case-id>-events.csv, <case-id>-labs.csv and <case-id>-evidence.csv', () => {
    expect(csvFileNames('case-1')).toEqual({
      events: 'case-1-events.csv',
      labs: 'case-1-labs.csv',
      evidence: 'case-1-evidence.csv',
    });
  });

  it('write only the header for a case without rows', () => {
    expect(encodeLabsCsv([{ ...seed, observations: [] }])).toBe(`\uFEFF${LABS_HEADER}\r\n`);
  });
});

describe('decodeCsv', () => {
  const seed = createSeedCase();

  it('reads back the seed case for the fields CSV holds', () => {
    const events = decodeCsv(encodeEventsCsv([seed]));
    const labs = decodeCsv(encodeLabsCsv([seed]));
    expect(events.ok && labs.ok).toBe(true);
    if (!events.ok || !labs.ok || events.value.kind !== 'events' || labs.value.kind !== 'labs') return;
    // The rows' evidence is in the third table, not these two.
    const view = csvView(seed);
    expect(events.value.rows.map((r) => r.event)).toEqual(view.events.map(({ evidence: _evidence, ...e }) => e));
    expect(labs.value.rows.map((r) => r.observation)).toEqual(
      view.observations.map(({ evidence: _evidence, ...o }) => o),
    );
    expect(new Set(events.value.rows.map((r) => r.caseId))).toEqual(new Set([SEED_CASE_ID]));
  });

  it('recognises the file by its header, with or without a byte-order mark, CRLF or LF', () => {
    const lf = `${LABS_HEADER}\n${labRow({})}\n`;
    const decoded = decodeCsv(lf);
    expect(decoded.ok && decoded.value.kind).toBe('labs');
    expect(decoded.ok && decoded.value.rows[0]).toEqual({
      line: 2,
      caseId: 'c1',
      observation: { id: 'o1', analyte: 'CK', date: { date: '2022-08', approximate: false }, value: 1620, unit: 'U/L' },
    });
    const events = decodeCsv(`\uFEFF${EVENTS_HEADER}\r\n${eventRow({})}`);
    expect(events.ok && events.value.kind).toBe('events');
  });

  it('leaves case_id absent when the cell is empty, for the open case', () => {
    const decoded = decodeCsv(`${EVENTS_HEADER}\n${eventRow({ case_id: '' })}\n`);
    expect(decoded.ok && decoded.value.rows[0]?.caseId).toBeUndefined();
  });

  it('reads a unit UCUM does not know as free text, and a UCUM code as UCUM', () => {
    const decoded = decodeCsv(
      `${LABS_HEADER}\n${labRow({ observation_id: 'a', unit: 'cells/hpf' })}\n${labRow({ observation_id: 'b', unit: '10*9/L' })}\n`,
    );
    if (!decoded.ok || decoded.value.kind !== 'labs') throw new Error('expected labs');
    const [a, b] = decoded.value.rows.map((r) => r.observation);
    expect(a).toMatchObject({ unit: 'cells/hpf', unitIsFreeText: true });
    expect(b?.unit).toBe('10*9/L');
    expect(b?.unitIsFreeText).toBeUndefined();
  });

  it('reads a unit spelled as reports spell it as its UCUM code, through the prose-units table', () => {
    const rows = [
      labRow({ observation_id: 'a', unit: 'IU/L' }),
      labRow({ observation_id: 'b', analyte: 'Troponin I', unit: 'μg/l' }),
      labRow({ observation_id: 'c', analyte: 'WBC', unit: '×10^9/L' }),
      labRow({ observation_id: 'd', analyte: 'TSH', unit: 'IU/L' }),
    ];
    const decoded = decodeCsv(`${LABS_HEADER}\n${rows.join('\n')}\n`);
    if (!decoded.ok || decoded.value.kind !== 'labs') throw new Error('expected labs');
    expect(decoded.value.rows.map((r) => [r.observation.unit, r.observation.unitIsFreeText])).toEqual([
      ['U/L', undefined],
      ['ug/L', undefined],
      ['10*9/L', undefined],
      ['[IU]/L', undefined],
    ]);
  });

  it('takes TRUE/FALSE as Excel saves them, and an empty flag as false', () => {
    const decoded = decodeCsv(
      `${EVENTS_HEADER}\n${eventRow({ start_approx: 'TRUE', end_date: '2022-09', end_approx: '' })}\n`,
    );
    expect(decoded.ok && decoded.value.kind === 'events' && decoded.value.rows[0]?.event).toMatchObject({
      start: { date: '2022-08', approximate: true },
      end: { date: '2022-09', approximate: false },
    });
  });

  it('takes the decimals of a range from the finer end', () => {
    const decoded = decodeCsv(`${LABS_HEADER}\n${labRow({ value: '400', value_high: '500.5' })}\n`);
    expect(decoded.ok && decoded.value.kind === 'labs' && decoded.value.rows[0]?.observation).toMatchObject({
      value: 400,
      valueHigh: 500.5,
      decimalPlaces: 1,
    });
  });

  it('skips blank rows and rows of empty cells, and numbers lines as the file does', () => {
    const decoded = decodeCsv(
      `${LABS_HEADER}\r\n\r\n,,,,\r\n${labRow({ notes: 'two\r\nlines' })}\r\n${labRow({ observation_id: 'o2' })}`,
    );
    expect(decoded.ok && decoded.value.rows.map((r) => r.line)).toEqual([4, 6]);
  });

  it('lists every problem of every row at once, each at line:column with the column named', () => {
    const text = [
      LABS_HEADER,
      labRow({ date: '2022-13', value: '1,5', unit: '' }),
      labRow({ observation_id: 'o2', comparator: '≥', value: '', value_text: '' }),
      labRow({ observation_id: 'o3', date_approx: 'maybe', loinc: '2157-5', ref_low: '10', ref_high: '5' }),
      labRow({ observation_id: 'o4', case_id: 'Case 1', value: '1e999' }),
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      '2:5: date: month 13 does not exist (01 to 12)',
      '2:8: value: "1,5" has a decimal comma: write a decimal point (e.g. 0.5)',
      '3:7: comparator: "≥" is not a comparator: write one of < <= > >= ~',
      '3:8: value: value needs a number or a text result',
      '4:4: loinc: LOINC code must look like 2157-6, with its check digit right',
      '4:6: date_approx: "maybe" is not true or false',
      '4:13: ref_high: reference high is below reference low',
      '5:1: case_id: id must be 1–64 lowercase letters, digits or dashes, starting with a letter or digit',
      '5:8: value: "1e999" is too large to store',
    ]);
  });

  it('maps the schema rules to the columns of events.csv', () => {
    const text = [
      EVENTS_HEADER,
      eventRow({ kind: 'drug', label: ' ', start_date: '2022-02-30' }),
      eventRow({ event_id: 'e2', end_date: '2022-01', end_approx: 'true', dose_value: '20' }),
      eventRow({ event_id: 'e3', dose_unit: 'mg', start_approx: 'yes' }),
      eventRow({ event_id: 'e4', end_approx: 'true' }),
    ].join('\r\n');
    expect(problemsOf(text)).toEqual([
      '2:3: kind: "drug" is not an event kind: write one of symptom, diagnosis, treatment, procedure, vaccination, admission, outcome, other',
      '2:4: label: label is empty',
      '2:5: start_date: day 30 does not exist in 2022-02 (01 to 28)',
      '3:7: end_date: end date is before start date',
      '3:10: dose_unit: a dose needs a unit',
      '4:6: start_approx: "yes" is not true or false',
      '4:9: dose_value: a dose unit needs a dose amount',
      '5:8: end_approx: is true but there is no end_date',
    ]);
  });

  it('refuses the same id twice for one case', () => {
    const text = [LABS_HEADER, labRow({}), labRow({ case_id: 'c2' }), labRow({})].join('\n');
    expect(problemsOf(text)).toEqual(['4:2: observation_id: "o1" is used twice in case "c1" (also line 2)']);
  });

  it('names each header column that differs from the file it looks like', () => {
    const header = LABS_HEADER.replace('value_high', 'value_max').replace(',notes', '');
    expect(problemsOf(`${header}\n${labRow({})}`)).toEqual([
      '1:9: column 9 must be "value_high", not "value_max"',
      '1:14: column 14 must be "notes", and the header ends before it',
    ]);
  });

  it('refuses a file that is neither table, and an empty file', () => {
    expect(problemsOf('{"format": "case-abstraction"}')).toEqual([
      expect.stringMatching(/^1:1: not a Case Abstractor CSV/),
    ]);
    expect(problemsOf('')).toEqual([expect.stringMatching(/^1:1: the file is empty/)]);
    expect(problemsOf('\uFEFF\r\n\r\n')).toEqual([expect.stringMatching(/^1:1: the file is empty/)]);
  });

  it('says which row has too few or too many cells', () => {
    const text = [
      LABS_HEADER,
      labRow({}).replace(/,$/, ''),
      `${labRow({ observation_id: 'o2' })},extra`,
      `${labRow({ observation_id: 'o3' })},,`,
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      '2:14: the row has 13 cells and the header 14: a comma is missing, or a cell has an unquoted comma or line break',
      '3:15: the row has 15 cells and the header 14: is a comma in a cell not quoted?',
      '4:15: the row has 16 cells and the header 14: is a comma in a cell not quoted?',
    ]);
  });

  it('reports a row with a comma too many by its width, not by the cells it shifts', () => {
    // "Creatine kinase, total" unquoted: every cell after the analyte moves one column right, and the
    // empty notes become a 15th cell. Read as cells, it would be four problems, none of them the cause.
    const shifted = labRow({ observation_id: 'o2', date: '2022-09-05' }).replace(',CK,', ',Creatine kinase, total,');
    const text = [LABS_HEADER, labRow({}), shifted, labRow({ observation_id: 'o3', date: '2022-13' })].join('\r\n');
    expect(problemsOf(text)).toEqual([
      '3:15: the row has 15 cells and the header 14: is a comma in a cell not quoted?',
      '4:5: date: month 13 does not exist (01 to 12)',
    ]);
  });

  it('names both the month and the day of "2021-13-45"', () => {
    expect(problemsOf([LABS_HEADER, labRow({ date: '2021-13-45' })].join('\n'))).toEqual([
      '2:5: date: month 13 does not exist (01 to 12), and day 45 does not exist in any month (01 to 31)',
    ]);
  });

  it('lets empty cells through after the columns when the header line has them too (a spreadsheet pads every line)', () => {
    const text = [`${LABS_HEADER},,`, `${labRow({})},,`, `${labRow({ observation_id: 'o2' })},`].join('\r\n');
    const decoded = decodeCsv(text);
    expect(decoded.ok && decoded.value.rows.length).toBe(2);
  });

  it('says "line N repeats the header" once for each line that does, before any other problem', () => {
    // Exports pasted one under another: every second line is the header again.
    const lines = [LABS_HEADER];
    for (let i = 1; i <= 125; i++)
      lines.push(labRow({ observation_id: `o${i}` }), ` ${LABS_HEADER.replace(/,/g, ' , ')} `);
    lines[3] = labRow({ observation_id: 'o2', date: '2022-02-30' });
    const problems = problemsOf(lines.join('\r\n'));
    expect(problems).toHaveLength(125 + 1);
    expect(problems.slice(0, 3)).toEqual([
      '3:1: line 3 repeats the header',
      '5:1: line 5 repeats the header',
      '7:1: line 7 repeats the header',
    ]);
    expect(problems.at(-2)).toBe('251:1: line 251 repeats the header');
    expect(problems.at(-1)).toBe('4:5: date: day 30 does not exist in 2022-02 (01 to 28)');
  });

  it('reports an unclosed quote first, with the rows before it still checked', () => {
    const text = [
      LABS_HEADER,
      labRow({ date: '2022-13' }),
      `${labRow({ observation_id: 'o2' })}"never closed`,
      labRow({ observation_id: 'o3' }),
    ].join('\r\n');
    // The broken quote comes first: it is the file's shape, and swallows the rows after it.
    expect(problemsOf(text)).toEqual([
      '3:14: a quoted cell is never closed: a " is missing (a " inside a quoted cell is written "")',
      '2:5: date: month 13 does not exist (01 to 12)',
    ]);
  });

  // 70,000 rows (3 MiB) read twice take seconds on a busy 2-core machine: the timeout guards
  // against a hang, it is not a speed check (speed is `npm run bench`).
  it('reads a file of many chunks row for row, and names a broken quote in a late chunk by its line', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) =>
      labRow({ observation_id: `ck-${i}`, date: '2022-09-05', value: String(i), notes: i % 7 === 0 ? 'a,\r\nb' : '' }),
    );
    const text = [LABS_HEADER, ...rows].join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    const decoded = decodeCsv(text);
    if (!decoded.ok || decoded.value.kind !== 'labs') throw new Error('the file should read');
    expect(decoded.value.rows).toHaveLength(70_000);
    // Each quoted line break moves every later row down a line.
    const last = decoded.value.rows.at(-1)!;
    expect(last.observation.id).toBe('ck-69999');
    expect(last.line).toBe(2 + 69_999 + Math.ceil(70_000 / 7));

    const lines = text.split('\r\n');
    const brokenLine = lines.length - 3;
    lines[brokenLine - 1] = lines[brokenLine - 1]!.replace('2022-09-05', '"2022-09-05');
    const problems = problemsOf(lines.join('\r\n'));
    expect(problems[0]).toMatch(new RegExp(`^${brokenLine}:\\d+: a quoted cell is never closed`));
  }, 30_000);

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    decodeCsv(encodeLabsCsv([seed]), { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});
