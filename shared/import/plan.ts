// Import planning, pure: what a decoded JSON or CSV import would change (the preview the user
// confirms), then the whole cases to write, validated, all or nothing. Used by the app and the CLI.
import { caseAnalytes, codeForRow, resolveAnalyte, withAnalyteCodes, type CaseAnalyte } from '../analytes/identity';
import {
  eventCells,
  EVENTS_COLUMNS,
  EVIDENCE_COLUMNS,
  LABS_COLUMNS,
  observationCells,
  type CsvTable,
  type EvidenceRow,
} from '../codecs/csv/case-csv';
import { SCHEMA_VERSION, type Case, type Observation, type TimelineEvent } from '../model/case';
import type { SourceText } from '../codecs/json/case-file';
import type { CaseSource, EvidenceAnchor } from '../model/evidence';
import { NORMALISER_VERSION } from '../sources/normalise';
import { formatPath, type Problem, type Result } from '../model/result';
import { validateCase } from '../model/validate';
import { stampRows } from '../editing/row-stamps';
import { detailsFlags, eventFlags, observationFlags } from '../model/plausibility';
import { checkDerivedDates } from '../dates/relative-links';
import { isKnownTextResult, KNOWN_TEXT_EXAMPLES } from '../values/text-results';

/** One decoded CSV file; `name` is how problems name the file (`labs.csv:12:8`). */
export interface CsvImportFile {
  name: string;
  table: CsvTable;
}

export type ImportSource =
  | { kind: 'json'; cases: readonly Case[]; sources?: readonly SourceText[] }
  | { kind: 'csv'; files: readonly CsvImportFile[] };

export interface ImportContext {
  /** Every stored case: ids to find conflicts, rows to find duplicates, analytes and units to tell what is new. */
  existing: readonly Case[];
  /** The case open in the app: CSV rows with an empty case_id go there. */
  openCaseId?: string | undefined;
  /** Today, for the plausible years (up to next year); the system clock's when absent. */
  today?: Date | undefined;
}

/**
 * - `create`: a new case (CSV: with only its id and rows, see {@link placeholderCase});
 * - `add`: CSV rows added to a stored case;
 * - `conflict`: a JSON case whose id is stored already: the user chooses replace, copy or skip.
 */
export type CaseAction = 'create' | 'add' | 'conflict';

export interface CasePreview {
  caseId: string;
  /** The title the case will have (CSV-created cases: their id). */
  title: string;
  action: CaseAction;
  /** The stored case's title, for `add` and `conflict`. */
  existingTitle?: string;
  /** Events and observations to be written (JSON: the case's; CSV: the new rows). */
  events: number;
  observations: number;
  /** Evidence anchors to be written (JSON: the case's, diagnoses' included; CSV: evidence.csv's new rows). */
  evidence: number;
  /** CSV rows already in the case with the same values: left as they are, not counted above. */
  unchanged: number;
  /**
   * Sources evidence.csv names by fingerprint that the case does not list: listed with that
   * fingerprint only until someone opens the document itself (which names them).
   */
  newSources: string[];
  /** True when the case is created from CSV: it has no citation until someone fills it in. */
  placeholderDetails: boolean;
}

export interface ImportPreview {
  source: 'json' | 'csv';
  cases: CasePreview[];
  totals: { cases: number; events: number; observations: number; evidence: number; unchanged: number };
  /**
   * Analytes no stored case has by that name; `similarTo` names the stored analyte it is (another
   * spelling, a synonym or abbreviation of it, or the same LOINC code: shared/analytes/identity).
   */
  newAnalytes: { analyte: string; similarTo?: string }[];
  /** CSV rows without a LOINC code that get their analyte's (from their case or the built-in list). */
  codesFilled: number;
  /** Units no stored observation has; free text when they are not UCUM. */
  newUnits: { unit: string; freeText: boolean }[];
  /** Ids of JSON cases that are stored already: each needs a {@link ConflictChoice}. */
  conflicts: string[];
  /**
   * Rows imported as they are that a person should look at, since an import has no one to ask:
   * text results no report prints ("abc"), text results with a unit, implausible years and numbers
   * (shared/model/plausibility). At most {@link MAX_LISTED_WARNINGS}.
   */
  warnings: Problem[];
  /** Warnings beyond those listed: counted, so that the preview can say how many more. */
  unlistedWarnings: number;
  /** Source texts the JSON file carries, kept in the app's source store with the cases. */
  sourceTexts: number;
}

