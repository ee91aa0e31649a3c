// Reads the cells of one CSV row by column name and collects its problems as `line:column`.
// A class with few allocations: a 100,000-row import makes one per row.
import { IdSchema } from '../../model/id';
import type { Problem } from '../../model/result';
import { readBoolean, readNumber, unescapeText, type CellNumber } from './cells';

/** The part of a zod issue a row needs. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export class RowReader<C extends string> {
  readonly problems: Problem[] = [];
  private flagged: Set<C> | undefined;

  constructor(
    private readonly index: Readonly<Record<C, number>>,
    private readonly cells: readonly string[],
    readonly line: number,
  ) {}

  private raw(column: C): string {
    return this.cells[this.index[column]] ?? '';
  }

  /** A free-text cell exactly as typed (escape undone); absent when empty. */
  text(column: C): string | undefined {
    const text = unescapeText(this.raw(column));
    return text === '' ? undefined : text;
  }

  /** An identifier, date, flag or code: surrounding spaces dropped, escape undone; absent when empty. */
  code(column: C): string | undefined {
    const text = unescapeText(this.raw(column).trim()).trim();
    return text === '' ? undefined : text;
  }

  /** A numeric cell; absent when empty or when it is not a number (then a problem is recorded). */
  number(column: C): CellNumber | undefined {
    const cell = this.raw(column).trim();
    if (cell === '') return undefined;
    const read = readNumber(cell);
    if (read.ok) return read.value;
    for (const p of read.problems) this.problem(column, p.message);
    return undefined;
  }

  /** A true/false cell; empty is false; anything else is a problem, and false. */
  boolean(column: C): boolean {
    const read = readBoolean(this.raw(column).trim());
    if (read.ok) return read.value;
    for (const p of read.problems) this.problem(column, p.message);
    return false;
  }

  problem(column: C, message: string): void {
    (this.flagged ??= new Set()).add(column);
    this.problems.push({ where: `${this.line}:${this.index[column] + 1}`, message: `${column}: ${message}` });
  }

  /** Adds zod's issues, each at the column its path maps to, unless that column already has a problem. */
  schemaIssues(issues: readonly SchemaIssue[], columnOf: (path: readonly PropertyKey[]) => C | undefined): void {
    for (const issue of issues) {
      const column = columnOf(issue.path);
      if (column === undefined) this.problems.push({ where: `${this.line}:1`, message: issue.message });
      else if (!this.flagged?.has(column)) {
        this.problems.push({ where: `${this.line}:${this.index[column] + 1}`, message: `${column}: ${issue.message}` });
      }
    }
  }
}

/** Column name → 0-based position, made once per table. */
export function columnIndex<C extends string>(columns: readonly C[]): Readonly<Record<C, number>> {
  return Object.fromEntries(columns.map((column, i) => [column, i])) as Record<C, number>;
}

/** The `case_id` cell, checked as a case id; absent when empty (the rows then go to the open case). */
export function readCaseId<C extends string>(row: RowReader<C>, column: C): string | undefined {
  const caseId = row.code(column);
  if (caseId === undefined) return undefined;
  const parsed = IdSchema.safeParse(caseId);
  if (!parsed.success) for (const issue of parsed.error.issues) row.problem(column, issue.message);
  return caseId;
}
