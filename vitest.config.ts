// Unit tests: pure shared code, main-process modules and the repository, all in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    // CI sums every runner's counts from JSON reports (.ci/count-tests.mjs).
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/out/unit.json' }]] : ['default'],
  },
});
