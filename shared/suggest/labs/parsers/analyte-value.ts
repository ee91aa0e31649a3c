// Parser: a value with its unit and the analyte named before it ("CK 1620 U/l", "troponin I (TnI)
// was 0.282 μg/l", "the tissue area was ∼0.8 mm2"). A built-in analyte is taken when only linking
// words stand between it and the value; otherwise the words before a value with a lab unit name an
// analyte the list does not know, proposed with a lower confidence.
import type { ReadingText } from '../../candidates';
import type { AnalyteMention } from '../lexicon';
import type { LabProposal } from '../proposal';
import { sentenceAt } from '../proposal';
import { impliedUnit } from '../refiners/carry-unit';
import { proseUnit } from '../../../units/prose-units';
import { readUnitAt, readValue, VALUE, type ReadUnit } from '../value-pattern';

/** Words that may stand between an analyte and its value: "level was", "rose to", "of", "(TnI)". */
/** "total" right before an analyte's name. */
const TOTAL_BEFORE = /\btotal\s+$/i;

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
  'fallen',
  'risen',
  'climbed',
  'reduced',
  'dropped',
  'come',
  'gone',
].join('|');
/** "on admission", "before IVIG", "at discharge": when, between the analyte and its value. */
const WHEN = String.raw`\s+(?:before|after|on|at|during|prior\s+to)\s+(?:the\s+)?[\p{L}][\p{L}\p{N}-]*`;
const LINK = new RegExp(String.raw`^\)?(?:\s*\([^()]{1,30}\)|\s*[:=,]|${WHEN}|\s+(?:${LINK_WORDS})\b|\s+)*\s*$`, 'iu');
/** A one-letter abbreviation ("K", "P") names a value only when hardly anything stands between. */
const SHORT_LINK = /^(?:\s*[:=]?\s*|\s+(?:of|was|is|level|levels)\s+)$/i;

