import { describe, expect, it } from 'vitest';
import { resultFlagNote } from './result-flags';

/** The span is the part before the bar. */
const flagOf = (marked: string) => {
  const end = marked.indexOf('|');
  return resultFlagNote(marked.replace('|', ''), { start: 0, end });
};

describe('resultFlagNote', () => {
  it.each([
    ['TnI 0.282 μg/l|↑, and', 'Flagged high.'],
    ['TnI 0.282 μg/l↑|, and', 'Flagged high.'],
    ['Hb 9.8 g/dL| (L)', 'Flagged low.'],
    ['K 2.9 mmol/L|↓', 'Flagged low.'],
    ['CRP 88 mg/L| H;', 'Flagged high.'],
  ])('reads %j as %j', (marked, note) => {
    expect(flagOf(marked)).toBe(note);
  });

  it.each([['CK 1620 U/l|, and BNP'], ['Na 140 mmol/L| Later'], ['ALT 40 U/L| (reference 7–56)']])(
    'finds no flag in %j',
    (marked) => {
      expect(flagOf(marked)).toBeUndefined();
    },
  );
});
