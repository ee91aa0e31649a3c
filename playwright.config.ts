// End-to-end tests: the built renderer in Debian's Chromium (browser mode), and the desktop app
// through Playwright's Electron support where the Electron runtime is installed.
import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot run on offline machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Overridable so two runs on one machine (or a dev server on 4174) do not share a server.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT_DIR = process.env.E2E_OUT_DIR;

const BROWSER = {
  browserName: 'chromium' as const,
  viewport: { width: 1400, height: 900 },
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Files spread over two workers (one per core here); the tests of one file run in order in one
  // worker, which the key-count file relies on. E2E_WORKERS=1 for a run that leaves a core free.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // Generous limits: on a loaded two-core machine a first load (seed install in IndexedDB) took
  // over five seconds; a passing test never waits for them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci/out/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
  },
  projects: [
    // The two key-count tests share a file and take over two minutes in a row: as a project of
    // their own, listed first, their file starts at once instead of leaving one worker alone at
    // the end of the run.
    { name: 'browser-long', testMatch: 'type-seed-case.spec.ts', use: BROWSER },
    { name: 'browser', testIgnore: ['electron/**', 'type-seed-case.spec.ts'], use: BROWSER },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort${OUT_DIR ? ` --outDir ${OUT_DIR}` : ''}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
