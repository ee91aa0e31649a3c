// Specification of the reviewed exceptions list and of how a scan is judged against it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanFinding } from './electronegativity';
import { parseSecurityExceptions, reviewFindings, type SecurityException } from './exceptions';

const root = path.resolve(import.meta.dirname, '../..');

const finding = (check: string, severity: string, file = 'electron/main/main.ts', line = 79): ScanFinding => ({
  check,
  file,
  line,
  severity,
  confidence: 'FIRM',
  description: '',
});

const isolation: SecurityException = {
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  file: 'electron/main/main.ts',
  reason: 'set through the options factory, which the checker cannot follow',
  test: 'electron/main/window-options.test.ts',
};

describe('reviewFindings', () => {
  it('fails on a high or medium finding the list does not name', () => {
    const review = reviewFindings(
      [finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('NODE_INTEGRATION_JS_CHECK', 'HIGH')],
      [],
    );
    expect(review.blocking.map((f) => f.check)).toEqual(['SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK']);
  });

  it('lets a listed finding pass, whatever its line, and says which entry covers it', () => {
    const review = reviewFindings(
      [finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'electron/main/main.ts', 140)],
      [isolation],
    );
    expect(review.blocking).toEqual([]);
    expect(review.excepted).toEqual([{ finding: expect.objectContaining({ line: 140 }), exception: isolation }]);
  });

  it('does not let an entry cover the same check in another file', () => {
    const review = reviewFindings(
      [finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'electron/main/other.ts')],
      [isolation],
    );
    expect(review.blocking).toHaveLength(1);
    expect(review.stale).toEqual([isolation]);
  });

  it('does not let an entry cover another check in its file', () => {
    const review = reviewFindings([finding('SANDBOX_JS_CHECK', 'MEDIUM')], [isolation]);
    expect(review.blocking.map((f) => f.check)).toEqual(['SANDBOX_JS_CHECK']);
  });

  it('shows low and informational findings without failing on them', () => {
    const review = reviewFindings([finding('CSP_GLOBAL_CHECK', 'LOW'), finding('X_CHECK', 'INFORMATIONAL')], []);
    expect(review.blocking).toEqual([]);
    expect(review.advisory).toHaveLength(2);
  });

  it('reports an entry that matches nothing any more, so the list stays short', () => {
    expect(reviewFindings([], [isolation]).stale).toEqual([isolation]);
  });
});

describe('parseSecurityExceptions', () => {
  it('reads a list of entries', () => {
    expect(parseSecurityExceptions(JSON.stringify([isolation]), 'list.json')).toEqual([isolation]);
  });

  it.each([
    ['not JSON', '[', /^list\.json: not JSON/],
    ['not a list', '{}', /^list\.json: /],
    ['a missing reason', JSON.stringify([{ ...isolation, reason: undefined }]), /^list\.json at \[0\]\.reason: /],
    ['a short reason', JSON.stringify([{ ...isolation, reason: 'fine' }]), /at \[0\]\.reason: a reason a reviewer/],
    ['a test that is no test file', JSON.stringify([{ ...isolation, test: 'README.md' }]), /at \[0\]\.test: /],
    ['a check id in lower case', JSON.stringify([{ ...isolation, check: 'sandbox' }]), /at \[0\]\.check: /],
    ['an absolute path', JSON.stringify([{ ...isolation, file: '/app/main.ts' }]), /at \[0\]\.file: /],
    ['an unknown field', JSON.stringify([{ ...isolation, line: 79 }]), /^list\.json at \[0\]: /],
    ['the same check and file twice', JSON.stringify([isolation, isolation]), /at \[1\]: .* listed twice/],
  ])('refuses %s, naming the place', (_case, text, message) => {
    expect(() => parseSecurityExceptions(text, 'list.json')).toThrow(message);
  });
});

describe('security-exceptions.json', () => {
  const exceptions = parseSecurityExceptions(
    readFileSync(path.join(root, 'security-exceptions.json'), 'utf8'),
    'security-exceptions.json',
  );

  it('is a valid, short list', () => {
    expect(exceptions.length).toBeLessThanOrEqual(5);
  });

  it.each(exceptions.map((entry) => [entry.check, entry.test, entry.file] as const))(
    '%s names a test that exists (%s) and a file that exists (%s)',
    (_check, test, file) => {
      expect(existsSync(path.join(root, test))).toBe(true);
      expect(existsSync(path.join(root, file))).toBe(true);
    },
  );
});
