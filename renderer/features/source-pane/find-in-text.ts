// Find within the source pane: where typed words occur in the source's text.

/** Find stops counting here: past it the pane says "1,000+". */
export const MATCH_LIMIT = 1000;

/** Where the words typed in the find box occur; any run of spaces matches any run of white space. */
export function findMatches(text: string, query: string): { start: number; end: number }[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= MATCH_LIMIT) break;
  }
  return out;
}
