// Parser: a value with its unit and the analyte named before it ("CK 1620 U/l", "troponin I (TnI)
// was 0.282 μg/l", "the tissue area was ∼0.8 mm2"). A built-in analyte is taken when only linking
// words stand between it and the value; otherwise the words before a value with a lab unit name an
// analyte the list does not know, proposed with a lower confidence.
import type { ReadingText } from '../../candidates';
import type { AnalyteMention } from '../lexicon';
import type { LabProposal } from '../proposal';
import { sentenceAt } from '../proposal';
import { readUnitAt, readValue, VALUE } from '../value-pattern';

/** Words that may stand between an analyte and its value: "level was", "rose to", "of", "(TnI)". */
const LINK_WORDS = [
  'level',
  'levels',
  'concentration',
  'concentrations',
  'activity',
  'count',
  'counts',
  'value',
  'values',
  'titer',
  'titre',
  'isoenzyme',
  'isoform',
  'mass',
  'was',
  'were',
  'is',
  'are',
  'of',
  'at',
  'to',
  'reached',
  'rose',
  'peaked',
  'increased',
  'decreased',
  'elevated',
  'raised',
  'remained',
  'fluctuated',
  'ranged',
  'typically',
  'usually',
  'still',
  'further',
  'only',
  'markedly',
  'mildly',
  'slightly',
  'significantly',
  'persistently',
  'moderately',
  'up',
  'down',
  'had',
  'has',
  'been',
  'measured',
  'serum',
  'plasma',
  'total',
  'also',
  'again',
  'then',
  'initially',
  'now',
  'maximum',
  'peak',
  'high',
  'low',
  'dropped',
  'fell',
  'declined',
  'returned',
  'improved',
  'recovered',
  'normalized',
  'normalised',
  'came',
  'back',
  'once',
  'later',
  'from',
  'normal',
].join('|');
const LINK = new RegExp(String.raw`^\)?(?:\s*\([^()]{1,30}\)|\s*[:=,]|\s+(?:${LINK_WORDS})\b|\s+)*\s*$`, 'i');
/** A one-letter abbreviation ("K", "P") names a value only when hardly anything stands between. */
const SHORT_LINK = /^(?:\s*[:=]?\s*|\s+(?:of|was|is|level|levels)\s+)$/i;

