// Unit tests: pure shared code, main-process modules and the repository, all in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    // One module registry per worker rather than per file: the files' own work takes a third of the
    // run, loading the same modules (ucum-lhc's tables, chrono-node, zod) again for each of 129 files
    // took the rest (113 s against 40 s here). Checked with the file order shuffled
    // (--sequence.shuffle.files); the files that stub globals or mock modules pass in any order.
    isolate: false,
    // Property tests take under a second alone; on a loaded two-core CI machine they have taken
    // several, and a passing test never waits for this.
    testTimeout: 20_000,
    // CI sums every runner's counts from JSON reports (.ci/count-tests.mjs).
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/out/unit.json' }]] : ['default'],
  },
});
