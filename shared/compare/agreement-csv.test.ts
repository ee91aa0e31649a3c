import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../codecs/csv/csv-records';
import { AGREEMENT_CSV_COLUMNS, agreementCsv } from './agreement-csv';
import { compareCases } from './compare-cases';
import type { Decisions } from './compare-types';
import { plantedCopy } from './planted';

const planted = plantedCopy();
const comparison = compareCases(planted.left, planted.right);
const decisions: Decisions = Object.fromEntries(
  comparison.items.filter((i) => i.status !== 'agree').map((i) => [i.key, { choice: 'right' } as const]),
);
const { [comparison.items.find((i) => i.status === 'left-only')!.key]: _undecided, ...allButOne } = decisions;

function read(csv: string): Record<string, string>[] {
  const { records, problems } = parseCsvRecords(csv);
  expect(problems).toEqual([]);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.cells.map((name, i) => [name, r.cells[i] ?? ''])));
}

describe('agreementCsv', () => {
  const csv = agreementCsv(comparison, allButOne, 'J. Y.', '=D. W.');
  const rows = read(csv);

  it('writes the documented columns, one row per item, as the CSV codec writes (BOM, CRLF)', () => {
    expect(csv.startsWith('\uFEFFitem_key,kind,event_kind,name,status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsvRecords(csv).records[0]!.cells).toEqual(AGREEMENT_CSV_COLUMNS.map(([name]) => name));
    expect(rows).toHaveLength(comparison.items.length);
  });

  it('holds only values of its type in each typed column', () => {
    for (const [name, type] of AGREEMENT_CSV_COLUMNS) {
      const shape = type === 'integer' ? /^(-?\d+)?$/ : type === 'boolean' ? /^(true|false)?$/ : /^/;
      for (const row of rows) expect(row[name], `${name} of ${row.item_key}`).toMatch(shape);
    }
  });

  it('marks the planted differences as disagreements, with both values', () => {
    const ck = rows.find((r) => r.item_key === 'observation:ck-admission:ck-admission')!;
    expect(ck).toMatchObject({
      kind: 'observation',
      name: 'Creatine kinase (CK)',
      status: 'differ',
      paired_by: 'evidence',
      differences: '1',
      value_left: '1620',
      value_right: '1720',
      value_agree: 'false',
      unit_left: 'U/L',
      unit_right: 'U/L',
      unit_agree: 'true',
      date_precision_agree: 'true',
      approximate_left: 'true',
      // Not a field of a lab: no value, no agreement.
      dose_left: '',
      dose_agree: '',
      decision: 'right',
      kept: 'true',
    });
    const precision = rows.find((r) => r.item_key === 'event:ofatumumab-dose-2:ofatumumab-dose-2')!;
    expect(precision).toMatchObject({
      event_kind: 'treatment',
      date_left: '2022-11-01',
      date_right: '2022-11',
      date_agree: 'true',
      date_precision_left: 'day',
      date_precision_right: 'month',
      date_precision_agree: 'false',
    });
  });

  it('shows an event’s label on both sides, its agreement only for a treatment (other events are paired by it)', () => {
    const symptom = rows.find((r) => r.event_kind === 'symptom' && r.status === 'agree')!;
    expect(symptom.label_left).not.toBe('');
    expect(symptom.label_right).toBe(symptom.label_left);
    expect(symptom.label_agree).toBe('');
    const treatment = rows.find((r) => r.event_kind === 'treatment' && r.status === 'agree')!;
    expect(treatment.label_agree).toBe('true');
  });

  it('leaves agreement empty (NA) for items found on one side, and says whether each is kept', () => {
    const deleted = rows.filter((r) => r.status === 'left-only');
    expect(deleted.map((r) => [r.decision, r.kept])).toEqual([
      ['', ''],
      ['right', 'false'],
      ['right', 'false'],
      ['right', 'false'],
    ]);
    for (const r of deleted) {
      expect(r.differences).toBe('');
      expect(r.date_agree).toBe('');
      expect(r.date_left).not.toBe('');
      expect(r.date_right).toBe('');
    }
    const added = rows.filter((r) => r.status === 'right-only');
    expect(added.map((r) => [r.decision, r.kept])).toEqual([
      ['right', 'true'],
      ['right', 'true'],
      ['right', 'true'],
    ]);
    expect(rows.filter((r) => r.status === 'agree').every((r) => r.decision === 'agreed' && r.kept === 'true')).toBe(
      true,
    );
  });

  it('escapes text a spreadsheet would run as a formula, names included', () => {
    expect(rows[0]).toMatchObject({ left_abstractor: 'J. Y.', right_abstractor: "'=D. W." });
  });

  it('is documented column by column, with its type, in the CSV contract', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../codecs/csv/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Agreement CSV'));
    expect(section.length).toBeGreaterThan(20);
    for (const [name, type] of AGREEMENT_CSV_COLUMNS) {
      if (/_(left|right|agree)$/.test(name) && !/^(left|right)_/.test(name)) continue;
      expect(section, name).toMatch(new RegExp(`\`${name}\`[^\\n]*\\| ${type}`));
    }
    for (const field of new Set(AGREEMENT_CSV_COLUMNS.map(([n]) => n.match(/^(.+)_(left|right|agree)$/)?.[1]))) {
      if (field === undefined || field === 'left' || field === 'right') continue;
      expect(section, field).toContain(`\`${field}\``);
    }
  });
});
