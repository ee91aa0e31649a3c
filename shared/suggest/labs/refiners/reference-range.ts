// Refiner: a reference range printed after a result ("(reference 7–56)", "(normal being considered
// >50%, see Fig. 1)", "(ULN 40)") becomes the result's referenceRange, and the limits inside it are
// no results of their own.
import type { ReadingText } from '../../candidates';
import type { LabProposal } from '../proposal';
import { NUMBER } from '../value-pattern';

const LIMIT_WORDS = String.raw`normal(?:\s+range)?|reference(?:\s+(?:range|interval|value|values))?|ref\.?|RI|NR|ULN|upper\s+limit(?:\s+of\s+normal)?|normal\s+values?|normal\s+being(?:\s+considered)?|normal\s+(?:is|was)`;
const REFERENCE = new RegExp(
  String.raw`[\s↑↓*]*[(\[,;]\s*(?:the\s+)?(${LIMIT_WORDS})\b[^()\[\]\d<>≤≥]{0,30}?(?:(<=|>=|[<>≤≥])\s*(${NUMBER})|(${NUMBER})\s*(?:[-‐‑–—]|to)\s*(${NUMBER})|(${NUMBER}))[^()\[\]]{0,40}?[)\]]`,
  'iy',
);

const plain = (n: string) => Number(n.replace(/,/g, ''));

export function attachReferenceRanges(reading: ReadingText, proposals: LabProposal[]): LabProposal[] {
  const { text } = reading;
  const limitSpans: { start: number; end: number }[] = [];
  for (const p of proposals) {
    if (p.row.value === undefined) continue;
    REFERENCE.lastIndex = p.valueEnd;
    const m = REFERENCE.exec(text);
    if (!m) continue;
    const [, words = '', symbol, bound, low, high, bare] = m;
    let range: { low?: number; high?: number } | undefined;
    if (bound !== undefined) range = /[>≥]/.test(symbol ?? '') ? { low: plain(bound) } : { high: plain(bound) };
    else if (low !== undefined && high !== undefined) range = { low: plain(low), high: plain(high) };
    else if (bare !== undefined && /ULN|upper/i.test(words)) range = { high: plain(bare) };
    if (range === undefined) continue;
    p.row = { ...p.row, referenceRange: range };
    limitSpans.push({ start: p.valueEnd, end: p.valueEnd + m[0].length });
  }
  if (limitSpans.length === 0) return proposals;
  return proposals.filter((p) => !limitSpans.some((s) => s.start <= p.valueStart && p.valueEnd <= s.end));
}
