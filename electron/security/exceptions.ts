// The reviewed list of Electronegativity findings that stay (security-exceptions.json), and the review of a scan against it.
import { z } from 'zod';
import type { ScanFinding } from './electronegativity';

/** A finding of these severities fails `npm run security` unless the list names it. */
export const BLOCKING_SEVERITIES: ReadonlySet<string> = new Set(['HIGH', 'MEDIUM']);

export const securityExceptionSchema = z.strictObject({
  /** Electronegativity's check id, e.g. `SANDBOX_JS_CHECK`. */
  check: z.string().regex(/^[A-Z][A-Z0-9_]*_CHECK$/, 'an Electronegativity check id such as SANDBOX_JS_CHECK'),
  /** The source file the finding points at, from the repository root (`electron/main/main.ts`). */
  file: z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'a path from the repository root, with / between folders'),
  /** Why the finding does not apply: what the checker cannot see, and where the setting is made. */
  reason: z.string().min(20, 'a reason a reviewer can check (at least 20 characters)'),
  /** The unit test that proves the setting the checker cannot see. */
  test: z.string().regex(/\.test\.ts$/, 'a test file (…/name.test.ts)'),
});
export type SecurityException = z.infer<typeof securityExceptionSchema>;

export const securityExceptionsSchema = z.array(securityExceptionSchema);

/** Reads the list; a bad entry is named by its index and field, with the file it is in. */
export function parseSecurityExceptions(text: string, place: string): SecurityException[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${place}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = securityExceptionsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    throw new Error(`${place}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'not a list of exceptions'}`);
  }
  const seen = new Set<string>();
  for (const [index, entry] of parsed.data.entries()) {
    const key = `${entry.check} ${entry.file}`;
    if (seen.has(key)) throw new Error(`${place} at [${index}]: ${entry.check} in ${entry.file} is listed twice`);
    seen.add(key);
  }
  return parsed.data;
}

export interface ScanReview {
  /** High or medium findings the list does not name: each fails the run. */
  blocking: ScanFinding[];
  /** High or medium findings the list names, with the entry that covers them. */
  excepted: { finding: ScanFinding; exception: SecurityException }[];
  /** Low and informational findings: shown, never failing. */
  advisory: ScanFinding[];
  /** Entries that matched nothing in this scan: the list must stay short, so these fail too. */
  stale: SecurityException[];
}

/** An entry covers every finding of its check in its file, whatever the line (lines move as code changes). */
export function reviewFindings(findings: readonly ScanFinding[], exceptions: readonly SecurityException[]): ScanReview {
  const review: ScanReview = { blocking: [], excepted: [], advisory: [], stale: [] };
  const used = new Set<SecurityException>();
  for (const finding of findings) {
    if (!BLOCKING_SEVERITIES.has(finding.severity)) {
      review.advisory.push(finding);
      continue;
    }
    const exception = exceptions.find((entry) => entry.check === finding.check && entry.file === finding.file);
    if (exception) {
      used.add(exception);
      review.excepted.push({ finding, exception });
    } else {
      review.blocking.push(finding);
    }
  }
  review.stale = exceptions.filter((entry) => !used.has(entry));
  return review;
}
