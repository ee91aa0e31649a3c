import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvFileNames,
  csvView,
  EVENTS_COLUMNS,
  EVIDENCE_COLUMNS,
  decodeCsv,
  encodeEventsCsv,
  encodeEvidenceCsv,
  encodeLabsCsv,
  LABS_COLUMNS,
  type CsvTable,
} from '../codecs/csv/case-csv';
import { anyCase } from '../codecs/json/arbitrary-case';
import { knownAnalyteExactly } from '../analytes/common-labs';
import { encodeCaseFile } from '../codecs/json/case-file';
import type { Case } from '../model/case';
import { missingCitationDetails } from '../model/citation';
import type { Result } from '../model/result';
import { validateCase } from '../model/validate';
import { createSeedCase, SEED_CASE_ID } from '../seed/seed-case';
import { applyImportPlan, planImport, type ImportPlan } from './plan';

const NOW = '2026-12-01T09:30:00.000Z';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

function problems<T>(result: Result<T>): string[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.where}: ${p.message}`);
}

const table = (text: string): CsvTable => value(decodeCsv(text));
const labs = (...rows: string[]) => table([LABS_COLUMNS.join(','), ...rows].join('\n'));

/** How many evidence anchors a case has, on every kind of row. */
const anchorsOf = (c: Case) =>
  [...c.diagnoses, ...c.events, ...c.observations].reduce((n, row) => n + (row.evidence?.length ?? 0), 0);

/** A second case, small and different from the seed. */
function otherCase(id = 'other-case'): Case {
  const seed = createSeedCase();
  return {
    ...seed,
    id,
    title: 'Another report',
    events: seed.events
      .slice(0, 2)
      .map((e) => ({ ...e, start: { date: e.start.date, approximate: e.start.approximate } })),
    observations: [],
  };
}

describe('planImport for JSON', () => {
  const seed = createSeedCase();

  it('previews new cases with their counts, and stored ids as conflicts', () => {
    const plan = value(planImport({ kind: 'json', cases: [seed, otherCase()] }, { existing: [otherCase()] }));
    expect(plan.preview.cases.map((c) => [c.caseId, c.action, c.events, c.observations])).toEqual([
      [SEED_CASE_ID, 'create', seed.events.length, seed.observations.length],
      ['other-case', 'conflict', 2, 0],
    ]);
    expect(plan.preview.conflicts).toEqual(['other-case']);
    expect(plan.preview.totals).toEqual({
      cases: 2,
      events: seed.events.length + 2,
      observations: seed.observations.length,
      evidence: anchorsOf(seed) + anchorsOf(otherCase()),
      unchanged: 0,
    });
  });

  it('asks for a choice for every conflict before writing anything', () => {
    const plan = value(planImport({ kind: 'json', cases: [seed, otherCase()] }, { existing: [otherCase()] }));
    expect(problems(applyImportPlan(plan, { now: NOW }))).toEqual([
      'other-case: case "other-case" is stored already: choose replace, import as a copy, or skip',
    ]);
  });

  it('replaces, skips, or imports a copy with an id and a title of its own', () => {
    const stored = [otherCase(), otherCase('other-case-copy')];
    const imported = { ...otherCase(), title: 'Colleague’s version' };
    const plan = value(planImport({ kind: 'json', cases: [imported] }, { existing: stored }));
    expect(value(applyImportPlan(plan, { now: NOW, choices: { 'other-case': 'replace' } }))).toEqual([imported]);
    expect(value(applyImportPlan(plan, { now: NOW, choices: { 'other-case': 'skip' } }))).toEqual([]);
    const [copy] = value(applyImportPlan(plan, { now: NOW, choices: { 'other-case': 'copy' } }));
    expect(copy).toEqual({
      ...imported,
      id: 'other-case-copy-2',
      title: 'Colleague’s version (copy)',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('keeps a copy’s id within 64 characters', () => {
    const long = otherCase('a'.repeat(64));
    const plan = value(planImport({ kind: 'json', cases: [long] }, { existing: [long] }));
    const [copy] = value(applyImportPlan(plan, { now: NOW, choices: { [long.id]: 'copy' } }));
    expect(copy?.id).toBe(`${'a'.repeat(59)}-copy`);
    expect(validateCase(copy).ok).toBe(true);
  });

  it('refuses the same case twice in one import', () => {
    expect(problems(planImport({ kind: 'json', cases: [seed, seed] }, { existing: [] }))).toEqual([
      `cases[1].id: case "${SEED_CASE_ID}" is in the import twice`,
    ]);
  });
});

describe('planImport warnings for JSON', () => {
  it('flags an implausible year and number by their JSON path, and still imports them', () => {
    const seed = createSeedCase();
    const single = seed.observations.findIndex(
      (o) => o.value !== undefined && o.valueHigh === undefined && o.decimalPlaces === undefined,
    );
    const odd: Case = {
      ...seed,
      events: [{ ...seed.events[0]!, start: { date: '9999', approximate: false } }, ...seed.events.slice(1)],
      observations: seed.observations.map((o, i) => (i === single ? { ...o, value: 1e16 } : o)),
    };
    const today = new Date('2026-06-01T00:00:00Z');
    const plan = value(planImport({ kind: 'json', cases: [odd] }, { existing: [], today }));
    expect(plan.preview.warnings).toEqual([
      { where: 'cases[0].events[0].start', message: 'year 9999: is this right? (case reports date from 1800 to 2027)' },
      {
        where: `cases[0].observations[${single}].value`,
        message: '1e16: is this right? (beyond ±1e15, more than any report prints)',
      },
    ]);
    expect(value(applyImportPlan(plan, { now: NOW }))).toHaveLength(1);
  });

  it('names an unknown text result by its JSON path', () => {
    const seed = createSeedCase();
    const odd: Case = {
      ...seed,
      observations: [
        ...seed.observations,
        { id: 'odd', analyte: 'Tear film', date: { date: '2022', approximate: false }, valueText: 'abc' },
      ],
    };
    const plan = value(planImport({ kind: 'json', cases: [odd] }, { existing: [] }));
    expect(plan.preview.warnings.map((w) => w.where)).toEqual([
      `cases[0].observations[${seed.observations.length}].valueText`,
    ]);
  });
});

describe('planImport for CSV', () => {
  const seed = createSeedCase();

  it('adds rows to the stored case their case_id names, and to the open case when it is empty', () => {
    const file = labs(
      'other-case,o1,CK,2157-6,2022-08,false,,1620,,,U/L,,,',
      ',o2,CK,2157-6,2022-09,false,,300,,,U/L,,,',
    );
    const plan = value(
      planImport(
        { kind: 'csv', files: [{ name: 'labs.csv', table: file }] },
        { existing: [otherCase()], openCaseId: 'other-case' },
      ),
    );
    expect(plan.preview.cases).toEqual([
      {
        caseId: 'other-case',
        title: 'Another report',
        existingTitle: 'Another report',
        action: 'add',
        events: 0,
        observations: 2,
        evidence: 0,
        unchanged: 0,
        newSources: [],
        placeholderDetails: false,
      },
    ]);
    const [updated] = value(applyImportPlan(plan, { now: NOW }));
    expect(updated?.observations.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(updated?.updatedAt).toBe(NOW);
    expect(updated?.createdAt).toBe(otherCase().createdAt);
  });

  it('creates a case it does not know, titled by its id, inventing no author, journal or year', () => {
    const file = labs('new-case,o1,CK,2157-6,2022-08,false,,1620,,,U/L,,,');
    const plan = value(planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: file }] }, { existing: [] }));
    expect(plan.preview.cases[0]).toMatchObject({ caseId: 'new-case', action: 'create', placeholderDetails: true });
    const [created] = value(applyImportPlan(plan, { now: NOW }));
    expect(created).toMatchObject({
      id: 'new-case',
      title: 'new-case',
      citation: {},
      patient: { sex: 'unknown' },
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(missingCitationDetails(created!.citation)).toEqual(['authors', 'journal', 'year']);
    expect(missingCitationDetails(seed.citation)).toEqual([]);
    expect(validateCase(created).ok).toBe(true);
    // Nothing in its file says what the report did not: no "Unknown", no year of the import.
    expect(encodeCaseFile([created!])).not.toMatch(/Unknown|"year"|"authors"|"journal"|"notes"/);
  });

  it('leaves rows that are stored already with the same values, and writes nothing when all are', () => {
    const files = [
      { name: 'e.csv', table: table(encodeEventsCsv([seed])) },
      { name: 'l.csv', table: table(encodeLabsCsv([seed])) },
    ];
    const plan = value(planImport({ kind: 'csv', files }, { existing: [seed] }));
    expect(plan.preview.totals).toEqual({
      cases: 1,
      events: 0,
      observations: 0,
      evidence: 0,
      unchanged: seed.events.length + seed.observations.length,
    });
    expect(value(applyImportPlan(plan, { now: NOW }))).toEqual([]);
  });

  it('finds a file without codes unchanged the second time, after the first import gave its rows codes', () => {
    const file = () => [
      {
        name: 'labs.csv',
        table: labs('c1,o1,CPK,,2022,false,,1620,,,U/L,,,', 'c1,o2,Lymphocytes,,2022,false,,18,,,%,,,'),
      },
    ];
    const first = value(planImport({ kind: 'csv', files: file() }, { existing: [] }));
    const [created] = value(applyImportPlan(first, { now: NOW }));
    expect(created!.observations.map((o) => o.loinc)).toEqual(['2157-6', undefined]);
    const again = value(planImport({ kind: 'csv', files: file() }, { existing: [created!] }));
    expect(again.preview.totals).toMatchObject({ observations: 0, unchanged: 2 });
  });

  it('refuses a row whose id the case has with other values, naming the columns that differ', () => {
    const file = labs(`${SEED_CASE_ID},ck-admission,Creatine kinase (CK),2157-6,2022-08,true,,1700,,,U/L,,,`);
    expect(
      problems(planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: file }] }, { existing: [seed] })),
    ).toEqual([
      `labs.csv:2:2: observation_id: "ck-admission" is in case "${SEED_CASE_ID}" already, with other values (value): give the row a new observation_id, or change the stored one in the app`,
    ]);
  });

  it('lists every row with no case when none is open, and rows repeated across files', () => {
    const a = labs(',o1,CK,,2022,false,,1,,,U/L,,,', 'c1,o2,CK,,2022,false,,1,,,U/L,,,');
    const b = labs('c1,o2,CK,,2022,false,,2,,,U/L,,,', ',o3,CK,,2022,false,,1,,,U/L,,,');
    expect(
      problems(
        planImport(
          {
            kind: 'csv',
            files: [
              { name: 'a.csv', table: a },
              { name: 'b.csv', table: b },
            ],
          },
          { existing: [] },
        ),
      ),
    ).toEqual([
      'a.csv:2:1: case_id is empty and no case is open: fill in case_id, or open the case the rows belong to',
      'b.csv:2:2: observation_id: "o2" of case "c1" is also on a.csv:3',
      'b.csv:3:1: case_id is empty and no case is open: fill in case_id, or open the case the rows belong to',
    ]);
  });

  it('imports unknown text results and text results with a unit, listing each as a warning at its cell', () => {
    const file = labs(
      'c1,o1,CK,,2022,false,,,,abc,U/L,,,',
      'c1,o2,Anti-SRP,,2022,false,,,,Positive,,,,',
      'c1,o3,Biopsy,,2022,false,,,,no significant stenosis,,,,',
      'c1,o4,Anti-Ro52,,2022,false,,,,weakly positive,,,,',
      'c1,o5,Tear film,,2022,false,,,,Grade II,,,,',
    );
    const plan = value(planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: file }] }, { existing: [] }));
    expect(plan.preview.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'labs.csv:2:10: “abc” is not a number or a known text result (positive, negative, normal, not detected, trace, reactive, ++, “no …” findings): it is imported as text',
      'labs.csv:2:11: the text result “abc” has a unit (“U/L”), which a text result cannot have: check the row',
      'labs.csv:6:10: “Grade II” is not a number or a known text result (positive, negative, normal, not detected, trace, reactive, ++, “no …” findings): it is imported as text',
    ]);
    expect(plan.preview.unlistedWarnings).toBe(0);
    const [created] = value(applyImportPlan(plan, { now: NOW }));
    expect(created?.observations.find((o) => o.id === 'o1')).toMatchObject({ valueText: 'abc', unit: 'U/L' });
  });

  it('imports implausible years and numbers, flagging each at its cell with an injected clock', () => {
    const file = labs(
      'c1,o1,CK,,1799,false,,1e16,,,U/L,,,',
      'c1,o2,CK,,1800,false,,1000000000000000,,,U/L,,,',
      'c1,o3,CK,,2027-03,false,,5,,,U/L,,-1e16,',
      'c1,o4,CK,,2028,false,,5,,,U/L,,,',
    );
    const events = table(
      'case_id,event_id,kind,label,start_date,start_approx,end_date,end_approx,dose_value,dose_unit,route,frequency,notes\n' +
        'c1,e1,treatment,IVIG,1700,false,9999,false,1e16,g,,,',
    );
    const today = new Date('2026-06-01T00:00:00Z');
    const files = [
      { name: 'labs.csv', table: file },
      { name: 'events.csv', table: events },
    ];
    const plan = value(planImport({ kind: 'csv', files }, { existing: [], today }));
    expect(plan.preview.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'labs.csv:2:5: year 1799: is this right? (case reports date from 1800 to 2027)',
      'labs.csv:2:8: 1e16: is this right? (beyond ±1e15, more than any report prints)',
      'labs.csv:4:13: -1e16: is this right? (beyond ±1e15, more than any report prints)',
      'labs.csv:5:5: year 2028: is this right? (case reports date from 1800 to 2027)',
      'events.csv:2:5: year 1700: is this right? (case reports date from 1800 to 2027)',
      'events.csv:2:7: year 9999: is this right? (case reports date from 1800 to 2027)',
      'events.csv:2:9: 1e16: is this right? (beyond ±1e15, more than any report prints)',
    ]);
    const [created] = value(applyImportPlan(plan, { now: NOW }));
    expect(created?.observations).toHaveLength(4);
    expect(created?.events[0]).toMatchObject({ start: { date: '1700' }, dose: { value: 1e16 } });
  });

  it('lists the first hundred warnings and counts the rest', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `c1,o${i},Note,,2022,false,,,,see text,,,,`);
    const plan = value(
      planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: labs(...rows) }] }, { existing: [] }),
    );
    expect(plan.preview.warnings).toHaveLength(100);
    expect(plan.preview.warnings[99]?.where).toBe('labs.csv:101:10');
    expect(plan.preview.unlistedWarnings).toBe(50);
  });

  it('has no warnings for the preloaded case', () => {
    const plan = value(
      planImport({ kind: 'csv', files: [{ name: 'l.csv', table: table(encodeLabsCsv([seed])) }] }, { existing: [] }),
    );
    expect(plan.preview.warnings).toEqual([]);
  });

  it('names new analytes (and stored ones they resemble) and new units (and whether they are free text)', () => {
    const file = labs(
      'c1,o1,ck-mb,,2022,false,,1,,,ug/L,,,',
      'c1,o2,Ferritin,,2022,false,,1,,,ng/mL,,,',
      'c1,o3,Ferritin,,2022,false,,1,,,cells/hpf,,,',
    );
    const plan = value(planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: file }] }, { existing: [seed] }));
    expect(plan.preview.newAnalytes).toEqual([{ analyte: 'ck-mb', similarTo: 'CK-MB' }, { analyte: 'Ferritin' }]);
    expect(plan.preview.newUnits).toEqual([
      { unit: 'ng/mL', freeText: false },
      { unit: 'cells/hpf', freeText: true },
    ]);
  });

  it('gives a row spelled as a synonym the code its analyte has, keeps the name, and says so', () => {
    const file = labs(
      'c1,o1,CPK,,2022,false,,900,,,U/L,,,',
      'c1,o2,creatine kinase,,2022,false,,800,,,U/L,,,',
      'c1,o3,Grip strength,,2022,false,,18,,,kg,,,',
    );
    const plan = value(planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: file }] }, { existing: [seed] }));
    const planned = plan.planned[0]!;
    expect(planned.source === 'csv' && planned.observations.map((o) => [o.analyte, o.loinc])).toEqual([
      ['CPK', '2157-6'],
      ['creatine kinase', '2157-6'],
      ['Grip strength', undefined],
    ]);
    expect(plan.preview.codesFilled).toBe(2);
    expect(plan.preview.newAnalytes).toEqual([
      { analyte: 'CPK', similarTo: 'Creatine kinase (CK)' },
      { analyte: 'creatine kinase', similarTo: 'Creatine kinase (CK)' },
      { analyte: 'Grip strength' },
    ]);
  });

  it('writes nothing when a resulting case would not be valid', () => {
    const file = labs('c1,o1,CK,,2022,false,,1,,,U/L,,,', 'c2,o1,CK,,2022,false,,1,,,U/L,,,');
    const plan = value(planImport({ kind: 'csv', files: [{ name: 'labs.csv', table: file }] }, { existing: [] }));
    // A clock gone wrong: the new cases' timestamps are not ISO 8601.
    expect(problems(applyImportPlan(plan, { now: 'yesterday' }))).toEqual([
      'case "c1" createdAt: timestamp must be ISO 8601 UTC, e.g. 2024-01-31T12:00:00.000Z',
      'case "c1" updatedAt: timestamp must be ISO 8601 UTC, e.g. 2024-01-31T12:00:00.000Z',
      'case "c2" createdAt: timestamp must be ISO 8601 UTC, e.g. 2024-01-31T12:00:00.000Z',
      'case "c2" updatedAt: timestamp must be ISO 8601 UTC, e.g. 2024-01-31T12:00:00.000Z',
    ]);
  });

  it('is plain data, so a worker can send it', () => {
    const plan: ImportPlan = value(
      planImport({ kind: 'csv', files: [{ name: 'l.csv', table: table(encodeLabsCsv([seed])) }] }, { existing: [] }),
    );
    expect(structuredClone(plan)).toEqual(plan);
  });
});

describe('CSV import of an export', () => {
  it('recreates any case’s events and observations, for the fields CSV holds', () => {
    // A row naming a built-in analyte without its code gets the code on import, by design (the
    // analyte identity): those rows are not the same on the way back, so they are left out here
    // (a generated "𝐏" reads as "P", phosphate).
    const withoutUncodedKnownAnalytes = anyCase().filter((c) =>
      c.observations.every((o) => o.loinc !== undefined || knownAnalyteExactly(o.analyte) === undefined),
    );
    fc.assert(
      fc.property(withoutUncodedKnownAnalytes, (c) => {
        const files = [
          { name: 'events.csv', table: table(encodeEventsCsv([c])) },
          { name: 'labs.csv', table: table(encodeLabsCsv([c])) },
          { name: 'evidence.csv', table: table(encodeEvidenceCsv([c])) },
        ];
        const written = value(
          applyImportPlan(value(planImport({ kind: 'csv', files }, { existing: [] })), { now: NOW }),
        );
        expect(written).toHaveLength(c.events.length + c.observations.length > 0 ? 1 : 0);
        for (const imported of written) {
          expect(csvView(imported)).toEqual(csvView(c));
          expect(validateCase(imported).ok).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('planImport of several CSV tables together', () => {
  const FP = 'f'.repeat(64);
  const events = (...rows: string[]) => table([EVENTS_COLUMNS.join(','), ...rows].join('\n'));
  const evidence = (...rows: string[]) => table([EVIDENCE_COLUMNS.join(','), ...rows].join('\n'));
  const threeTables = () => [
    { name: 'new-events.csv', table: events('new,e1,treatment,Prednisolone,2022-10,false,,,20,mg,oral,daily,') },
    { name: 'new-labs.csv', table: labs('new,o1,Creatine kinase,,2022-10-01,false,,20000,,,U/L,,,') },
    {
      name: 'new-evidence.csv',
      table: evidence(
        `new,event,e1,${FP},10,15,20 mg,started ,`,
        `new,observation,o1,${FP},30,36,,,`,
        `new,observation,o1,${FP},40,42,CK,,`,
      ),
    },
  ];

  it('previews the rows and their evidence as one import, and writes each anchor on its row', () => {
    const plan = value(planImport({ kind: 'csv', files: threeTables() }, { existing: [] }));
    expect(plan.preview.cases).toEqual([
      expect.objectContaining({
        caseId: 'new',
        action: 'create',
        events: 1,
        observations: 1,
        evidence: 3,
        newSources: [FP],
      }),
    ]);
    expect(plan.preview.totals).toMatchObject({ cases: 1, events: 1, observations: 1, evidence: 3 });
    const [created] = value(applyImportPlan(plan, { now: NOW }));
    expect(created?.events[0]?.evidence).toEqual([
      { source: FP, start: 10, end: 15, quote: '20 mg', prefix: 'started ' },
    ]);
    expect(created?.observations[0]?.evidence).toEqual([
      { source: FP, start: 30, end: 36 },
      { source: FP, start: 40, end: 42, quote: 'CK' },
    ]);
    // CSV names a source by fingerprint only; opening the document names it (the add-source edit).
    expect(created?.sources).toEqual([
      {
        fingerprint: FP,
        name: `Source ${FP.slice(0, 12)} (from new-evidence.csv)`,
        kind: 'text',
        normaliserVersion: 1,
      },
    ]);
    expect(validateCase(created).ok).toBe(true);
  });

  it('takes the files in any order', () => {
    const files = threeTables().reverse();
    const [created] = value(applyImportPlan(value(planImport({ kind: 'csv', files }, { existing: [] })), { now: NOW }));
    expect(created?.observations[0]?.evidence).toHaveLength(2);
  });

  it('refuses an anchor for a row that is in none of the files and not in the case, naming its line', () => {
    const files = [
      ...threeTables().slice(0, 2),
      {
        name: 'new-evidence.csv',
        table: evidence(`new,event,e1,${FP},1,2,,,`, `new,event,e9,${FP},1,2,,,`, `new,observation,e1,${FP},1,2,,,`),
      },
    ];
    expect(problems(planImport({ kind: 'csv', files }, { existing: [] }))).toEqual([
      'new-evidence.csv:3:3: row_id: event "e9" is in none of the files imported and not in case "new": import its events.csv with it, or correct the row_id',
      'new-evidence.csv:4:3: row_id: observation "e1" is in none of the files imported and not in case "new": import its labs.csv with it, or correct the row_id',
    ]);
  });

  it('adds anchors to rows the case has, lists their source once, and finds an export of the case unchanged', () => {
    const seed = createSeedCase();
    const stored = {
      ...seed,
      sources: [
        ...(seed.sources ?? []),
        { fingerprint: FP, name: 'report.txt', kind: 'text' as const, normaliserVersion: 1 },
      ],
    };
    const first = seed.observations[0]!;
    const anchor = `${seed.id},observation,${first.id},${FP},5,9,,,`;
    const plan = value(
      planImport({ kind: 'csv', files: [{ name: 'e.csv', table: evidence(anchor) }] }, { existing: [stored] }),
    );
    expect(plan.preview.cases[0]).toMatchObject({ action: 'add', evidence: 1, newSources: [] });
    const [updated] = value(applyImportPlan(plan, { now: NOW }));
    expect(updated?.observations.find((o) => o.id === first.id)?.evidence?.at(-1)).toEqual({
      source: FP,
      start: 5,
      end: 9,
    });
    expect(updated?.sources).toEqual(stored.sources);

    const names = csvFileNames(seed.id);
    const exported = [
      { name: names.events, table: table(encodeEventsCsv([updated!])) },
      { name: names.labs, table: table(encodeLabsCsv([updated!])) },
      { name: names.evidence, table: table(encodeEvidenceCsv([updated!])) },
    ];
    const again = value(planImport({ kind: 'csv', files: exported }, { existing: [updated!] }));
    expect(again.preview.totals).toMatchObject({ events: 0, observations: 0, evidence: 0 });
    expect(again.planned).toEqual([]);
  });

  it('signs a stored row it gives evidence as changed now by the importer; leaves the rest, and its new rows, unsigned', () => {
    const seed = createSeedCase();
    const [first, second] = seed.observations;
    const files = [
      { name: 'e.csv', table: evidence(`${seed.id},observation,${first!.id},${FP},5,9,,,`) },
      { name: 'l.csv', table: labs(`${seed.id},o-new,Creatine kinase,,2022-10-01,false,,20000,,,U/L,,,`) },
    ];
    const plan = value(planImport({ kind: 'csv', files }, { existing: [seed] }));
    const [updated] = value(applyImportPlan(plan, { now: NOW, by: 'E. F.' }));
    expect(updated?.observations.find((o) => o.id === first!.id)).toMatchObject({
      createdBy: first!.createdBy,
      createdAt: first!.createdAt,
      changedBy: 'E. F.',
      changedAt: NOW,
    });
    expect(updated?.observations.find((o) => o.id === second!.id)).toEqual(second);
    const added = updated?.observations.find((o) => o.id === 'o-new');
    expect(added).toBeDefined();
    expect(added).not.toHaveProperty('createdAt');
    expect(added).not.toHaveProperty('createdBy');
  });
});
