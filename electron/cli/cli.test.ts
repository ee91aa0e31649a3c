import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvView,
  decodeCsv,
  encodeEventsCsv,
  encodeEvidenceCsv,
  encodeLabsCsv,
  LABS_COLUMNS,
} from '../../shared/codecs/csv/case-csv';
import { decodeCaseFile, encodeCaseFile } from '../../shared/codecs/json/case-file';
import { caseFileJsonSchema } from '../../shared/codecs/json/generate-schema';
import type { Case } from '../../shared/model/case';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import { EXIT, runCli, type CliIo } from './cli';
import { createNodeIo } from './node-io';

const NOW = '2026-12-01T09:30:00.000Z';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...createNodeIo(),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    now: () => NOW,
  };
  return { io, out, err };
}

const tempDir = (prefix: string) => mkdtemp(path.join(tmpdir(), `cli-${prefix}-`));
const seedJson = () => encodeCaseFile([createSeedCase()]);

function decodedCases(text: string): Case[] {
  const decoded = decodeCaseFile(text);
  if (!decoded.ok) throw new Error(decoded.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return decoded.value;
}

async function writeSeedFiles(dir: string) {
  const seed = createSeedCase();
  const files = {
    json: path.join(dir, 'seed.json'),
    events: path.join(dir, 'seed-events.csv'),
    labs: path.join(dir, 'seed-labs.csv'),
    evidence: path.join(dir, 'seed-evidence.csv'),
  };
  await writeFile(files.json, encodeCaseFile([seed]));
  await writeFile(files.events, encodeEventsCsv([seed]));
  await writeFile(files.labs, encodeLabsCsv([seed]));
  await writeFile(files.evidence, encodeEvidenceCsv([seed]));
  return files;
}

describe('cli seed', () => {
  it('writes DIR/<case-id>.json and its three CSV tables with the codec bytes the app exports', async () => {
    const dir = path.join(await tempDir('seed'), 'nested');
    const { io, out } = testIo();
    expect(await runCli(['seed', '--out', dir], io)).toBe(EXIT.ok);
    const names = [
      `${SEED_CASE_ID}.json`,
      `${SEED_CASE_ID}-events.csv`,
      `${SEED_CASE_ID}-labs.csv`,
      `${SEED_CASE_ID}-evidence.csv`,
    ];
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
    const seed = createSeedCase();
    expect(await readFile(path.join(dir, names[0]!), 'utf8')).toBe(encodeCaseFile([seed]));
    expect(await readFile(path.join(dir, names[1]!), 'utf8')).toBe(encodeEventsCsv([seed]));
    expect(await readFile(path.join(dir, names[2]!), 'utf8')).toBe(encodeLabsCsv([seed]));
    expect(await readFile(path.join(dir, names[3]!), 'utf8')).toBe(encodeEvidenceCsv([seed]));
    expect(out).toEqual(names.map((n) => path.join(dir, n)));
  });

  it.each([
    [['seed']],
    [['seed', '--out']],
    [['seed', '--out', 'x', '--bogus']],
    [['seed', '--out', 'x', '--to', 'csv']],
    [['frobnicate']],
    [[]],
  ])('exits 2 with a message on bad usage %j', async (argv) => {
    const { io, err } = testIo();
    expect(await runCli(argv, io)).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(/usage: npm run cli/);
  });

  it('exits 1 and says what was not written when a file cannot be written', async () => {
    const { io, err } = testIo();
    io.writeFile = () => Promise.reject(new Error('disk full'));
    expect(await runCli(['seed', '--out', await tempDir('seed')], io)).toBe(EXIT.badData);
    expect(err[0]).toMatch(/cannot write .*\.json: disk full/);
    expect(err[1]).toMatch(/not written either: .*-events\.csv, .*-labs\.csv/);
  });
});

describe('cli validate', () => {
  it('exits 0 for valid files, with a line for each', async () => {
    const files = await writeSeedFiles(await tempDir('valid'));
    const { io, out, err } = testIo();
    expect(await runCli(['validate', files.json, files.events, files.labs], io)).toBe(EXIT.ok);
    expect(err).toEqual([]);
    const seed = createSeedCase();
    expect(out).toEqual([
      `${files.json}: valid case file: 1 case(s), ${seed.events.length} event(s), ${seed.observations.length} observation(s)`,
      `${files.events}: valid events.csv table: ${seed.events.length} row(s)`,
      `${files.labs}: valid labs.csv table: ${seed.observations.length} row(s)`,
    ]);
  });

  it('exits 1 with file:line:column: message for every problem of a CSV file', async () => {
    const file = path.join(await tempDir('csv'), 'labs.csv');
    const row = (id: string, date: string, value: string) => `c1,${id},CK,,${date},false,,${value},,,U/L,,,`;
    await writeFile(
      file,
      [LABS_COLUMNS.join(','), row('o1', '2022-13', '5'), row('o2', '2022', '"1,5"'), row('o3', '2022', '1')].join(
        '\r\n',
      ),
    );
    const { io, err } = testIo();
    expect(await runCli(['validate', file], io)).toBe(EXIT.badData);
    expect(err).toEqual([
      `${file}:2:5: date: month 13 does not exist (01 to 12)`,
      `${file}:3:8: value: "1,5" has a decimal comma: write a decimal point (e.g. 0.5)`,
    ]);
  });

  it('names JSON problems by path, at the line and column of the value', async () => {
    const file = path.join(await tempDir('json'), 'case.json');
    const json = JSON.parse(seedJson()) as {
      cases: { events: { start: { date: string } }[]; patient: Record<string, unknown> }[];
    };
    json.cases[0]!.events[3]!.start.date = '2022-02-30';
    delete json.cases[0]!.patient.sex;
    const text = `${JSON.stringify(json, null, 2)}\n`;
    await writeFile(file, text);
    const { io, err } = testIo();
    expect(await runCli(['validate', file], io)).toBe(EXIT.badData);
    const lines = text.split('\n');
    const at = (needle: string, onLineWith = needle) => {
      const index = lines.findIndex((l) => l.includes(onLineWith));
      return `${index + 1}:${lines[index]!.indexOf(needle) + 1}`;
    };
    expect(err).toEqual([
      // A missing key is reported at the object that lacks it.
      `${file}:${at('{', '"patient"')}: cases[0].patient.sex: Invalid option: expected one of "female"|"male"|"other"|"unknown"`,
      `${file}:${at('"2022-02-30"')}: cases[0].events[3].start.date: day 30 does not exist in 2022-02 (01 to 28)`,
    ]);
  });

  it('gives the line and column of broken JSON', async () => {
    const file = path.join(await tempDir('json'), 'broken.json');
    await writeFile(file, '{\n  "format": "case-abstraction",\n  "version": 1,,\n}');
    const { io, err } = testIo();
    expect(await runCli(['validate', file], io)).toBe(EXIT.badData);
    expect(err[0]).toMatch(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:3:\\d+: not valid JSON`));
  });

  it('refuses a file that is not UTF-8, and a file that is not there, and goes on with the rest', async () => {
    const dir = await tempDir('enc');
    const latin1 = path.join(dir, 'latin1.csv');
    await writeFile(latin1, Buffer.from([0x63, 0x61, 0x73, 0x65, 0xb5, 0x0a]));
    const files = await writeSeedFiles(dir);
    const { io, out, err } = testIo();
    expect(await runCli(['validate', latin1, path.join(dir, 'missing.csv'), files.labs], io)).toBe(EXIT.badData);
    expect(err[0]).toBe(
      `${latin1}:1:5: not UTF-8 text: byte offset 4 (0xB5) is not part of a UTF-8 character (is the file Latin-1 or Windows-1252?); save it as UTF-8 ("CSV UTF-8" in Excel) and try again`,
    );
    expect(err[1]).toMatch(/missing\.csv: cannot read: .*ENOENT/);
    expect(out).toEqual([expect.stringMatching(/seed-labs\.csv: valid labs\.csv table/)]);
  });

  it('reads UTF-16 with a byte-order mark as the app does, and refuses it without one', async () => {
    const dir = await tempDir('utf16');
    const text = encodeLabsCsv([createSeedCase()]).replace(/^\uFEFF/, '');
    const withMark = path.join(dir, 'unicode-text.csv');
    const withoutMark = path.join(dir, 'no-mark.csv');
    await writeFile(withMark, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await writeFile(withoutMark, Buffer.from(text, 'utf16le'));
    const { io, out, err } = testIo();
    expect(await runCli(['validate', withMark, withoutMark], io)).toBe(EXIT.badData);
    expect(out).toEqual([expect.stringMatching(/unicode-text\.csv: valid labs\.csv table/)]);
    expect(err).toEqual([
      expect.stringMatching(/no-mark\.csv:1:1: the file looks like UTF-16LE text without a byte-order mark/),
    ]);
  });

  it('refuses a value with 16 significant digits or 13 decimals, in CSV and JSON, saying the limit and why', async () => {
    const dir = await tempDir('precision');
    const csv = path.join(dir, 'labs.csv');
    const row = (id: string, value: string) => `c1,${id},CK,,2022,false,,${value},,,U/L,,,`;
    await writeFile(
      csv,
      [
        LABS_COLUMNS.join(','),
        row('o1', '1234567890123456'),
        row('o2', '0.1234567890123'),
        row('o3', '0.123456789012'),
      ].join('\n'),
    );
    const json = path.join(dir, 'case.json');
    await writeFile(json, seedJson().replace('"value": 1620', '"value": 1620.12345678901234567890'));
    const { io, err } = testIo();
    expect(await runCli(['validate', csv, json], io)).toBe(EXIT.badData);
    const line =
      seedJson()
        .split('\n')
        .findIndex((l) => l.includes('"value": 1620')) + 1;
    expect(err).toEqual([
      `${csv}:2:8: value: “1234567890123456” has 16 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer`,
      `${csv}:3:8: value: “0.1234567890123” has 13 digits after the decimal point: at most 12 are kept and shown back, so round it to 12 decimals or fewer`,
      `${json}:${line}:${seedJson().split('\n')[line - 1]!.indexOf('1620') + 1}: “1620.12345678901234567890” has 24 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer`,
    ]);
  });

  it('converts 15 significant digits and 12 decimals exactly as typed', async () => {
    const dir = await tempDir('precise');
    const csv = path.join(dir, 'labs.csv');
    await writeFile(csv, [LABS_COLUMNS.join(','), 'c1,o1,CK,,2022,false,,123.456789012345,,,U/L,,,'].join('\n'));
    const out = path.join(dir, 'c.json');
    const { io } = testIo();
    expect(await runCli(['convert', csv, '--to', 'json', '--out', out], io)).toBe(EXIT.ok);
    const [c] = decodedCases(await readFile(out, 'utf8'));
    expect(c?.observations[0]).toMatchObject({ value: 123.456789012345, decimalPlaces: 12 });
    expect(await readFile(out, 'utf8')).toContain('"value": 123.456789012345,');
  });

  it('converts a year 1700, and warns that it is implausible at its cell', async () => {
    const dir = await tempDir('plausible');
    const labs = path.join(dir, 'labs.csv');
    await writeFile(labs, [LABS_COLUMNS.join(','), 'c1,o1,CK,,1700,false,,5,,,U/L,,,'].join('\n'));
    const { io, err } = testIo();
    expect(await runCli(['convert', labs, '--to', 'json', '--out', path.join(dir, 'c.json')], io)).toBe(EXIT.ok);
    // NOW is in 2026: next year is 2027.
    expect(err[0]).toBe(
      `convert: warning: ${labs}:2:5: year 1700: is this right? (case reports date from 1800 to 2027)`,
    );
  });

  it('exits 2 without files', async () => {
    const { io, err } = testIo();
    expect(await runCli(['validate'], io)).toBe(EXIT.usage);
    expect(err[0]).toMatch(/give one or more files/);
  });
});

describe('cli convert', () => {
  it('turns a case file into the CSV tables per case (events, labs, and evidence when rows have some), the bytes the app exports', async () => {
    const dir = await tempDir('to-csv');
    const other = { ...createSeedCase(), id: 'second-case', title: 'Second' };
    const json = path.join(dir, 'cases.json');
    await writeFile(json, encodeCaseFile([createSeedCase(), other]));
    const out = path.join(dir, 'csv');
    const { io, out: stdout } = testIo();
    expect(await runCli(['convert', json, '--to', 'csv', '--out', out], io)).toBe(EXIT.ok);
    expect((await readdir(out)).sort()).toEqual([
      'second-case-events.csv',
      'second-case-evidence.csv',
      'second-case-labs.csv',
      `${SEED_CASE_ID}-events.csv`,
      `${SEED_CASE_ID}-evidence.csv`,
      `${SEED_CASE_ID}-labs.csv`,
    ]);
    expect(await readFile(path.join(out, `${SEED_CASE_ID}-labs.csv`), 'utf8')).toBe(encodeLabsCsv([createSeedCase()]));
    expect(await readFile(path.join(out, 'second-case-events.csv'), 'utf8')).toBe(encodeEventsCsv([other]));
    expect(stdout).toHaveLength(6);
  });

  it('turns CSV tables into one case file, the case created with no invented citation', async () => {
    const dir = await tempDir('to-json');
    const files = await writeSeedFiles(dir);
    const out = path.join(dir, 'out', 'case.json');
    const { io, err } = testIo();
    expect(await runCli(['convert', files.events, files.labs, files.evidence, '--to', 'json', '--out', out], io)).toBe(
      EXIT.ok,
    );
    const [c] = decodedCases(await readFile(out, 'utf8'));
    expect(c).toBeDefined();
    expect(c).toMatchObject({ id: SEED_CASE_ID, title: SEED_CASE_ID, createdAt: NOW, updatedAt: NOW });
    expect(c?.citation).toEqual({});
    expect(csvView(c!)).toEqual(csvView(createSeedCase()));
    expect(err).toEqual([
      `convert: case "${SEED_CASE_ID}" is new: titled by its id, with no citation or patient details (CSV has none)`,
    ]);
  });

  it('converts a text result no report prints, and says so as a warning at its cell', async () => {
    const dir = await tempDir('warn');
    const labs = path.join(dir, 'labs.csv');
    await writeFile(labs, [LABS_COLUMNS.join(','), 'c1,o1,Tear film,,2022-08,false,,,,abc,,,,'].join('\n'));
    const { io, err } = testIo();
    expect(await runCli(['convert', labs, '--to', 'json', '--out', path.join(dir, 'c.json')], io)).toBe(EXIT.ok);
    expect(err[0]).toBe(
      `convert: warning: ${labs}:2:10: “abc” is not a number or a known text result (positive, negative, normal, not detected, trace, reactive, ++, “no …” findings): it is imported as text`,
    );
  });

  it('adds CSV rows to the cases of a JSON input, and changes nothing for rows it has', async () => {
    const dir = await tempDir('merge');
    const files = await writeSeedFiles(dir);
    const extra = path.join(dir, 'extra-labs.csv');
    await writeFile(
      extra,
      [LABS_COLUMNS.join(','), `${SEED_CASE_ID},ferritin-1,Ferritin,,2022-09,false,,850.0,,,ug/L,,,`].join('\n'),
    );
    const same = path.join(dir, 'same.json');
    const merged = path.join(dir, 'merged.json');
    const { io } = testIo();
    expect(await runCli(['convert', files.json, files.events, files.labs, '--to', 'json', '--out', same], io)).toBe(
      EXIT.ok,
    );
    expect(await readFile(same, 'utf8')).toBe(seedJson());
    expect(await runCli(['convert', files.json, extra, '--to', 'json', '--out', merged], io)).toBe(EXIT.ok);
    const [c] = decodedCases(await readFile(merged, 'utf8'));
    expect(c?.observations.find((o) => o.id === 'ferritin-1')).toMatchObject({
      value: 850,
      decimalPlaces: 1,
      unit: 'ug/L',
    });
    expect(c?.updatedAt).toBe(NOW);
    expect(c?.citation).toEqual(createSeedCase().citation);
  });

  it('writes nothing when any input has a problem, and lists them all', async () => {
    const dir = await tempDir('bad');
    const files = await writeSeedFiles(dir);
    const bad = path.join(dir, 'bad.csv');
    await writeFile(
      bad,
      [LABS_COLUMNS.join(','), ',o1,CK,,2022,false,,1,,,U/L,,,', 'c1,o2,CK,,2022-00,false,,1,,,U/L,,,'].join('\n'),
    );
    const out = path.join(dir, 'out.json');
    const { io, err } = testIo();
    expect(await runCli(['convert', files.json, bad, '--to', 'json', '--out', out], io)).toBe(EXIT.badData);
    expect(err).toEqual([`${bad}:3:5: date: month 00 does not exist (01 to 12)`]);
    const empty = path.join(dir, 'empty-case-id.csv');
    await writeFile(empty, [LABS_COLUMNS.join(','), ',o1,CK,,2022,false,,1,,,U/L,,,'].join('\n'));
    const second = testIo();
    expect(await runCli(['convert', empty, '--to', 'json', '--out', out], second.io)).toBe(EXIT.badData);
    expect(second.err).toEqual([
      `${empty}:2:1: case_id is empty and no case is open: fill in case_id, or open the case the rows belong to`,
    ]);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('refuses the same case in two JSON inputs', async () => {
    const dir = await tempDir('dup');
    const files = await writeSeedFiles(dir);
    const { io, err } = testIo();
    expect(await runCli(['convert', files.json, files.json, '--to', 'csv', '--out', dir], io)).toBe(EXIT.badData);
    expect(err).toEqual([`${files.json}: cases[0].id: case "${SEED_CASE_ID}" is also in ${files.json}`]);
  });

  it.each([
    [['convert', 'a.json', '--out', 'x']],
    [['convert', 'a.json', '--to', 'xml', '--out', 'x']],
    [['convert', '--to', 'csv', '--out', 'x']],
    [['convert', 'a.json', '--to', 'csv']],
    [['convert', 'a.json', '--to', 'csv', '--out', 'x', '--force']],
  ])('exits 2 on bad usage %j', async (argv) => {
    const { io, err } = testIo();
    expect(await runCli(argv, io)).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(/usage: npm run cli/);
  });

  it('reads its own CSV output back to the same CSV bytes', async () => {
    const dir = await tempDir('again');
    const files = await writeSeedFiles(dir);
    const json = path.join(dir, 'round', 'case.json');
    const csv = path.join(dir, 'round', 'csv');
    const { io } = testIo();
    expect(await runCli(['convert', files.events, files.labs, '--to', 'json', '--out', json], io)).toBe(EXIT.ok);
    expect(await runCli(['convert', json, '--to', 'csv', '--out', csv], io)).toBe(EXIT.ok);
    expect(await readFile(path.join(csv, `${SEED_CASE_ID}-events.csv`), 'utf8')).toBe(
      await readFile(files.events, 'utf8'),
    );
    expect(await readFile(path.join(csv, `${SEED_CASE_ID}-labs.csv`), 'utf8')).toBe(await readFile(files.labs, 'utf8'));
    expect(decodeCsv(await readFile(files.labs, 'utf8')).ok).toBe(true);
  });
});

describe('cli schema', () => {
  it('writes the JSON Schema the repository publishes', async () => {
    const file = path.join(await tempDir('schema'), 'case-abstraction.schema.json');
    const { io } = testIo();
    expect(await runCli(['schema', '--out', file], io)).toBe(EXIT.ok);
    const written = await readFile(file, 'utf8');
    expect(JSON.parse(written)).toEqual(caseFileJsonSchema());
    const committed = await readFile(
      path.join(import.meta.dirname, '../../shared/codecs/json/case-abstraction.schema.json'),
      'utf8',
    );
    expect(written).toBe(committed);
  });
});

describe('cli with evidence.csv', () => {
  const FP = 'd'.repeat(64);
  /** The seed case with a listed source and a quoted anchor on its first observation. */
  function cited(): Case {
    const seed = createSeedCase();
    // The seed's own evidence is left out, so the tables hold only this one anchor.
    return {
      ...seed,
      sources: [{ fingerprint: FP, name: 'report.txt', kind: 'text', normaliserVersion: 1 }],
      diagnoses: seed.diagnoses.map(({ evidence: _evidence, ...d }) => d),
      events: seed.events.map(({ evidence: _evidence, ...e }) => e),
      observations: seed.observations.map(({ evidence: _evidence, ...o }, i) =>
        i === 0 ? { ...o, evidence: [{ source: FP, start: 10, end: 12, quote: 'CK', prefix: 'the ' }] } : o,
      ),
    };
  }

  it('converts events, labs and evidence tables into one case file, each anchor on its row', async () => {
    const dir = await tempDir('evidence-to-json');
    const c = cited();
    const names = { events: 'e.csv', labs: 'l.csv', evidence: 'x.csv' };
    await writeFile(path.join(dir, names.events), encodeEventsCsv([c]));
    await writeFile(path.join(dir, names.labs), encodeLabsCsv([c]));
    await writeFile(path.join(dir, names.evidence), encodeEvidenceCsv([c]));
    const out = path.join(dir, 'case.json');
    const { io } = testIo();
    const inputs = [names.evidence, names.events, names.labs].map((n) => path.join(dir, n));
    expect(await runCli(['convert', ...inputs, '--to', 'json', '--out', out], io)).toBe(EXIT.ok);
    const [converted] = decodedCases(await readFile(out, 'utf8'));
    expect(csvView(converted!)).toEqual(csvView(c));
  });

  it('writes evidence.csv beside the two tables, and leaves out quotes on request', async () => {
    const dir = await tempDir('evidence-to-csv');
    const json = path.join(dir, 'case.json');
    await writeFile(json, encodeCaseFile([cited()]));
    const out = path.join(dir, 'csv');
    const { io } = testIo();
    expect(await runCli(['convert', json, '--to', 'csv', '--out', out, '--without-quotes'], io)).toBe(EXIT.ok);
    expect((await readdir(out)).filter((f) => f.endsWith('-evidence.csv'))).toEqual([`${SEED_CASE_ID}-evidence.csv`]);
    const evidence = await readFile(path.join(out, `${SEED_CASE_ID}-evidence.csv`), 'utf8');
    expect(evidence).toContain(`${FP},10,12,,,`);
    expect(evidence).not.toContain('CK');
  });

  it('validates an evidence table against the rows given with it, naming the line of an anchor without its row', async () => {
    const dir = await tempDir('evidence-validate');
    const c = cited();
    const labs = path.join(dir, 'labs.csv');
    const evidence = path.join(dir, 'evidence.csv');
    await writeFile(labs, encodeLabsCsv([{ ...c, observations: c.observations.slice(1) }]));
    await writeFile(evidence, encodeEvidenceCsv([c]));
    const alone = testIo();
    expect(await runCli(['validate', evidence], alone.io)).toBe(EXIT.ok);
    expect(alone.out).toEqual([`${evidence}: valid evidence.csv table: 1 row(s)`]);
    const together = testIo();
    expect(await runCli(['validate', labs, evidence], together.io)).toBe(EXIT.badData);
    expect(together.err).toEqual([
      `${evidence}:2:3: row_id: observation "${c.observations[0]!.id}" is in none of the files imported and not in case "${SEED_CASE_ID}": import its labs.csv with it, or correct the row_id`,
    ]);
  });
});
