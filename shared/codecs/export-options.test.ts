import { describe, expect, it } from 'vitest';
import type { Case } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { casesForExport, withoutQuotes } from './export-options';

const FP = '9'.repeat(64);

function quoted(): Case {
  const seed = createSeedCase();
  const anchor = { source: FP, start: 4, end: 9, quote: 'Qzxwv', prefix: 'took ', suffix: ' daily' };
  return {
    ...seed,
    sources: [{ fingerprint: FP, name: 'report.txt', kind: 'text', normaliserVersion: 1 }],
    diagnoses: seed.diagnoses.map((d) => ({ ...d, evidence: [anchor] })),
    events: seed.events.map((e) => ({ ...e, evidence: [anchor] })),
    observations: seed.observations.map((o) => ({ ...o, evidence: [anchor, { source: FP, start: 1, end: 2 }] })),
  };
}

describe('withoutQuotes', () => {
  it('keeps every anchor’s position and source and nothing of the publisher’s words, on every kind of row', () => {
    const stripped = withoutQuotes(quoted());
    const anchors = [...stripped.diagnoses, ...stripped.events, ...stripped.observations].flatMap(
      (r) => r.evidence ?? [],
    );
    expect(anchors.length).toBeGreaterThan(0);
    expect(new Set(anchors.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ source: FP, start: 4, end: 9 }), JSON.stringify({ source: FP, start: 1, end: 2 })]),
    );
    expect(JSON.stringify(stripped)).not.toContain('Qzxwv');
    expect(stripped.sources).toEqual(quoted().sources);
  });

  it('leaves the case as it is unless asked', () => {
    expect(casesForExport([quoted()])).toEqual([quoted()]);
    expect(casesForExport([quoted()], { withoutQuotes: true })).toEqual([withoutQuotes(quoted())]);
  });
});
