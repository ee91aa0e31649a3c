// Sums vitest's and Playwright's JSON reports into the one line CI reads; a missing report counts as a failure.
import { readFileSync } from 'node:fs';

/** Playwright keeps why a test was skipped in its annotations; CI should say it, not just count it. */
function skipReasons(suites) {
  const reasons = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const a of test.annotations ?? [])
          if (a.type === 'skip') reasons.add(`${spec.file}: ${a.description ?? 'no reason given'}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  suites.forEach(walk);
  return reasons;
}

let passed = 0;
let failed = 0;
let skipped = 0;

for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`no test report at ${file}: that runner did not finish`);
    failed += 1;
    continue;
  }
  if (report.stats) {
    for (const reason of skipReasons(report.suites ?? [])) console.log(`skipped: ${reason}`);
    // Playwright: expected = passed, unexpected = failed, flaky = passed on retry.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
