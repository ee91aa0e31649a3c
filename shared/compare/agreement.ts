// Agreement between two abstractors: percent agreement per field and overall, presence agreement,
// and Cohen's kappa for the categorical fields.
import {
  COMPARED_FIELDS,
  FIELDS_BY_KIND,
  KAPPA_FIELDS,
  type Agreement,
  type ComparedField,
  type ComparedItem,
  type ComparedKind,
  type ComparedRow,
  type FieldAgreement,
} from './compare-types';
import { countedFieldsOf, fieldAgrees, fieldsOf, isCompared, type Fields } from './compared-fields';

/** Fields some kind compares, in the order shown. */
export const AGREEMENT_FIELDS: readonly ComparedField[] = COMPARED_FIELDS.filter((field) =>
  Object.values(FIELDS_BY_KIND).some((fields) => fields.includes(field)),
);

const KAPPA = new Set<ComparedField>(KAPPA_FIELDS);

/**
 * Cohen's kappa for two raters' categories, one pair per item: (pₒ − pₑ) / (1 − pₑ), where pₒ is
 * the share of items they put in the same category and pₑ the share expected by chance from each
 * rater's own proportions. null (NA) when there are no items, or when chance agreement is 1 (both
 * raters used one and the same category throughout), where kappa is 0 / 0.
 */
export function cohensKappa(ratings: readonly (readonly [string, string])[]): number | null {
  const n = ratings.length;
  if (n === 0) return null;
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  let same = 0;
  for (const [a, b] of ratings) {
    if (a === b) same += 1;
    left.set(a, (left.get(a) ?? 0) + 1);
    right.set(b, (right.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [category, count] of left) chance += (count / n) * ((right.get(category) ?? 0) / n);
  // Floating sums of shares may land a hair off 1.
  if (Math.abs(1 - chance) < 1e-12) return null;
  return (same / n - chance) / (1 - chance);
}

const percentOf = (part: number, whole: number): number | null => (whole === 0 ? null : (100 * part) / whole);

/** `fieldsFor` lets compareCases hand over the fields it has already worked out for each row. */
export function agreementOf(
  items: readonly ComparedItem[],
  fieldsFor: (kind: ComparedKind, row: ComparedRow) => Fields = fieldsOf,
): Agreement {
  const tally = new Map<ComparedField, { compared: number; agreed: number; ratings: [string, string][] }>(
    AGREEMENT_FIELDS.map((f) => [f, { compared: 0, agreed: 0, ratings: [] }]),
  );
  let both = 0;
  let leftOnly = 0;
  let rightOnly = 0;
  for (const item of items) {
    const single = item.kind === 'citation' || item.kind === 'patient';
    if (item.status === 'left-only') leftOnly += 1;
    else if (item.status === 'right-only') rightOnly += 1;
    else if (!single) both += 1;
    if (!item.left || !item.right) continue;
    const left = fieldsFor(item.kind, item.left);
    const right = fieldsFor(item.kind, item.right);
    for (const field of countedFieldsOf(item)) {
      if (!isCompared(field, left, right)) continue;
      const t = tally.get(field)!;
      t.compared += 1;
      if (fieldAgrees(field, left, right)) t.agreed += 1;
      if (KAPPA.has(field)) t.ratings.push([left[field]?.key ?? '', right[field]?.key ?? '']);
    }
  }
  const fields: FieldAgreement[] = AGREEMENT_FIELDS.map((field) => {
    const t = tally.get(field)!;
    const kappa = KAPPA.has(field) ? cohensKappa(t.ratings) : null;
    return {
      field,
      compared: t.compared,
      agreed: t.agreed,
      percent: percentOf(t.agreed, t.compared),
      kappa,
      kappaDefined: kappa !== null,
    };
  });
  const compared = fields.reduce((n, f) => n + f.compared, 0);
  const agreed = fields.reduce((n, f) => n + f.agreed, 0);
  return {
    fields,
    overall: { compared, agreed, percent: percentOf(agreed, compared) },
    presence: { both, leftOnly, rightOnly, percent: percentOf(both, both + leftOnly + rightOnly) },
  };
}
