import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { parseObservationValue } from './parse-value';
import { isKnownTextResult } from './text-results';

/** What the form does with a value as typed: a number, a known text result, text only when confirmed, or refused. */
function outcome(typed: string): 'number' | 'known text' | 'ask' | 'refused' {
  const parsed = parseObservationValue(typed);
  if (!parsed.ok) return 'refused';
  if (parsed.value.valueText === undefined) return 'number';
  return isKnownTextResult(parsed.value.valueText) ? 'known text' : 'ask';
}

describe('isKnownTextResult', () => {
  it.each<[string, ReturnType<typeof outcome>]>([
    // The phrasings reports print.
    ['positive', 'known text'],
    ['Positive', 'known text'],
    ['Negative.', 'known text'],
    ['present', 'known text'],
    ['Absent', 'known text'],
    ['POSITIVE', 'known text'],
    ['pos', 'known text'],
    ['+ve', 'known text'],
    ['+', 'known text'],
    ['++', 'known text'],
    ['+++', 'known text'],
    ['++++', 'known text'],
    ['2+', 'known text'],
    ['±', 'known text'],
    ['weakly positive', 'known text'],
    ['Strongly positive', 'known text'],
    ['positive (++)', 'known text'],
    ['positive ++', 'known text'],
    ['negative', 'known text'],
    ['Neg', 'known text'],
    ['-ve', 'known text'],
    ['not detected', 'known text'],
    ['Not Detected', 'known text'],
    ['detected', 'known text'],
    ['undetectable', 'known text'],
    ['reactive', 'known text'],
    ['non-reactive', 'known text'],
    ['Non reactive', 'known text'],
    ['nonreactive', 'known text'],
    ['weakly reactive', 'known text'],
    ['trace', 'known text'],
    ['trace +', 'known text'],
    ['normal', 'known text'],
    ['Normal', 'known text'],
    ['abnormal', 'known text'],
    ['equivocal', 'known text'],
    ['indeterminate', 'known text'],
    ['borderline', 'known text'],
    ['no significant stenosis', 'known text'],
    ['No growth', 'known text'],
    ['1:160', 'known text'],
    // Text no report prints as a result: saved only when the user says so.
    ['abc', 'ask'],
    ['Grade II', 'ask'],
    ['see text', 'ask'],
    ['positiv', 'ask'],
    ['none', 'ask'],
    ['no', 'ask'],
    ['very positive', 'ask'],
    ['below detection limit', 'ask'],
    // Never text: a number with something after it is a unit in the wrong field, or a slip.
    ['12 abc', 'refused'],
    ['abc123', 'refused'],
    ['12', 'number'],
    ['>300.0', 'number'],
  ])('%j: %s', (typed, expected) => {
    expect(outcome(typed)).toBe(expected);
  });

  it('knows every text result of the preloaded case', () => {
    for (const o of createSeedCase().observations) {
      if (o.valueText !== undefined) expect(isKnownTextResult(o.valueText), o.valueText).toBe(true);
    }
  });
});
