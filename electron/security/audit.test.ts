// Specification of how `npm audit --json` is judged: only what ships counts, and an unreachable service is no verdict.
import { describe, expect, it } from 'vitest';
import { reviewAudit, shippedInstallPaths } from './audit';

const lock = JSON.stringify({
  lockfileVersion: 3,
  packages: {
    '': { name: 'case-abstractor' },
    'node_modules/zod': { version: '4.6.7' },
    'node_modules/dexie': { version: '4.4.7' },
    'node_modules/vite': { version: '8.3.8', dev: true },
    'node_modules/electron': { version: '45.5.0', dev: true },
    'node_modules/vite/node_modules/rollup': { version: '4.0.0', dev: true },
    'node_modules/dexie/node_modules/tslib': { version: '2.0.0' },
  },
});
const shipped = shippedInstallPaths(lock);

function report(vulnerabilities: Record<string, { severity: string; nodes: string[]; via?: unknown[] }>): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, v]) => [name, { name, isDirect: true, via: [], ...v }]),
    ),
    metadata: {},
  });
}

describe('shippedInstallPaths', () => {
  it('holds production packages, nested ones included, and Electron, but not dev tools', () => {
    expect([...shipped].sort()).toEqual([
      'node_modules/dexie',
      'node_modules/dexie/node_modules/tslib',
      'node_modules/electron',
      'node_modules/zod',
    ]);
  });

  it('names package-lock.json when it has no packages map', () => {
    expect(() => shippedInstallPaths('{"lockfileVersion":1,"dependencies":{}}')).toThrow(/^package-lock\.json: /);
  });
});

describe('reviewAudit', () => {
  it('fails on a high or critical advisory in a shipped package, with its title and link', () => {
    const outcome = reviewAudit(
      report({
        zod: {
          severity: 'high',
          nodes: ['node_modules/zod'],
          via: [{ title: 'Regular expression denial of service', url: 'https://github.com/advisories/GHSA-x' }],
        },
        tslib: { severity: 'critical', nodes: ['node_modules/dexie/node_modules/tslib'], via: ['other'] },
      }),
      shipped,
    );
    expect(outcome).toEqual({
      kind: 'checked',
      blocking: [
        {
          name: 'zod',
          severity: 'high',
          via: ['Regular expression denial of service https://github.com/advisories/GHSA-x'],
        },
        { name: 'tslib', severity: 'critical', via: ['through other'] },
      ],
      notShippedOrLower: 0,
    });
  });

  it('counts Electron, a devDependency, as shipped', () => {
    const outcome = reviewAudit(report({ electron: { severity: 'high', nodes: ['node_modules/electron'] } }), shipped);
    expect(outcome).toMatchObject({ kind: 'checked', blocking: [{ name: 'electron' }] });
  });

  it('does not fail on dev tools or on moderate and low advisories', () => {
    const outcome = reviewAudit(
      report({
        vite: { severity: 'critical', nodes: ['node_modules/vite'] },
        rollup: { severity: 'high', nodes: ['node_modules/vite/node_modules/rollup'] },
        dexie: { severity: 'moderate', nodes: ['node_modules/dexie'] },
      }),
      shipped,
    );
    expect(outcome).toEqual({ kind: 'checked', blocking: [], notShippedOrLower: 3 });
  });

  it('passes a clean report', () => {
    expect(reviewAudit(report({}), shipped)).toEqual({ kind: 'checked', blocking: [], notShippedOrLower: 0 });
  });

  it('says the audit is unavailable when the advisory service refuses, as the registry does here (405)', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(reviewAudit(refused, shipped)).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
  });

  it.each([
    ['nothing', ''],
    ['an error summary', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND' } })],
  ])('says the audit is unavailable when npm prints %s', (_case, text) => {
    expect(reviewAudit(text, shipped)).toMatchObject({ kind: 'unavailable' });
  });
});