/** Enough to see what is wrong with a file; a 100,000-row file's every row would only hide that. */
export const MAX_LISTED_WARNINGS = 100;

class Warnings {
  readonly listed: Problem[] = [];
  unlisted = 0;

  /** Checks one observation's result; `where` names the place of a field ("valueText", "unit"). */
  check(o: Observation, where: (field: 'valueText' | 'unit') => string): void {
    if (o.valueText === undefined) return;
    if (!isKnownTextResult(o.valueText)) {
      this.add({
        where: where('valueText'),
        message: `“${o.valueText}” is not a number or a known text result (${KNOWN_TEXT_EXAMPLES}): it is imported as text`,
      });
    }
    if (o.unit !== undefined) {
      this.add({
        where: where('unit'),
        message: `the text result “${o.valueText}” has a unit (“${o.unit}”), which a text result cannot have: check the row`,
      });
    }
  }

  /** Adds plausibility flags; `where` turns a flag's field (`date`, `dose.value`) into its place. */
  flag(flags: readonly Problem[], where: (field: string) => string): void {
    for (const f of flags) this.add({ where: where(f.where), message: f.message });
  }

  private add(problem: Problem): void {
    if (this.listed.length < MAX_LISTED_WARNINGS) this.listed.push(problem);
    else this.unlisted += 1;
  }
}

type Planned =
  | { source: 'json'; imported: Case; existing: Case | undefined }
  | {
      source: 'csv';
      caseId: string;
      existing: Case | undefined;
      events: TimelineEvent[];
      observations: Observation[];
      /** Anchors evidence.csv adds to rows the case has already, by `events:<id>` or `labs:<id>`. */
      storedEvidence: Record<string, EvidenceAnchor[]>;
      sources: CaseSource[];
    };

/** The preview, and what applying it needs; plain data, so it can cross from a worker. */
export interface ImportPlan {
  preview: ImportPreview;
  planned: Planned[];
  /** The source texts to keep beside the cases (a JSON file exported with them). */
  sourceTexts: SourceText[];
  /** Every case id in use, stored or imported, so that copies get ids of their own. */
  takenIds: string[];
}

export type ConflictChoice = 'replace' | 'copy' | 'skip';

export interface ApplyOptions {
  /** One choice per id in `preview.conflicts`. */
  choices?: Readonly<Record<string, ConflictChoice>>;
  /** ISO 8601 UTC timestamp for new and changed cases (`new Date().toISOString()`). */
  now: string;
  /** Who imports: signs the stored rows a CSV import changes (evidence added). */
  by?: string | undefined;
}

/**
 * Works out what an import would do. Problems (a CSV row for no case, a row whose id is taken in
 * its case by a different row) are listed all at once and mean nothing can be imported.
 */
export function planImport(source: ImportSource, context: ImportContext): Result<ImportPlan> {
  return source.kind === 'json'
    ? planJson(source.cases, source.sources ?? [], context)
    : planCsv(source.files, context);
}

