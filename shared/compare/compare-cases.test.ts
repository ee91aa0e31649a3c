import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCase } from '../codecs/json/arbitrary-case';
import type { Case, Observation, TimelineEvent } from '../model/case';
import { validateCase } from '../model/validate';
import { createSeedCase } from '../seed/seed-case';
import { cohensKappa } from './agreement';
import { compareCases } from './compare-cases';
import type { Comparison, FieldAgreement } from './compare-types';
import { plantedCopy } from './planted';

const field = (c: Comparison, name: string): FieldAgreement => {
  const found = c.agreement.fields.find((f) => f.field === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

const rowId = (row: unknown): string | undefined => (row as { id?: string } | undefined)?.id;

/** The case with no row citing its words: pairing then rests on identical rows and the assignment. */
const withoutEvidence = (c: Case): Case => {
  const bare = <T extends { evidence?: unknown }>(row: T): T => {
    const { evidence: _evidence, ...rest } = row;
    return rest as T;
  };
  return { ...c, diagnoses: c.diagnoses.map(bare), events: c.events.map(bare), observations: c.observations.map(bare) };
};

describe.each([
  ['with its evidence', (c: Case) => c],
  ['without evidence', withoutEvidence],
])('compareCases on the preloaded case and a copy with planted differences, %s', (way, strip) => {
  const planted = plantedCopy();
  const comparison = compareCases(strip(planted.left), strip(planted.right));

  it('pairs as it says it does', () => {
    const by = new Set(comparison.items.map((i) => i.pairedBy).filter((b) => b !== undefined && b !== 'single'));
    expect([...by].sort()).toEqual(way === 'without evidence' ? ['assignment', 'identical'] : ['evidence']);
  });

  it('starts from a valid edited copy', () => {
    expect(validateCase(planted.right).ok).toBe(true);
  });

  it('finds each changed field on its row, and no other difference', () => {
    const differ = comparison.items.filter((i) => i.status === 'differ');
    const found = differ.map((i) => ({
      kind: i.kind,
      id: rowId(i.left),
      sameRow: rowId(i.left) === rowId(i.right),
      differences: i.differences,
    }));
    const expected = planted.changed.map((c) => ({
      kind: c.kind,
      id: c.id,
      sameRow: true,
      differences: [{ field: c.field, left: c.left, right: c.right }],
    }));
    const byId = (a: { id?: string | undefined }, b: { id?: string | undefined }) =>
      (a.id ?? '').localeCompare(b.id ?? '');
    expect(found.sort(byId)).toEqual(expected.sort(byId));
  });

  it('finds the deleted rows on the left only and the added rows on the right only', () => {
    const leftOnly = comparison.items.filter((i) => i.status === 'left-only');
    const rightOnly = comparison.items.filter((i) => i.status === 'right-only');
    expect(
      leftOnly.map((i) => ({ kind: i.kind, id: rowId(i.left) })).sort((a, b) => a.id!.localeCompare(b.id!)),
    ).toEqual([...planted.deleted].sort((a, b) => a.id.localeCompare(b.id)));
    expect(
      rightOnly.map((i) => ({ kind: i.kind, id: rowId(i.right) })).sort((a, b) => a.id!.localeCompare(b.id!)),
    ).toEqual([...planted.added].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('pairs every other row with itself, in agreement', () => {
    const agree = comparison.items.filter((i) => i.status === 'agree');
    // Citation and patient, 3 diagnoses, 38 − 2 deleted − 3 changed events, 25 − 2 deleted − 8 changed labs.
    expect(agree).toHaveLength(2 + 3 + 33 + 15);
    for (const item of agree) {
      expect(rowId(item.left)).toBe(rowId(item.right));
      expect(item.differences).toEqual([]);
    }
  });

  it('gives stable keys naming the kind and both rows', () => {
    const keys = comparison.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('citation:-:-');
    expect(keys).toContain('observation:ck-admission:ck-admission');
    expect(keys).toContain('event:dry-eyes:-');
    expect(keys).toContain('event:-:fatigue');
  });

  /*
   * The count by hand. The seed has 3 diagnoses, 38 events and 25 observations (21 with a number,
   * 4 with a text result); the copy deletes 2 text-result labs and 2 events, so 3 + 36 + 23 = 62
   * rows are paired, 4 are the left's only and 3 the right's only.
   */
  it('counts agreement as done by hand', () => {
    const { fields, overall, presence } = comparison.agreement;
    expect(presence).toEqual({ both: 62, leftOnly: 4, rightOnly: 3, percent: (100 * 62) / 69 });

    // value: the 23 paired labs, 5 values changed.
    expect(field(comparison, 'value')).toMatchObject({ compared: 23, agreed: 18, kappa: null, kappaDefined: false });
    expect(field(comparison, 'value').percent).toBeCloseTo((100 * 18) / 23, 10);
    // comparator: the 21 labs with a number (the deleted two are text results), one changed.
    expect(field(comparison, 'comparator')).toMatchObject({ compared: 21, agreed: 20, kappaDefined: true });
    // unit: the same 21, two changed.
    expect(field(comparison, 'unit')).toMatchObject({ compared: 21, agreed: 19, kappaDefined: true });
    // date: every paired row has one; two dates moved, the third change is precision only.
    expect(field(comparison, 'date')).toMatchObject({ compared: 62, agreed: 60, kappa: null });
    expect(field(comparison, 'datePrecision')).toMatchObject({ compared: 62, agreed: 61, kappaDefined: true });
    expect(field(comparison, 'approximate')).toMatchObject({ compared: 62, agreed: 62, kappa: 1 });

    /*
     * Kappa by hand, (pₒ − pₑ) / (1 − pₑ) with pₑ = Σ p_left(k) · p_right(k):
     * comparator — left: none 16, > 2, ~ 2, < 1; right: none 16, > 1, >= 1, ~ 2, < 1 (of 21):
     *   pₑ = (16·16 + 2·1 + 2·2 + 1·1) / 441 = 263/441, pₒ = 20/21 = 420/441 → κ = 157/178.
     * unit — left: U/L 2, ug/L 3, pg/mL 1, % 2, s 1, mm2 1, {cells}/{focus} 1, {grade} 7, 10*6/L 3;
     *   right moves 2 of the ug/L to ng/mL: pₑ = (4 + 3 + 0 + 1 + 4 + 1 + 1 + 1 + 49 + 9) / 441
     *   = 73/441, pₒ = 19/21 = 399/441 → κ = 326/368.
     * datePrecision — left: year 8, month 39, day 15; right: year 8, month 40, day 14 (of 62):
     *   pₑ = (64 + 1560 + 210) / 3844 = 1834/3844, pₒ = 61/62 = 3782/3844 → κ = 1948/2010.
     */
    expect(field(comparison, 'comparator').kappa).toBeCloseTo(157 / 178, 10);
    expect(field(comparison, 'unit').kappa).toBeCloseTo(326 / 368, 10);
    expect(field(comparison, 'datePrecision').kappa).toBeCloseTo(1948 / 2010, 10);

    // label: only the treatments' (14 pairs); any other event is paired by its label, which then cannot differ.
    expect(field(comparison, 'label')).toMatchObject({ compared: 14, agreed: 14 });

    /*
     * Overall: comparing the seed with itself counts 373 fields (397 compared, less the labels of
     * the 24 events that are not treatments). The deleted rows had 16: each text-result lab value,
     * date, precision, approximate (4 + 4); Dry eyes date, precision, approximate (3); Wheezing
     * those and end and notes (5). 373 − 16 = 357, 11 of them changed.
     */
    expect(overall).toEqual({ compared: 357, agreed: 346, percent: (100 * 346) / 357 });
    expect(fields.reduce((n, f) => n + f.compared, 0)).toBe(357);
  });
});

describe('compareCases: a date agrees at the coarser precision', () => {
  it('reports 2021-03-05 against 2021-03 as a precision difference only, and 2021-03-05 against 2021-04 as a date', () => {
    const seed = createSeedCase();
    const at = (date: string): Case => ({
      ...seed,
      diagnoses: [],
      events: [],
      observations: [{ id: 'ck', analyte: 'CK', date: { date, approximate: false }, value: 100, unit: 'U/L' }],
    });
    const [precision] = compareCases(at('2021-03-05'), at('2021-03')).items.filter((i) => i.kind === 'observation');
    expect(precision?.differences).toEqual([{ field: 'datePrecision', left: 'day', right: 'month' }]);
    const [moved] = compareCases(at('2021-03-05'), at('2021-04')).items.filter((i) => i.kind === 'observation');
    expect(moved?.differences).toEqual([
      { field: 'date', left: '2021-03-05', right: '2021-04' },
      { field: 'datePrecision', left: 'day', right: 'month' },
    ]);
  });
});

describe('compareCases: pairing', () => {
  const seed = createSeedCase();
  const labs = (...rows: Observation[]): Case => ({ ...seed, diagnoses: [], events: [], observations: rows });
  const lab = (id: string, analyte: string, date: string, value: number, extra: Partial<Observation> = {}) =>
    ({ id, analyte, date: { date, approximate: false }, value, unit: 'U/L', ...extra }) as Observation;

  it('knows an analyte by its synonyms: CK on one side and CPK on the other are one row', () => {
    const c = compareCases(labs(lab('a', 'CK', '2021-03-05', 100)), labs(lab('b', 'CPK', '2021-03-05', 100)));
    expect(c.items.filter((i) => i.kind === 'observation').map((i) => i.status)).toEqual(['agree']);
  });

  it('pairs the leftovers of a group to the nearest date, then the nearest value', () => {
    const c = compareCases(
      labs(lab('l1', 'CK', '2021-03-01', 100), lab('l2', 'CK', '2021-03-20', 100)),
      labs(lab('r1', 'CK', '2021-03-19', 100), lab('r2', 'CK', '2021-03-02', 100)),
    );
    expect(c.items.filter((i) => i.kind === 'observation').map((i) => i.key)).toEqual([
      'observation:l1:r2',
      'observation:l2:r1',
    ]);
    const byValue = compareCases(
      labs(lab('l1', 'CK', '2021-03-01', 100), lab('l2', 'CK', '2021-03-01', 500)),
      labs(lab('r1', 'CK', '2021-03-01', 490), lab('r2', 'CK', '2021-03-01', 110)),
    );
    expect(byValue.items.filter((i) => i.kind === 'observation').map((i) => i.key)).toEqual([
      'observation:l1:r2',
      'observation:l2:r1',
    ]);
  });

  it('pairs a large group row by row when one abstractor wrote every value in another unit', () => {
    for (const days of [10, 1]) {
      // 300 CK values over `days` days: 90,000 cells, too many for one assignment.
      const rows = Array.from({ length: 300 }, (_, i) =>
        lab(`ck-${i}`, 'CK', `2021-03-${String((i % days) + 1).padStart(2, '0')}`, 1000 + i),
      );
      const c = compareCases(labs(...rows), labs(...rows.map((o) => ({ ...o, id: `r-${o.id}`, unit: 'U/mL' }))));
      const items = c.items.filter((i) => i.kind === 'observation');
      expect(items).toHaveLength(300);
      for (const item of items) {
        expect(item.key).toBe(`observation:${rowId(item.left)}:r-${rowId(item.left)}`);
        expect(item.differences.map((d) => d.field)).toEqual(['unit']);
      }
    }
  });

  it('leaves two labs that share neither date nor value unpaired, so both can be kept', () => {
    const c = compareCases(labs(lab('l', 'CK', '2021-03-01', 100)), labs(lab('r', 'CK', '2022-07-01', 900)));
    expect(c.items.filter((i) => i.kind === 'observation').map((i) => i.status)).toEqual(['left-only', 'right-only']);
  });

  it('never pairs across kinds or event kinds', () => {
    const e = (id: string, kind: TimelineEvent['kind']): TimelineEvent => ({
      id,
      kind,
      label: 'Fever',
      start: { date: '2021-03-01', approximate: false },
    });
    const c = compareCases(
      { ...seed, diagnoses: [], observations: [], events: [e('a', 'symptom')] },
      { ...seed, diagnoses: [], observations: [], events: [e('b', 'outcome')] },
    );
    expect(c.items.filter((i) => i.kind === 'event').map((i) => i.status)).toEqual(['left-only', 'right-only']);
  });

  it('pairs a drug given with another label by its drug', () => {
    const t = (id: string, label: string): TimelineEvent => ({
      id,
      kind: 'treatment',
      label,
      start: { date: '2021-03-01', approximate: false },
    });
    const c = compareCases(
      { ...seed, diagnoses: [], observations: [], events: [t('a', 'Ofatumumab dose 1')] },
      { ...seed, diagnoses: [], observations: [], events: [t('b', 'Ofatumumab 20 mg')] },
    );
    const [item] = c.items.filter((i) => i.kind === 'event');
    expect(item?.key).toBe('event:a:b');
    expect(item?.differences.map((d) => d.field)).toEqual(['label']);
  });

  it('pairs by overlapping evidence first, even when date and value both differ', () => {
    const fingerprint = 'b'.repeat(64);
    const cited = (id: string, date: string, value: number, start: number) =>
      lab(id, 'CK', date, value, { evidence: [{ source: fingerprint, start, end: start + 10 }] });
    const withSource = (...rows: Observation[]): Case => ({
      ...labs(...rows),
      sources: [{ fingerprint, name: 'report.txt', kind: 'text', normaliserVersion: 1 }],
    });
    const c = compareCases(
      withSource(cited('l1', '2021-03-01', 100, 0), cited('l2', '2021-05-01', 300, 100)),
      withSource(cited('r1', '2021-05-02', 310, 5), cited('r2', '2021-03-09', 900, 103)),
    );
    const items = c.items.filter((i) => i.kind === 'observation');
    expect(items.map((i) => [i.key, i.pairedBy])).toEqual([
      ['observation:l1:r1', 'evidence'],
      ['observation:l2:r2', 'evidence'],
    ]);
  });
});

describe('compareCases: properties', () => {
  const shuffledCopy = (c: Case, seed: number): Case => {
    // New ids everywhere (links renamed with them) and rows in another order.
    const rename = (id: string) => `copy-${id}`;
    const order = <T>(rows: readonly T[]): T[] =>
      rows
        .map((row, i) => ({ row, k: (i * 7919 + seed * 104_729) % 1_000_003 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.row);
    const relink = <D extends { relativeTo?: { eventId: string } | undefined }>(d: D): D =>
      d.relativeTo ? { ...d, relativeTo: { ...d.relativeTo, eventId: rename(d.relativeTo.eventId) } } : d;
    return {
      ...c,
      id: rename(c.id),
      diagnoses: order(c.diagnoses).map((d) => ({ ...d, id: rename(d.id) })),
      events: order(c.events).map((e) => ({
        ...e,
        id: rename(e.id),
        start: relink(e.start),
        ...(e.end ? { end: relink(e.end) } : {}),
      })),
      observations: order(c.observations).map((o) => ({ ...o, id: rename(o.id), date: relink(o.date) })),
    };
  };

  const fullAgreement = (c: Comparison) => {
    expect(c.items.filter((i) => i.status !== 'agree')).toEqual([]);
    expect(c.agreement.presence.leftOnly + c.agreement.presence.rightOnly).toBe(0);
    expect(c.agreement.overall.agreed).toBe(c.agreement.overall.compared);
    for (const f of c.agreement.fields) expect(f.agreed).toBe(f.compared);
  };

  it('finds full agreement between any case and itself', () => {
    fc.assert(
      fc.property(anyCase({ events: { maxLength: 12 }, observations: { maxLength: 12 } }), (c) => {
        fullAgreement(compareCases(c, structuredClone(c)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('finds full agreement between any case and a shuffled copy with new ids', () => {
    fc.assert(
      fc.property(anyCase({ events: { maxLength: 12 }, observations: { maxLength: 12 } }), fc.nat(1000), (c, seed) => {
        fullAgreement(compareCases(c, shuffledCopy(c, seed)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('pairs each row of two unrelated cases at most once, never across kinds, and lists every row', () => {
    const small = anyCase({ events: { maxLength: 10 }, observations: { maxLength: 10 } });
    fc.assert(
      fc.property(small, small, (left, right) => {
        const c = compareCases(left, right);
        for (const [side, kase] of [
          ['left', left],
          ['right', right],
        ] as const) {
          for (const [kind, rows] of [
            ['diagnosis', kase.diagnoses],
            ['event', kase.events],
            ['observation', kase.observations],
          ] as const) {
            const listed = c.items.filter((i) => i.kind === kind && i[side] !== undefined).map((i) => i[side]);
            // Every row once, as the very object of the case.
            expect(listed.length).toBe(rows.length);
            expect(new Set(listed).size).toBe(rows.length);
            for (const row of rows) expect(listed).toContain(row);
          }
        }
        for (const item of c.items) {
          if (item.kind === 'event' && item.left && item.right) {
            expect((item.left as TimelineEvent).kind).toBe((item.right as TimelineEvent).kind);
            expect(item.eventKind).toBe((item.left as TimelineEvent).kind);
          }
          expect(item.status === 'differ').toBe(item.differences.length > 0);
          expect(item.status === 'left-only').toBe(item.right === undefined);
          expect(item.status === 'right-only').toBe(item.left === undefined);
        }
        const { presence } = c.agreement;
        expect(presence.both * 2 + presence.leftOnly + presence.rightOnly).toBe(
          left.diagnoses.length +
            left.events.length +
            left.observations.length +
            right.diagnoses.length +
            right.events.length +
            right.observations.length,
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('finds full agreement between the preloaded case and a shuffled copy of it', () => {
    const seed = createSeedCase();
    const c = compareCases(seed, shuffledCopy(seed, 3));
    fullAgreement(c);
    expect(c.agreement.presence.both).toBe(3 + 38 + 25);
  });
});

describe("cohensKappa against textbook examples (Wikipedia, Cohen's kappa)", () => {
  const table = (yy: number, yn: number, ny: number, nn: number): [string, string][] => [
    ...Array.from({ length: yy }, () => ['yes', 'yes'] as [string, string]),
    ...Array.from({ length: yn }, () => ['yes', 'no'] as [string, string]),
    ...Array.from({ length: ny }, () => ['no', 'yes'] as [string, string]),
    ...Array.from({ length: nn }, () => ['no', 'no'] as [string, string]),
  ];

  it('gives 0.4 for 20 / 5 / 10 / 15 grant proposals (pₒ 0.7, pₑ 0.5)', () => {
    expect(cohensKappa(table(20, 5, 10, 15))).toBeCloseTo(0.4, 12);
  });

  it('gives 0.1304 for 45 / 15 / 25 / 15 and 0.2593 for 25 / 35 / 5 / 35 (same pₒ, different pₑ)', () => {
    expect(cohensKappa(table(45, 15, 25, 15))).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(table(25, 35, 5, 35))).toBeCloseTo(0.2593, 4);
  });

  it('is NA (null) where chance agreement is 1, and when nothing was rated', () => {
    expect(cohensKappa(table(12, 0, 0, 0))).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });

  it('is 1 for perfect agreement over two categories and negative below chance', () => {
    expect(cohensKappa(table(5, 0, 0, 5))).toBe(1);
    expect(cohensKappa(table(0, 5, 5, 0))).toBe(-1);
  });
});