/** Linking words at the end of the words before a value, left out of an unknown analyte's name. */
const TRAILING_LINK = new RegExp(String.raw`(?:\s*[:=,]|\s+(?:${LINK_WORDS})\b)*\s*$`, 'i');
/** Words that end an unknown analyte's name when read backwards from its value. */
const STOP = new Set(
  "the a an her his their its this that these those patient patients patient’s patient's and or but with without in on at after before during for from by to of as showed revealed indicated demonstrated found was were is are had has there which where when while than also microscopically within over for about approximately every each per until since later earlier ago following lasting after only just".split(
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

/** The mention that starts right after a value's unit ("85% neutrophils"), if one does. */
function mentionRightAfter(text: string, mentions: readonly AnalyteMention[], at: number): AnalyteMention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const next = mentions[lo];
  return next !== undefined && /^\s+(?:of\s+)?$/.test(text.slice(at, next.start)) && !next.abbreviation
    ? next
    : undefined;
}

/** What an unknown analyte measured in seconds or minutes is called. */
const TIMED = /time|latency|interval|duration|\bQTc?\b|\bPR\b|\bQRS\b/i;

/** A specimen other than blood named before a blood analyte. */
const OTHER_SPECIMEN =
  /\b(CSF|cerebrospinal fluid|urine|urinary|pleural(?: fluid)?|ascitic(?: fluid)?|synovial(?: fluid)?|peritoneal(?: fluid)?|pericardial(?: fluid)?|BAL(?: fluid)?|bronchoalveolar lavage(?: fluid)?|vitreous|aqueous humou?r|saliva(?:ry)?|stool|f(?:a)?ecal|sweat|tear)\s+$/i;

const BRACKETED = /\(([^()]{1,20})\)/g;

/** The unit of a "(U/L)" in the words between an analyte and its value; it ends where the value does. */
function unitInBrackets(gap: string, usualUnit: string | undefined, valueEnd: number): ReadUnit | undefined {
  for (const m of gap.matchAll(BRACKETED)) {
    const unit = proseUnit(m[1]!, usualUnit);
    if (unit !== undefined && unit.kind === 'lab') return { end: valueEnd, unit };
  }
  return undefined;
}

/** A plural noun right after a percentage: what the percentage counts. */
const FOLLOWING_NOUN = /^\s+((?:plasma\s+|blast\s+|atypical\s+)?[a-z][a-z-]{3,}s)\b(?!\s+of\b)/;
/** Scores reports give without a unit. */
const SCORE = /\b(?:score|scale)$/i;

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
    // "312 and 250" without "between" is two values: read on from the first.
    VALUE.lastIndex = last.end;
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
    let linked = gap !== undefined && gap.length <= 60 && LINK.test(gap) ? mention : undefined;
    // A table's row names its unit in brackets after the analyte: "Creatine kinase (U/L) 1620".
    let unit =
      readUnitAt(text, last.end, linked?.known.unit) ??
      (linked !== undefined ? unitInBrackets(gap ?? '', linked.known.unit, last.end) : undefined);
    if (unit !== undefined) VALUE.lastIndex = unit.end;
    const group = nextGroup();
    // "K", "P": one letter names a value only right before it; "CK", "EF", "Hb" need a unit.
    const letters = linked !== undefined && linked.abbreviation ? linked.term.replace(/[^\p{L}\p{N}]/gu, '').length : 0;
    const short = letters > 0 && letters <= 2;
    // Unless the analyte has only one unit, implied ("a pH of 7.31").
    const implied = linked !== undefined && impliedUnit(linked.known) !== undefined;
    if (short && ((unit === undefined && !implied) || (letters === 1 && !SHORT_LINK.test(gap ?? '')))) continue;

    let analyte: string;
    let start: number;
    let confidence: number;
    let after: AnalyteMention | undefined;
    let following: RegExpExecArray | null;
    let tailEnd: number | undefined;
    let unitGuessed = false;
    const specimen =
      linked === undefined ? null : OTHER_SPECIMEN.exec(text.slice(Math.max(0, linked.start - 40), linked.start));
    if (linked !== undefined && specimen !== null) {
      // "CSF glucose", "urine protein": not the blood analyte the list (and its code) stands for.
      const name = `${specimen[1]!} ${text.slice(linked.start, linked.end)}`;
      analyte = name.charAt(0).toUpperCase() + name.slice(1);
      start = linked.start - specimen[0].length;
      confidence = unit !== undefined ? 0.6 : 0.4;
      linked = undefined;
    } else if (linked !== undefined) {
      const k = linked.known;
      // Without a LOINC code the name is the identity: the report's own term, as the list spells it.
      analyte = k.loinc !== undefined || linked.abbreviation ? k.name : linked.term;
      analyte = analyte.charAt(0).toUpperCase() + analyte.slice(1);
      start = linked.start;
      // "the total B lymphocyte count": a count the list has no code for keeps the report's "total".
      const total =
        k.loinc === undefined ? TOTAL_BEFORE.exec(text.slice(Math.max(0, linked.start - 8), linked.start)) : null;
      if (total !== null && !analyte.includes(',')) {
        analyte = `${analyte}, total`;
        start = linked.start - total[0].length;
      }
      confidence = unit !== undefined ? 0.9 : 0.5;
    } else if (
      unit !== undefined &&
      unit.unit.kind === 'lab' &&
      (after = mentionRightAfter(text, mentions, unit.end))
    ) {
      // "with 85% neutrophils", "2.9 × 10^9/L leukocytes": the analyte named after its value.
      analyte = after.known.loinc !== undefined || after.abbreviation ? after.known.name : after.term;
      analyte = analyte.charAt(0).toUpperCase() + analyte.slice(1);
      start = first.start;
      confidence = 0.8;
    } else if (unit?.unit.code === '%' && (following = FOLLOWING_NOUN.exec(text.slice(unit.end, unit.end + 40)))) {
      // "4% schistocytes", "12% blasts": a share of cells named after it.
      analyte = following[1]!.charAt(0).toUpperCase() + following[1]!.slice(1);
      start = first.start;
      tailEnd = unit.end + following[0].length;
      confidence = 0.45;
    } else {
      const from = Math.max(
        sentence.start,
        previousEnd,
        mention !== undefined && mention.end <= first.start ? mention.end : 0,
      );
      const named = unknownName(text, from, first.start);
      if (named === undefined) continue;
      // "The PLASMIC score was 7": a score has the unit {score}, which reports do not write.
      if (unit === undefined && SCORE.test(named.name)) {
        unit = { end: last.end, unit: { code: '{score}', kind: 'lab' } };
        unitGuessed = true;
      }
      if (unit === undefined || (unit.unit.kind !== 'lab' && unit.unit.kind !== 'time')) continue;
      // "within 10 min" is no result; "clotting time of 9 min", "QTc 480 ms" are.
      if (unit.unit.kind === 'time' && !TIMED.test(named.name)) continue;
      analyte = named.name;
      start = named.start;
      confidence = 0.45;
    }
    values.forEach((v, i) => {
      const unitHere = unit !== undefined && (i === values.length - 1 || values.length > 1) ? unit : undefined;
      const valueEnd = i === values.length - 1 && unit !== undefined ? unit.end : v.end;
      const end = i === values.length - 1 ? (after?.end ?? tailEnd ?? valueEnd) : valueEnd;
      proposals.push({
        start: i === 0 ? start : v.start,
        end,
        row: {
          analyte,
          ...v.value,
          ...(unitHere !== undefined ? { unit: unitHere.unit.code } : {}),
        },
        guessed: unitGuessed ? ['unit'] : [],
        confidence,
        parser: 'analyte-value',
        group,
        valueStart: v.start,
        valueEnd,
        numberStart: v.numberStart,
        numberEnd: v.numberEnd,
        ...(linked !== undefined ? { known: linked.known } : after !== undefined ? { known: after.known } : {}),
        ...(unitHere !== undefined ? { unitKind: unitHere.unit.kind } : {}),
        ...(short ? { shortAbbreviation: true } : {}),
      });
    });
    previousEnd = after?.end ?? tailEnd ?? unit?.end ?? last.end;
  }
  return proposals;
}