/** The cases to write, whole: new ones, changed ones, replacements and copies. Validated, all or nothing. */
export function applyImportPlan(plan: ImportPlan, options: ApplyOptions): Result<Case[]> {
  const problems: Problem[] = [];
  const taken = new Set(plan.takenIds);
  const out: Case[] = [];
  const csvCaseIds = new Set<string>();
  for (const item of plan.planned) {
    if (item.source === 'csv') {
      csvCaseIds.add(item.caseId);
      const base = item.existing ?? placeholderCase(item.caseId, options.now);
      const cited = <T extends { id: string; evidence?: EvidenceAnchor[] | undefined }>(key: string, row: T): T => {
        const added = item.storedEvidence[`${key}:${row.id}`];
        return added === undefined ? row : { ...row, evidence: [...(row.evidence ?? []), ...added] };
      };
      const sources = [...(base.sources ?? []), ...item.sources];
      // A stored row given evidence is changed now, by whoever imports; the file's new rows carry no
      // stamps, since CSV holds none and the importer is not who read them from the report.
      const stamp = { at: options.now, by: options.by };
      out.push({
        ...base,
        ...(sources.length > 0 ? { sources } : {}),
        events: [
          ...stampRows(
            base.events,
            base.events.map((e) => cited('events', e)),
            stamp,
          ),
          ...item.events,
        ],
        observations: [
          ...stampRows(
            base.observations,
            base.observations.map((o) => cited('labs', o)),
            stamp,
          ),
          ...item.observations,
        ],
        updatedAt: options.now,
      });
      continue;
    }
    if (item.existing === undefined) {
      out.push(item.imported);
      continue;
    }
    const choice = options.choices?.[item.imported.id];
    if (choice === undefined) {
      problems.push({
        where: item.imported.id,
        message: `case "${item.imported.id}" is stored already: choose replace, import as a copy, or skip`,
      });
    } else if (choice === 'replace') out.push(item.imported);
    else if (choice === 'copy') {
      const id = copyId(item.imported.id, taken);
      taken.add(id);
      out.push({
        ...item.imported,
        id,
        title: `${item.imported.title} (copy)`,
        createdAt: options.now,
        updatedAt: options.now,
      });
    }
  }
  for (const c of out) {
    const checked = csvCaseIds.has(c.id) ? checkCsvResult(c) : validateCase(c);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push({ where: `case "${c.id}" ${p.where}`, message: p.message });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

/**
 * What each case to write was when the file was read: its `updatedAt`, or undefined for a case that
 * did not exist then (new cases and copies). The write compares these with the stored cases, so
 * that nothing changed while the preview was open is overwritten or brought back.
 */
export function casesAsPlanned(plan: ImportPlan, cases: readonly Case[]): Map<string, string | undefined> {
  const seen = new Map(
    plan.planned.map((item) => [item.source === 'csv' ? item.caseId : item.imported.id, item.existing?.updatedAt]),
  );
  return new Map(cases.map((c) => [c.id, seen.get(c.id)]));
}

/**
 * Checks a case that CSV rows were added to. Each row passed its schema when decoded and its id was
 * checked against the case in planning, and the stored case was valid; what is left is what only
 * the whole case can say: its details (a placeholder's too), unique ids and the dates derived across
 * rows. Parsing 100,000 rows a second time would add half again to an import's time.
 */
function checkCsvResult(c: Case): Result<Case> {
  const shell = validateCase({ ...c, events: [], observations: [] });
  const problems: Problem[] = shell.ok ? [] : [...shell.problems];
  for (const [list, items] of [
    ['events', c.events],
    ['observations', c.observations],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id))
        problems.push({ where: formatPath([list, index, 'id']), message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  }
  problems.push(...checkDerivedDates(c));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: c };
}

/**
 * The case a CSV import creates for a case_id nobody has. CSV has no case details, so it gets only
 * what is known: the id as its title (a title is needed to list it) and patient sex "unknown". No
 * authors, journal or year are invented: the case list and header show its details as missing and
 * ask for them (`missingCitationDetails`), and its export carries nothing the report did not say.
 */
export function placeholderCase(id: string, now: string): Case {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: id,
    citation: {},
    patient: { sex: 'unknown' },
    diagnoses: [],
    events: [],
    observations: [],
    createdAt: now,
    updatedAt: now,
  };
}

function planJson(
  cases: readonly Case[],
  sourceTexts: readonly SourceText[],
  context: ImportContext,
): Result<ImportPlan> {
  const stored = new Map(context.existing.map((c) => [c.id, c]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const items: { imported: Case; existing: Case | undefined }[] = [];
  cases.forEach((c, index) => {
    if (seen.has(c.id)) {
      problems.push({ where: formatPath(['cases', index, 'id']), message: `case "${c.id}" is in the import twice` });
      return;
    }
    seen.add(c.id);
    items.push({ imported: c, existing: stored.get(c.id) });
  });
  if (problems.length > 0) return { ok: false, problems };
  const warnings = new Warnings();
  const today = context.today ?? new Date();
  cases.forEach((c, caseIndex) => {
    warnings.flag(detailsFlags(c, today), (field) => `${formatPath(['cases', caseIndex])}.${field}`);
    c.events.forEach((e, index) =>
      warnings.flag(eventFlags(e, today), (field) => `${formatPath(['cases', caseIndex, 'events', index])}.${field}`),
    );
    c.observations.forEach((o, index) => {
      const at = (field: string) => `${formatPath(['cases', caseIndex, 'observations', index])}.${field}`;
      warnings.check(o, at);
      warnings.flag(observationFlags(o, today), at);
    });
  });
  const previews = items.map(({ imported, existing }): CasePreview => ({
    caseId: imported.id,
    title: imported.title,
    action: existing === undefined ? 'create' : 'conflict',
    ...(existing === undefined ? {} : { existingTitle: existing.title }),
    events: imported.events.length,
    observations: imported.observations.length,
    evidence: [...imported.diagnoses, ...imported.events, ...imported.observations].reduce(
      (n, row) => n + (row.evidence?.length ?? 0),
      0,
    ),
    unchanged: 0,
    newSources: [],
    placeholderDetails: false,
  }));
  return {
    ok: true,
    value: {
      preview: {
        ...preview(
          'json',
          previews,
          cases.flatMap((c) => c.observations),
          context.existing,
          warnings,
        ),
        sourceTexts: sourceTexts.length,
      },
      planned: items.map((item) => ({ source: 'json', ...item })),
      sourceTexts: [...sourceTexts],
      takenIds: [...new Set([...stored.keys(), ...seen])],
    },
  };
}

interface CsvTarget {
  caseId: string;
  existing: Case | undefined;
  events: TimelineEvent[];
  observations: Observation[];
  unchanged: number;
  /** `kind:id` → where the row was first seen, for duplicates across files. */
  seen: Map<string, string>;
  /** The stored case's rows by `kind:id`, to tell a row already there from a clash. */
  stored: Map<string, TimelineEvent | Observation>;
  /** The stored case's analytes, worked out when a stored row is first compared. */
  storedAnalytes?: CaseAnalyte[];
  /** Anchors for stored rows, by `kind:id`. */
  storedEvidence: Record<string, EvidenceAnchor[]>;
  evidence: number;
  /** Fingerprints the case lists, stored or to be added. */
  listedSources: Set<string>;
  sources: CaseSource[];
}

/**
 * A row as the import would store it, for the comparison with the stored one: a row without a code
 * gets the code its analyte has in the case (as it did when the file was imported the first time),
 * so that importing the same file twice finds its rows unchanged.
 */
function asImported(target: CsvTarget, row: Observation): Observation {
  if (row.loinc !== undefined || target.existing === undefined) return row;
  target.storedAnalytes ??= caseAnalytes(target.existing.observations);
  const loinc = codeForRow(row, target.storedAnalytes);
  return loinc === undefined ? row : { ...row, loinc };
}

function planCsv(files: readonly CsvImportFile[], context: ImportContext): Result<ImportPlan> {
  const stored = new Map(context.existing.map((c) => [c.id, c]));
  const problems: Problem[] = [];
  const targets = new Map<string, CsvTarget>();
  const warnings = new Warnings();
  const today = context.today ?? new Date();
  const { openCaseId } = context;
  if (openCaseId !== undefined && !stored.has(openCaseId)) {
    problems.push({ where: 'open case', message: `the open case "${openCaseId}" is not stored` });
  }
  const targetFor = (caseId: string): CsvTarget => {
    let target = targets.get(caseId);
    if (target === undefined) {
      const existing = stored.get(caseId);
      const rows = new Map<string, TimelineEvent | Observation>([
        ...(existing?.events ?? []).map((e) => [`events:${e.id}`, e] as const),
        ...(existing?.observations ?? []).map((o) => [`labs:${o.id}`, o] as const),
      ]);
      target = {
        caseId,
        existing,
        events: [],
        observations: [],
        unchanged: 0,
        seen: new Map(),
        stored: rows,
        storedEvidence: {},
        evidence: 0,
        listedSources: new Set((existing?.sources ?? []).map((source) => source.fingerprint)),
        sources: [],
      };
      targets.set(caseId, target);
    }
    return target;
  };

  /** The case a row belongs to: its case_id, else the open case; neither is a problem at its line. */
  const caseOf = (row: { caseId?: string | undefined; line: number }, file: string): string | undefined => {
    const caseId = row.caseId ?? openCaseId;
    if (caseId === undefined) {
      problems.push({
        where: `${file}:${row.line}:1`,
        message: 'case_id is empty and no case is open: fill in case_id, or open the case the rows belong to',
      });
    }
    return caseId;
  };

  // Rows first, then their evidence: an anchor may name a row of any file of the import.
  const rowFiles = files.filter((f) => f.table.kind !== 'evidence');
  const evidenceFiles = files.filter((f) => f.table.kind === 'evidence');
  for (const file of rowFiles) {
    const { table, name } = file;
    if (table.kind === 'evidence') continue;
    const columns: readonly string[] = table.kind === 'events' ? EVENTS_COLUMNS : LABS_COLUMNS;
    const idColumn = table.kind === 'events' ? 'event_id' : 'observation_id';
    for (const row of table.rows) {
      const caseId = caseOf(row, name);
      if (caseId === undefined) continue;
      const target = targetFor(caseId);
      const id = 'event' in row ? row.event.id : row.observation.id;
      const key = `${table.kind}:${id}`;
      const here = `${name}:${row.line}`;
      const first = target.seen.get(key);
      if (first !== undefined) {
        problems.push({ where: `${here}:2`, message: `${idColumn}: "${id}" of case "${caseId}" is also on ${first}` });
        continue;
      }
      target.seen.set(key, here);
      const storedRow = target.stored.get(key);
      if (storedRow !== undefined) {
        const cells =
          'event' in row
            ? eventCells(caseId, row.event)
            : observationCells(caseId, asImported(target, row.observation));
        const storedCells =
          'event' in row
            ? eventCells(caseId, storedRow as TimelineEvent)
            : observationCells(caseId, storedRow as Observation);
        const differing = columns.filter((_, i) => cells[i] !== storedCells[i]);
        if (differing.length === 0) target.unchanged += 1;
        else {
          problems.push({
            where: `${here}:2`,
            message:
              `${idColumn}: "${id}" is in case "${caseId}" already, with other values (${differing.join(', ')}): ` +
              `give the row a new ${idColumn}, or change the stored one in the app`,
          });
        }
        continue;
      }
      if ('event' in row) {
        target.events.push(row.event);
        warnings.flag(eventFlags(row.event, today), (field) => `${here}:${columnOf(EVENTS_COLUMNS, field)}`);
      } else {
        target.observations.push(row.observation);
        warnings.check(row.observation, (field) => `${here}:${field === 'unit' ? UNIT_COLUMN : VALUE_TEXT_COLUMN}`);
        warnings.flag(observationFlags(row.observation, today), (field) => `${here}:${columnOf(LABS_COLUMNS, field)}`);
      }
    }
  }
  for (const { name, table } of evidenceFiles) {
    if (table.kind !== 'evidence') continue;
    for (const row of table.rows) {
      const caseId = caseOf(row, name);
      if (caseId === undefined) continue;
      const problem = addEvidence(targetFor(caseId), row, name);
      if (problem !== undefined) problems.push(problem);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  // A row imported as "CPK" gets the code the case's CK rows have, as the form would give it; the
  // name stays as the file spells it. Done after the comparison with stored rows, so a file
  // exported from the app still finds its rows unchanged.
  let codesFilled = 0;
  for (const t of targets.values()) {
    const coded = withAnalyteCodes(t.observations, t.existing?.observations ?? []);
    t.observations = coded.rows;
    codesFilled += coded.filled;
  }

  const list = [...targets.values()];
  const previews = list.map((t): CasePreview => ({
    caseId: t.caseId,
    title: t.existing?.title ?? t.caseId,
    action: t.existing === undefined ? 'create' : 'add',
    ...(t.existing === undefined ? {} : { existingTitle: t.existing.title }),
    events: t.events.length,
    observations: t.observations.length,
    evidence: t.evidence,
    unchanged: t.unchanged,
    newSources: t.sources.map((source) => source.fingerprint),
    placeholderDetails: t.existing === undefined,
  }));
  return {
    ok: true,
    value: {
      preview: {
        ...preview(
          'csv',
          previews,
          list.flatMap((t) => t.observations),
          context.existing,
          warnings,
        ),
        codesFilled,
      },
      // Targets whose every row is already stored change nothing and are not written.
      planned: list
        .filter((t) => t.existing === undefined || t.events.length + t.observations.length + t.evidence > 0)
        .map((t) => ({
          source: 'csv',
          caseId: t.caseId,
          existing: t.existing,
          events: t.events,
          observations: t.observations,
          storedEvidence: t.storedEvidence,
          sources: t.sources,
        })),
      sourceTexts: [],
      takenIds: [...new Set([...stored.keys(), ...targets.keys()])],
    },
  };
}

const ROW_ID_COLUMN = EVIDENCE_COLUMNS.indexOf('row_id') + 1;

/**
 * Adds one evidence.csv anchor to the row it names: a row of this import or one the case has. An
 * anchor the stored row has already is counted unchanged. A source the case does not list is listed
 * by its fingerprint, since CSV carries no name or kind; opening the document names it.
 */
function addEvidence(target: CsvTarget, row: EvidenceRow, fileName: string): Problem | undefined {
  const { rowKind, rowId, anchor } = row;
  const key = `${rowKind === 'event' ? 'events' : 'labs'}:${rowId}`;
  const list: (TimelineEvent | Observation)[] = rowKind === 'event' ? target.events : target.observations;
  const index = target.seen.has(key) ? list.findIndex((r) => r.id === rowId) : -1;
  const storedRow = target.stored.get(key);
  if (index === -1 && storedRow === undefined) {
    return {
      where: `${fileName}:${row.line}:${ROW_ID_COLUMN}`,
      message:
        `row_id: ${rowKind} "${rowId}" is in none of the files imported and not in case "${target.caseId}": ` +
        `import its ${rowKind === 'event' ? 'events.csv' : 'labs.csv'} with it, or correct the row_id`,
    };
  }
  if (index !== -1) {
    const cited = list[index]!;
    list[index] = { ...cited, evidence: [...(cited.evidence ?? []), anchor] };
  } else {
    const has = [...(storedRow?.evidence ?? []), ...(target.storedEvidence[key] ?? [])];
    if (has.some((a) => JSON.stringify(a) === JSON.stringify(anchor))) {
      target.unchanged += 1;
      return undefined;
    }
    (target.storedEvidence[key] ??= []).push(anchor);
  }
  target.evidence += 1;
  if (!target.listedSources.has(anchor.source)) {
    target.listedSources.add(anchor.source);
    target.sources.push({
      fingerprint: anchor.source,
      name: `Source ${anchor.source.slice(0, 12)} (from ${fileName})`.slice(0, 200),
      kind: 'text',
      normaliserVersion: NORMALISER_VERSION,
    });
  }
  return undefined;
}

/** 1-based columns of labs.csv, for warnings at `labs.csv:line:column` as problems are. */
const VALUE_TEXT_COLUMN = LABS_COLUMNS.indexOf('value_text') + 1;
const UNIT_COLUMN = LABS_COLUMNS.indexOf('unit') + 1;

/** The CSV column that holds a flagged field. */
const FLAGGED_COLUMNS: Record<string, string> = {
  date: 'date',
  value: 'value',
  valueHigh: 'value_high',
  'referenceRange.low': 'ref_low',
  'referenceRange.high': 'ref_high',
  start: 'start_date',
  end: 'end_date',
  'dose.value': 'dose_value',
};
const columnOf = (columns: readonly string[], field: string) => columns.indexOf(FLAGGED_COLUMNS[field] ?? field) + 1;

function preview(
  source: 'json' | 'csv',
  cases: CasePreview[],
  incoming: readonly Observation[],
  existing: readonly Case[],
  warnings: Warnings,
): ImportPreview {
  const storedAnalytes = new Set<string>();
  const storedUnits = new Set<string>();
  for (const c of existing) {
    for (const o of c.observations) {
      storedAnalytes.add(o.analyte);
      if (o.unit !== undefined) storedUnits.add(o.unit);
    }
  }
  const known = caseAnalytes(existing.flatMap((c) => c.observations));
  const newAnalytes = new Map<string, { analyte: string; similarTo?: string }>();
  const newUnits = new Map<string, { unit: string; freeText: boolean }>();
  for (const o of incoming) {
    if (!storedAnalytes.has(o.analyte) && !newAnalytes.has(o.analyte)) {
      const similar = resolveAnalyte(o.analyte, known, o.loinc)?.name;
      newAnalytes.set(o.analyte, { analyte: o.analyte, ...(similar === undefined ? {} : { similarTo: similar }) });
    }
    if (o.unit !== undefined && !storedUnits.has(o.unit) && !newUnits.has(o.unit)) {
      newUnits.set(o.unit, { unit: o.unit, freeText: o.unitIsFreeText === true });
    }
  }
  const sum = (pick: (c: CasePreview) => number) => cases.reduce((n, c) => n + pick(c), 0);
  return {
    source,
    cases,
    totals: {
      cases: cases.length,
      events: sum((c) => c.events),
      observations: sum((c) => c.observations),
      evidence: sum((c) => c.evidence),
      unchanged: sum((c) => c.unchanged),
    },
    newAnalytes: [...newAnalytes.values()],
    newUnits: [...newUnits.values()],
    codesFilled: 0,
    conflicts: cases.filter((c) => c.action === 'conflict').map((c) => c.caseId),
    warnings: warnings.listed,
    unlistedWarnings: warnings.unlisted,
    sourceTexts: 0,
  };
}

/** `<id>-copy`, `<id>-copy-2`, …: free, and within the 64 characters an id may have. */
function copyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
