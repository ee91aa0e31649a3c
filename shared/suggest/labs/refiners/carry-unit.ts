// Refiner: a value the report gives without its unit ("the B lymphocyte count was 0") takes the unit
// of the nearest result of the same analyte in the same text, marked as guessed; a built-in analyte
// measured in a unit that names no quantity ({INR}) takes that. Nothing else is made up.
import { normaliseAnalyteName } from '../../../analytes/common-labs';
import type { LabProposal } from '../proposal';

const keyOf = (p: LabProposal) =>
  p.known !== undefined ? `known:${p.known.name}` : `name:${normaliseAnalyteName(p.row.analyte ?? '')}`;

export function carryUnits(proposals: LabProposal[]): LabProposal[] {
  const withUnit = new Map<string, LabProposal[]>();
  for (const p of proposals) {
    if (p.row.unit === undefined || p.row.value === undefined) continue;
    const list = withUnit.get(keyOf(p)) ?? [];
    list.push(p);
    withUnit.set(keyOf(p), list);
  }
  const out: LabProposal[] = [];
  for (const p of proposals) {
    if (p.row.value === undefined || p.row.unit !== undefined) {
      out.push(p);
      continue;
    }
    const same = withUnit.get(keyOf(p));
    let nearest: LabProposal | undefined;
    for (const q of same ?? [])
      if (!nearest || Math.abs(q.start - p.start) < Math.abs(nearest.start - p.start)) nearest = q;
    if (nearest !== undefined) {
      out.push({
        ...p,
        row: { ...p.row, unit: nearest.row.unit! },
        guessed: [...p.guessed, 'unit'],
        unitKind: nearest.unitKind ?? 'lab',
      });
      continue;
    }
    const usual = p.known?.unit;
    if (usual !== undefined && /^\{[^}]*\}$/.test(usual)) {
      out.push({ ...p, row: { ...p.row, unit: usual }, guessed: [...p.guessed, 'unit'], unitKind: 'lab' });
      continue;
    }
    out.push(p);
  }
  return out;
}
