// Refiner: one result per value. Where proposals of different phrases claim overlapping value words,
// the surer one stays (a graded strength over "Head raising grade", a number over a text result);
// proposals of one phrase (two sites of one grade) stay together. Exact duplicates go.
import type { LabProposal } from '../proposal';

const PRIORITY: Record<LabProposal['parser'], number> = { grade: 3, 'analyte-value': 2, 'text-result': 1 };

export function removeOverlaps(proposals: LabProposal[]): LabProposal[] {
  const ranked = [...proposals].sort(
    (a, b) =>
      b.confidence - a.confidence || PRIORITY[b.parser] - PRIORITY[a.parser] || b.end - b.start - (a.end - a.start),
  );
  // Accepted value spans in order of start, scanned from a binary-searched point: no quadratic pass.
  const kept: LabProposal[] = [];
  const byStart: LabProposal[] = [];
  const seen = new Set<string>();
  for (const p of ranked) {
    const key = `${p.valueStart}:${p.valueEnd}:${p.row.analyte ?? ''}`;
    if (seen.has(key)) continue;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.valueStart < p.valueEnd) lo = mid + 1;
      else hi = mid;
    }
    let clash = false;
    // Value spans are short (a few words): a handful of neighbours to look at.
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i -= 1) {
      const q = byStart[i]!;
      if (q.valueEnd > p.valueStart && q.group !== p.group) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    seen.add(key);
    kept.push(p);
    byStart.splice(lo, 0, p);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
