// Electronegativity over the main process and the preload, bundled as ES modules, with each finding traced back to its source file.
import { build, type BuildOptions } from 'esbuild';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire, SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface ScanFinding {
  /** Electronegativity's check id, e.g. `SANDBOX_JS_CHECK`. */
  check: string;
  /** The source file from the repository root, or `(whole app)` for checks over every file. */
  file: string;
  /** 1-based line in that file; 0 when the check is about the whole app. */
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

/** Where a finding in a scanned file came from: the source file (from the repository root) and its 1-based line. */
export type Locate = (scannedFile: string, line: number, column: number) => { file: string; line: number };

export const WHOLE_APP = '(whole app)';

const issueSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }),
  severity: z.object({ name: z.string() }),
  confidence: z.object({ name: z.string() }),
  description: z.string().optional(),
});
const reportSchema = z.object({
  issues: z.array(issueSchema),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean().optional() })),
});

/**
 * Electronegativity's programmatic result, checked (its shape is not a published API) and turned
 * into findings on source files. Files it could not parse are returned as errors: a scan that
 * skipped a file is blind there.
 */
export function findingsFromReport(report: unknown, locate: Locate): { findings: ScanFinding[]; errors: string[] } {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) {
    throw new Error(`Electronegativity's result has an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  const findings = parsed.data.issues.map((issue): ScanFinding => {
    const wholeApp = issue.file === 'N/A' || issue.location.line === 0;
    const at = wholeApp
      ? { file: issue.file === 'N/A' ? WHOLE_APP : locate(issue.file, 1, 0).file, line: 0 }
      : locate(issue.file, issue.location.line, issue.location.column);
    return {
      check: issue.id,
      ...at,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description ?? '',
    };
  });
  const errors = parsed.data.errors
    .filter((error) => error.tolerable !== true)
    .map((error) => `${error.file}: ${error.message}`);
  return { findings, errors };
}

/** The files handed to Electronegativity, named as it needs them (it reads only .js, .ts, .html, .json). */
const SCANNED = {
  main: { entry: 'electron/main/main.ts', scanned: 'main.js' },
  preload: { entry: 'electron/preload/preload.ts', scanned: 'preload.js' },
  page: { source: 'renderer/index.html', scanned: 'index.html' },
} as const;

export const SCANNED_SOURCES = [SCANNED.main.entry, SCANNED.preload.entry, SCANNED.page.source];

type Electronegativity = (
  options: {
    input: string;
    electronVersionOverride: string;
    customScan: string[];
    excludeFromScan: string[];
    isRelative: boolean;
    parserPlugins: string[];
  },
  forCli: false,
) => Promise<unknown>;

/**
 * Bundles the main process and the preload the way electron/build.ts does, but as ES modules: in
 * the CommonJS bundle that ships, esbuild writes `new import_electron.BrowserWindow(…)`, and
 * Electronegativity's checks only recognise `new BrowserWindow(…)`, so a scan of dist/electron/*.cjs
 * comes back clean because it is blind. Its parser also predates some TypeScript syntax, so it is
 * given JavaScript, not the sources; the source maps lead each finding back to the source line.
 */
export async function scanWithElectronegativity(
  root: string,
  electronVersion: string,
): Promise<{ findings: ScanFinding[]; errors: string[] }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'case-abstractor-scan-'));
  try {
    const common: BuildOptions = {
      bundle: true,
      format: 'esm',
      external: ['electron'],
      sourcemap: true,
      logLevel: 'error',
      absWorkingDir: root,
    };
    await Promise.all([
      build({
        ...common,
        entryPoints: [SCANNED.main.entry],
        outfile: path.join(folder, SCANNED.main.scanned),
        platform: 'node',
        target: 'node20',
      }),
      build({
        ...common,
        entryPoints: [SCANNED.preload.entry],
        outfile: path.join(folder, SCANNED.preload.scanned),
        platform: 'browser',
        target: 'chrome130',
      }),
      copyFile(path.join(root, SCANNED.page.source), path.join(folder, SCANNED.page.scanned)),
    ]);
    const maps = new Map<string, SourceMap>();
    for (const scanned of [SCANNED.main.scanned, SCANNED.preload.scanned]) {
      const payload = JSON.parse(await readFile(path.join(folder, `${scanned}.map`), 'utf8')) as ConstructorParameters<
        typeof SourceMap
      >[0];
      maps.set(scanned, new SourceMap(payload));
    }
    const locate: Locate = (scannedFile, line, column) => {
      const name = path.basename(scannedFile);
      if (name === SCANNED.page.scanned) return { file: SCANNED.page.source, line };
      const entry = maps.get(name)?.findEntry(line - 1, column);
      if (!entry || !('originalSource' in entry)) return { file: name, line };
      const source = entry.originalSource.startsWith('file:')
        ? fileURLToPath(entry.originalSource)
        : path.resolve(folder, entry.originalSource);
      return { file: path.relative(root, source).split(path.sep).join('/'), line: entry.originalLine + 1 };
    };

    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Electronegativity;
    const report = await run(
      {
        input: folder,
        electronVersionOverride: electronVersion,
        customScan: [],
        // It downloads Electron's release notes from GitHub; the registry check in
        // electron-version.ts covers the same ground with the npm registry alone.
        excludeFromScan: ['availablesecurityfixesglobalcheck'],
        isRelative: true,
        parserPlugins: [],
      },
      false,
    );
    return findingsFromReport(report, locate);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
