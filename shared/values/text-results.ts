// Which text results reports print ("positive", "not detected", "++", "no significant stenosis"): any other text is saved only when someone says it is meant.
//
// Why: a value that is neither a number nor one of these is more often a slip ("abc", a unit typed
// in the wrong field) than a result, and a text result is invisible to every chart and statistic.

/** Qualitative results as laboratories report them (CLSI EP12 adds equivocal and indeterminate). */
const RESULT_WORDS = new Set([
  'positive',
  'negative',
  'normal',
  'abnormal',
  'detected',
  'not detected',
  'undetectable',
  'trace',
  'reactive',
  'non-reactive',
  'equivocal',
  'indeterminate',
  'borderline',
  // Findings reported as there or not ("tophi present", "reflexes absent").
  'present',
  'absent',
]);

/** "weakly positive", "strongly reactive": the strength of a qualitative result, still that result. */
const STRENGTH = /^(?:weakly|weak|strongly|strong|low|high) (positive|reactive|detected)$/;
/** Semi-quantitative grades, alone or after the word: "+", "++++", "2+", "±", "positive (++)". */
const GRADE = String.raw`(?:\+{1,4}|[1-4]\+|±|\+/-)`;
const GRADE_ONLY = new RegExp(`^${GRADE}$`);
const WORD_WITH_GRADE = new RegExp(String.raw`^([a-z -]+?) ?\(?${GRADE}\)?$`);
/** Titers: "1:160". */
const TITER = /^1 ?: ?\d+$/;
/** "No …" findings: "no significant stenosis", "no growth", "no inflammatory infiltrate". */
const NO_FINDING = /^no \p{L}/u;

/** Lower case, one space, one kind of hyphen, "nonreactive" and "non reactive" as "non-reactive". */
function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[‐‑‒–—―−]/g, '-')
      // A sentence's full stop is not part of the result: "Negative." is "negative".
      .replace(/\.$/, '')
      .replace(/^non[ -]?/, 'non-')
  );
}

const isResultWord = (word: string): boolean => RESULT_WORDS.has(word) || STRENGTH.test(word);

/** The examples every "not a known text result" message gives. */
export const KNOWN_TEXT_EXAMPLES = 'positive, negative, normal, not detected, trace, reactive, ++, “no …” findings';

/**
 * True for a text result a report prints as such: the words of {@link RESULT_WORDS} in any case,
 * with a strength ("weakly positive") or a grade ("positive ++"), a bare grade ("+++", "2+"), a
 * titer ("1:160") or a "no …" finding. Anything else ("abc", "Grade II", "see text") is not.
 */
export function isKnownTextResult(valueText: string): boolean {
  const text = normalise(valueText);
  if (isResultWord(text) || GRADE_ONLY.test(text) || TITER.test(text) || NO_FINDING.test(text)) return true;
  const graded = WORD_WITH_GRADE.exec(text);
  return graded !== null && isResultWord(graded[1] ?? '');
}
