// Entry point of `npm run security`: the Electron-major check, Electronegativity and npm audit, with one exit status.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewAudit, shippedInstallPaths } from './audit';
import { electronSupport, SUPPORTED_MAJORS } from './electron-version';
import { SCANNED_SOURCES, scanWithElectronegativity, WHOLE_APP, type ScanFinding } from './electronegativity';
import { parseSecurityExceptions, reviewFindings } from './exceptions';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXCEPTIONS_FILE = 'security-exceptions.json';

/** Runs npm; an npm that fails or cannot reach the registry still hands back what it printed. */
function npm(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', args, { cwd: root, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: error === null, stdout, stderr }),
    );
  });
}

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(path.join(root, relativePath), 'utf8'));
}

const where = (finding: ScanFinding) => (finding.file === WHOLE_APP ? finding.file : `${finding.file}:${finding.line}`);

const problems: string[] = [];
const say = (line = '') => console.log(line);

// 1. Electron still gets security fixes.
const installed = (readJson('node_modules/electron/package.json') as { version: string }).version;
const latestAnswer = await npm(['view', 'electron', 'version']);
const support = electronSupport(installed, latestAnswer.ok ? latestAnswer.stdout : undefined);
if (support.kind === 'latest unknown') {
  say(`Electron ${installed}: latest unknown (the registry did not answer \`npm view electron version\`)`);
} else {
  const behind = support.majorsBehind === 1 ? '1 major' : `${support.majorsBehind} majors`;
  say(`Electron ${installed}: the registry's latest is ${support.latest}, ${behind} behind`);
  if (support.kind === 'unsupported') {
    problems.push(
      `Electron ${installed} is ${behind} behind ${support.latest}; only the latest ${SUPPORTED_MAJORS} majors get security fixes`,
    );
  }
}

// 2. Electronegativity, against the reviewed exceptions.
const exceptions = parseSecurityExceptions(readFileSync(path.join(root, EXCEPTIONS_FILE), 'utf8'), EXCEPTIONS_FILE);
const scannerVersion = (readJson('node_modules/@doyensec/electronegativity/package.json') as { version: string })
  .version;
say();
say(`Electronegativity ${scannerVersion}, told Electron ${installed}, over ${SCANNED_SOURCES.join(', ')}:`);
// A scan that cannot run (a bundle that does not build) fails the run rather than the script.
const scan = await scanWithElectronegativity(root, installed).catch((error: unknown) => {
  problems.push(`Electronegativity did not run: ${error instanceof Error ? error.message : String(error)}`);
  return undefined;
});
for (const error of scan?.errors ?? []) problems.push(`Electronegativity could not read ${error}`);
// With no scan, no entry is reported stale: that would only hide the real problem.
const review = reviewFindings(scan?.findings ?? [], scan ? exceptions : []);
for (const finding of review.blocking) {
  say(`  ${finding.severity.padEnd(6)} ${finding.check} at ${where(finding)}: ${finding.description}`);
  problems.push(`${finding.severity} ${finding.check} at ${where(finding)} is not in ${EXCEPTIONS_FILE}`);
}
for (const { finding, exception } of review.excepted) {
  say(`  ${finding.severity.padEnd(6)} ${finding.check} at ${where(finding)}: listed (${exception.test})`);
}
for (const finding of review.advisory) {
  say(`  ${finding.severity.padEnd(6)} ${finding.check} at ${where(finding)}: ${finding.description} (never fails)`);
}
for (const exception of review.stale) {
  problems.push(`${EXCEPTIONS_FILE}: ${exception.check} in ${exception.file} is no longer found; remove the entry`);
}
for (const exception of exceptions) {
  if (!existsSync(path.join(root, exception.test))) {
    problems.push(`${EXCEPTIONS_FILE}: ${exception.check} names ${exception.test}, which does not exist`);
  }
}
if (scan?.findings.length === 0) say('  no findings');

// 3. npm audit over what ships (the production tree and Electron).
say();
const audit = reviewAudit(
  (await npm(['audit', '--json'])).stdout,
  shippedInstallPaths(readFileSync(path.join(root, 'package-lock.json'), 'utf8')),
);
if (audit.kind === 'unavailable') {
  say(`npm audit: audit unavailable (${audit.reason.split('\n')[0]})`);
} else {
  say(
    `npm audit: ${audit.blocking.length} high or critical in what ships; ${audit.notShippedOrLower} lower or in dev tools only`,
  );
  for (const advisory of audit.blocking) {
    problems.push(`npm audit: ${advisory.severity} in ${advisory.name}: ${advisory.via.join('; ')}`);
  }
}

say();
if (problems.length === 0) {
  say('security: passed');
} else {
  for (const problem of problems) say(`✗ ${problem}`);
  say(`security: failed (${problems.length})`);
  process.exitCode = 1;
}
