// What `npm audit --json` says about the packages the app ships: its production dependencies and Electron itself.
import { z } from 'zod';

/** Advisories of these severities in a shipped package fail `npm run security`. */
export const BLOCKING_AUDIT_SEVERITIES: ReadonlySet<string> = new Set(['high', 'critical']);

const lockSchema = z.object({
  packages: z.record(z.string(), z.object({ dev: z.boolean().optional() }).loose()),
});

/**
 * The install paths (`node_modules/zod`, `node_modules/a/node_modules/b`) of everything that ships:
 * packages package-lock.json does not mark dev-only, and Electron, a devDependency only because
 * electron-builder wants it there, whose runtime is inside every installer.
 */
export function shippedInstallPaths(lockText: string): Set<string> {
  const lock = lockSchema.safeParse(JSON.parse(lockText));
  if (!lock.success) throw new Error('package-lock.json: no "packages" map (lockfileVersion 2 or later is needed)');
  const shipped = new Set<string>(['node_modules/electron']);
  for (const [installPath, entry] of Object.entries(lock.data.packages)) {
    if (installPath.startsWith('node_modules/') && entry.dev !== true) shipped.add(installPath);
  }
  return shipped;
}

const advisorySchema = z.object({ title: z.string().optional(), url: z.string().optional() }).loose();
const reportSchema = z.object({
  vulnerabilities: z.record(
    z.string(),
    z
      .object({
        name: z.string(),
        severity: z.string(),
        nodes: z.array(z.string()),
        via: z.array(z.union([z.string(), advisorySchema])),
      })
      .loose(),
  ),
});

export interface ShippedAdvisory {
  name: string;
  severity: string;
  /** Titles and links of the advisories, or the packages through which the problem comes in. */
  via: string[];
}

export type AuditOutcome =
  { kind: 'unavailable'; reason: string } | { kind: 'checked'; blocking: ShippedAdvisory[]; notShippedOrLower: number };

/**
 * Reads `npm audit --json`. When the advisory service cannot be reached npm prints an error object
 * instead of a report; that is "unavailable", never a pass or a failure.
 */
export function reviewAudit(auditJson: string, shipped: ReadonlySet<string>): AuditOutcome {
  let json: unknown;
  try {
    json = JSON.parse(auditJson);
  } catch {
    return { kind: 'unavailable', reason: 'npm audit printed no JSON' };
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) {
    const message = z.object({ message: z.string() }).safeParse(json);
    const error = z.object({ error: z.object({ summary: z.string() }) }).safeParse(json);
    const reason = message.success ? message.data.message : error.success ? error.data.error.summary : '';
    return { kind: 'unavailable', reason: reason || 'npm audit gave no report' };
  }
  const blocking: ShippedAdvisory[] = [];
  let notShippedOrLower = 0;
  for (const vulnerability of Object.values(report.data.vulnerabilities)) {
    const ships = vulnerability.nodes.some((node) => shipped.has(node));
    if (!ships || !BLOCKING_AUDIT_SEVERITIES.has(vulnerability.severity)) {
      notShippedOrLower += 1;
      continue;
    }
    blocking.push({
      name: vulnerability.name,
      severity: vulnerability.severity,
      via: vulnerability.via.map((via) =>
        typeof via === 'string' ? `through ${via}` : [via.title, via.url].filter(Boolean).join(' '),
      ),
    });
  }
  return { kind: 'checked', blocking, notShippedOrLower };
}