/** Linking words at the end of the words before a value, left out of an unknown analyte's name. */
const TRAILING_LINK = new RegExp(String.raw`(?:\s*[:=,]|\s+(?:${LINK_WORDS})\b)*\s*$`, 'i');
/** Words that end an unknown analyte's name when read backwards from its value. */
const STOP = new Set(
  "the a an her his their its this that these those patient patients patient’s patient's and or but with without in on at after before during for from by to of as showed revealed indicated demonstrated found was were is are had has there which where when while than also microscopically".split(
    ' ',
  ),
);
const NAME_WORD = /^[\p{L}][\p{L}\p{N}+\-/’']*$/u;

/** The words before a value that name what it measures ("the tissue area was" → "tissue area"). */
function unknownName(text: string, from: number, to: number): { name: string; start: number } | undefined {
  const before = text.slice(from, to);
  const link = TRAILING_LINK.exec(before);
  const head = link ? before.slice(0, link.index) : before;
  const words = [...head.matchAll(/[^\s,;:()[\]]+|[,;:()[\]]/g)];
  const kept: RegExpMatchArray[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i -= 1) {
    const w = words[i]!;
    if (!NAME_WORD.test(w[0]) || STOP.has(w[0].toLowerCase())) break;
    kept.unshift(w);
  }
  if (kept.length === 0 || !kept.some((w) => /\p{L}{3}/u.test(w[0]))) return undefined;
  const name = kept.map((w) => w[0]).join(' ');
  return { name: name.charAt(0).toUpperCase() + name.slice(1), start: from + kept[0]!.index! };
}

/** The index of the last mention that ends at or before `at` (mentions are in reading order), or -1. */
function lastMentionBefore(mentions: readonly AnalyteMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const GRADE_BEFORE = /\bgrade\s*$/i;

export function parseAnalyteValues(
  reading: ReadingText,
  mentions: readonly AnalyteMention[],
  nextGroup: () => number,
): LabProposal[] {
  const { text, sentences } = reading;
  const proposals: LabProposal[] = [];
  let previousEnd = 0;
  VALUE.lastIndex = 0;
  for (let match = VALUE.exec(text); match !== null; match = VALUE.exec(text)) {
    const values = readValue(text, match);
    if (values === undefined || values.length === 0) continue;
    const first = values[0]!;
    if (GRADE_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) continue;
    const sentence = sentenceAt(sentences, first.start);
    if (sentence === undefined) continue;
    const last = values[values.length - 1]!;
    const index = lastMentionBefore(mentions, first.start);
    let mention = index >= 0 ? mentions[index] : undefined;
    // "CK-MB isoenzyme (CK-MB) level was …": the name before the parenthesis starts the result.
    const outer = index > 0 ? mentions[index - 1] : undefined;
    if (mention !== undefined && outer !== undefined && outer.known === mention.known) {
      if (/^[^().;]{0,20}\($/.test(text.slice(outer.end, mention.start)) && outer.start >= sentence.start)
        mention = { ...mention, start: outer.start };
    }
    const gap =
      mention !== undefined && mention.start >= sentence.start ? text.slice(mention.end, first.start) : undefined;
    const linked = gap !== undefined && gap.length <= 60 && LINK.test(gap) ? mention : undefined;
    const unit = readUnitAt(text, last.end, linked?.known.unit);
    if (unit !== undefined) VALUE.lastIndex = Math.max(VALUE.lastIndex, unit.end);
    const group = nextGroup();
    // "K", "P": one letter names a value only right before it; "CK", "EF", "Hb" need a unit.
    const letters = linked !== undefined && linked.abbreviation ? linked.term.replace(/[^\p{L}\p{N}]/gu, '').length : 0;
    const short = letters > 0 && letters <= 2;
    if (short && (unit === undefined || (letters === 1 && !SHORT_LINK.test(gap ?? '')))) continue;

    let analyte: string;
    let start: number;
    let confidence: number;
    if (linked !== undefined) {
      const k = linked.known;
      // Without a LOINC code the name is the identity: the report's own term, as the list spells it.
      analyte = k.loinc !== undefined || linked.abbreviation ? k.name : linked.term;
      analyte = analyte.charAt(0).toUpperCase() + analyte.slice(1);
      start = linked.start;
      confidence = unit !== undefined ? 0.9 : 0.5;
    } else {
      if (unit === undefined || (unit.unit.kind !== 'lab' && unit.unit.kind !== 'time')) continue;
      const from = Math.max(
        sentence.start,
        previousEnd,
        mention !== undefined && mention.end <= first.start ? mention.end : 0,
      );
      const named = unknownName(text, from, first.start);
      if (named === undefined) continue;
      analyte = named.name;
      start = named.start;
      confidence = 0.45;
    }
    values.forEach((v, i) => {
      const unitHere = unit !== undefined && (i === values.length - 1 || values.length > 1) ? unit : undefined;
      const end = i === values.length - 1 && unit !== undefined ? unit.end : v.end;
      proposals.push({
        start: i === 0 ? start : v.start,
        end,
        row: {
          analyte,
          ...v.value,
          ...(unitHere !== undefined ? { unit: unitHere.unit.code } : {}),
        },
        guessed: [],
        confidence,
        parser: 'analyte-value',
        group,
        valueStart: v.start,
        valueEnd: end,
        numberStart: v.numberStart,
        numberEnd: v.numberEnd,
        ...(linked !== undefined ? { known: linked.known } : {}),
        ...(unitHere !== undefined ? { unitKind: unitHere.unit.kind } : {}),
        ...(short ? { shortAbbreviation: true } : {}),
      });
    });
    previousEnd = unit?.end ?? last.end;
  }
  return proposals;
}
