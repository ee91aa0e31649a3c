// Parser: graded findings. Muscle strength by site ("Grade 2 head raising and neck flexion muscle
// strength", "muscle strength was grade 4 in the proximal limb muscles", "a grade 5 in proximal limb
// muscle strength", "4/5 strength") and other graded conditions ("Grade 2–3 dysphagia" → "Dysphagia
// grade"), each with the unit `{grade}`.
import { parseObservationValue, type ParsedValue } from '../../../values/parse-value';
import type { ReadingText } from '../../candidates';
import type { LabProposal } from '../proposal';

const ROMAN: ReadonlyMap<string, string> = new Map([
  ['I', '1'],
  ['II', '2'],
  ['III', '3'],
  ['IV', '4'],
  ['V', '5'],
]);
const ONE = String.raw`(?:\d(?:\.\d)?|I{1,3}|IV|V)(?![\p{L}\p{N}])`;
const GRADE_VALUE = String.raw`(${ONE}(?:\s*[-‐‑–—]\s*${ONE})?)`;
const WORDS = (max: number) => String.raw`((?:[\p{L}][\p{L}\-]*\s+){0,${max}}?)`;

/** "Grade 2 head raising and neck flexion muscle strength", "a grade 5 in (the) proximal limb muscle strength". */
const GRADE_THEN_STRENGTH = new RegExp(
  String.raw`\bgrade\s+${GRADE_VALUE}\s+(?:in\s+(?:the\s+|her\s+|his\s+)?)?${WORDS(6)}(?:muscles?\s+)?(?:strength|power)\b`,
  'giu',
);
/** "muscle strength was grade 4 in the proximal limb muscles", "strength of the deltoids was 4/5". */
const STRENGTH_THEN_GRADE = new RegExp(
  String.raw`\b(?:muscle\s+)?(?:strength|power)\s+(?:of\s+(?:the\s+|her\s+|his\s+)?${WORDS(3)}(?:muscles?\s+)?)?(?:was|were|is|are|of|improved\s+to|recovered\s+to|returned\s+to|increased\s+to)\s+(?:graded?\s+(?:as\s+)?)?(?:grade\s+${GRADE_VALUE}|${GRADE_VALUE}\s*\/\s*5)(?:\s+in\s+(?:the\s+|both\s+|her\s+|his\s+)?${WORDS(3)}muscles?\b|\s+in\s+(?:the\s+|both\s+|her\s+|his\s+)?([\p{L}\-]+(?:\s+limbs?)?))?`,
  'giu',
);
/** "Grade 2–3 dysphagia", "grade III hepatitis": one or two words after the grade, none a stop word. */
const GRADE_THEN_CONDITION = new RegExp(
  String.raw`\bgrade\s+${GRADE_VALUE}\s+([\p{L}][\p{L}\-]*(?:\s+[\p{L}][\p{L}\-]*)?)`,
  'giu',
);
const CONDITION_STOP = new Set(
  'in on of and or the a an at with to for from by was were is are muscle muscles strength power weakness'.split(' '),
);

const ADJECTIVE = /-|(?:ed|al|ic|ous|ary|ive|ar)$/i;
const GENERAL_STATEMENT =
  /^\s+(?:occurs?|occurred|is\s+seen|are\s+seen|is\s+reported|are\s+reported|was\s+reported|were\s+reported|develops?|has\s+been|have\s+been)\b/i;

function gradeValue(text: string): ParsedValue | undefined {
  const arabic = text.replace(/I{1,3}|IV|V/g, (r) => ROMAN.get(r) ?? r);
  const parsed = parseObservationValue(arabic);
  return parsed.ok && parsed.value.value !== undefined && parsed.value.value <= 5 ? parsed.value : undefined;
}

/** "proximal limb" → "proximal limbs", "the deltoid muscles" → "deltoid"; "" for the whole body. */
function site(words: string): string {
  const kept = words
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !/^(?:muscles?|the|her|his|both)$/i.test(w))
    .map((w) => (/^limb$/i.test(w) ? 'limbs' : w.toLowerCase()));
  const where = kept.join(' ');
  // "proximal muscle strength" is the limbs' (the limb girdles'), as "proximal limb muscles" says.
  return where === 'proximal' || where === 'distal' ? `${where} limbs` : where;
}

const strengthName = (where: string) => (where === '' ? 'Muscle strength' : `Muscle strength, ${where}`);

export function parseGrades(reading: ReadingText, nextGroup: () => number): LabProposal[] {
  const { text } = reading;
  const proposals: LabProposal[] = [];
  const push = (
    start: number,
    end: number,
    analyte: string,
    value: ParsedValue,
    valueStart: number,
    valueEnd: number,
    group: number,
    confidence: number,
  ) =>
    proposals.push({
      start,
      end,
      row: { analyte, ...value, unit: '{grade}' },
      guessed: [],
      confidence,
      parser: 'grade',
      group,
      valueStart,
      valueEnd,
      numberStart: valueStart,
      numberEnd: valueEnd,
      unitKind: 'lab',
    });

  for (const m of text.matchAll(GRADE_THEN_STRENGTH)) {
    const value = gradeValue(m[1]!);
    if (value === undefined) continue;
    const valueStart = m.index + m[0].indexOf(m[1]!);
    const group = nextGroup();
    // "head raising and neck flexion": one observation per site.
    const sites = (m[2] ?? '').split(/\s*,\s*|\s+and\s+/).map(site);
    for (const where of sites.length === 0 ? [''] : sites) {
      push(
        m.index,
        m.index + m[0].length,
        strengthName(where),
        value,
        valueStart,
        valueStart + m[1]!.length,
        group,
        0.8,
      );
    }
  }
  for (const m of text.matchAll(STRENGTH_THEN_GRADE)) {
    const raw = m[2] ?? m[3]!;
    const value = gradeValue(raw);
    if (value === undefined) continue;
    const valueStart =
      m.index + m[0].indexOf(raw, m[0].search(/\b(?:was|were|is|are|of|improved|recovered|returned|increased)\b/i));
    const where = site(m[1] ?? m[4] ?? m[5] ?? '');
    push(
      m.index,
      m.index + m[0].length,
      strengthName(where),
      value,
      valueStart,
      valueStart + raw.length,
      nextGroup(),
      0.8,
    );
  }
  for (const m of text.matchAll(GRADE_THEN_CONDITION)) {
    const value = gradeValue(m[1]!);
    if (value === undefined) continue;
    const words = m[2]!.split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (CONDITION_STOP.has(w.toLowerCase())) break;
      // A second word only after an adjective ("immune-related hepatitis"), not "hepatitis occurs".
      if (kept.length === 1 && !ADJECTIVE.test(kept[0]!)) break;
      kept.push(w.toLowerCase());
    }

    if (kept.length === 0 || words.some((w) => /^(?:muscles?|strength|power)$/i.test(w))) continue;
    const condition = kept.join(' ');
    const valueStart = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].indexOf(m[2]!) + kept.join(' ').length;
    // "Grade 3 hepatitis occurs in 5% of patients": what happens to others, not to this patient.
    if (GENERAL_STATEMENT.test(text.slice(end, end + 40))) continue;
    const name = `${condition.charAt(0).toUpperCase()}${condition.slice(1)} grade`;
    push(m.index, end, name, value, valueStart, valueStart + m[1]!.length, nextGroup(), 0.6);
  }
  return proposals;
}
