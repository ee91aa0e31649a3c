// Specification of how Electronegativity's result becomes findings on source files.
import { describe, expect, it } from 'vitest';
import { findingsFromReport, WHOLE_APP, type Locate } from './electronegativity';

const issue = (id: string, file: string, line: number, column: number, severity: string) => ({
  id,
  file,
  location: { line, column },
  severity: { value: 0, name: severity },
  confidence: { value: 1, name: 'FIRM' },
  description: `${id} description`,
  manualReview: false,
});

// A fake source map: main.js line 20574 is electron/main/main.ts line 79.
const locate: Locate = (file, line) =>
  file === 'main.js' && line === 20574 ? { file: 'electron/main/main.ts', line: 79 } : { file: `src/${file}`, line };

describe('findingsFromReport', () => {
  it('traces each finding in a bundle back to its source file and line', () => {
    const { findings } = findingsFromReport(
      { issues: [issue('SANDBOX_JS_CHECK', 'main.js', 20574, 17, 'MEDIUM')], errors: [] },
      locate,
    );
    expect(findings).toEqual([
      {
        check: 'SANDBOX_JS_CHECK',
        file: 'electron/main/main.ts',
        line: 79,
        severity: 'MEDIUM',
        confidence: 'FIRM',
        description: 'SANDBOX_JS_CHECK description',
      },
    ]);
  });

  it('files checks over the whole app under one name, with no line', () => {
    const { findings } = findingsFromReport(
      { issues: [issue('LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A', 0, 0, 'HIGH')], errors: [] },
      locate,
    );
    expect(findings).toMatchObject([{ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: WHOLE_APP, line: 0 }]);
  });

  it('returns the files it could not parse, since the scan is blind there, but not its tolerable warnings', () => {
    const { errors } = findingsFromReport(
      {
        issues: [],
        errors: [
          { file: 'main.js', message: 'Unexpected token (3:4)', tolerable: false },
          { file: 'preload.js', message: 'recovered', tolerable: true },
        ],
      },
      locate,
    );
    expect(errors).toEqual(['main.js: Unexpected token (3:4)']);
  });

  it('refuses a result of another shape, say from a newer Electronegativity', () => {
    expect(() => findingsFromReport({ results: [] }, locate)).toThrow(
      /Electronegativity's result has an unexpected shape/,
    );
  });
});
