// The high/low flag a report prints after a result ("0.282 μg/l↑", "9.8 g/dL (L)"), kept as the
// row's note in the words abstractors use, since the model has no flag field of its own.
import type { TextSpan } from '../suggestion';

const HIGH = /^\s?(?:↑|\(H\)|\[H\]|\bH\b(?![\p{L}]))/u;
const LOW = /^\s?(?:↓|\(L\)|\[L\]|\bL\b(?![\p{L}/]))/u;

/** "Flagged high." or "Flagged low." when the result's own span ends in, or is followed by, a flag. */
export function resultFlagNote(text: string, span: TextSpan): string | undefined {
  const last = text[span.end - 1];
  if (last === '↑') return 'Flagged high.';
  if (last === '↓') return 'Flagged low.';
  const after = text.slice(span.end, span.end + 4);
  if (HIGH.test(after)) return 'Flagged high.';
  if (LOW.test(after)) return 'Flagged low.';
  return undefined;
}
