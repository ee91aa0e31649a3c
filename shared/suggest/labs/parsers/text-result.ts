// Parser: text results. "was positive for anti-SRP and anti-SSA/Ro52 antibody IgG" (one result per
// antibody), "CK was normal", "corneal fluorescein staining in both eyes was negative". A text result
// carries no number, so it never takes a number's place: "CK was normal at 120 U/L" gives the number.
import { normaliseAnalyteName } from '../../../analytes/common-labs';
import type { ReadingText } from '../../candidates';
import { findAnalyteMentions, type AnalyteMention } from '../lexicon';
import type { LabProposal } from '../proposal';

const RESULT = String.raw`(?:(?:strongly|weakly)\s+)?(?:positive|negative)|normal|within\s+(?:the\s+)?normal\s+(?:limits|range)|unremarkable|undetectable|not\s+detected`;

/** "… was positive for A, B and C antibody IgG" up to the end of the clause. */
const POSITIVE_FOR =
  /\b(?:was|were|is|are|tested|turned|came\s+back|be|being)\s+((?:(?:strongly|weakly)\s+)?(?:positive|negative))\s+for\s+([^.;:()]{1,160}?)(?=\s*[.;:(]|,\s+(?:but|while|whereas|and\s+(?:her|his|the|she|he))\b|\s+(?:but|while|whereas)\b|$)/giu;
/** After an analyte: "(TnI) level was normal". */
const AFTER_ANALYTE = new RegExp(
  String.raw`(?:\s*\([^()]{1,30}\))?(?:\s+(?:level|levels|titer|titers|titre|test|tests|result|results|value|values|concentration|activity))?\s+(?:was|were|is|are|remained|returned|came\s+back)\s+(?:also\s+|still\s+|entirely\s+|completely\s+)?(${RESULT})\b`,
  'iy',
);
/** A test named by its kind: "corneal fluorescein staining (in both eyes) was negative". */
const NAMED_TEST = new RegExp(
  String.raw`((?:[\p{L}][\p{L}\-]*\s+){0,3}(?:staining|serology|culture|cultures|screen|smear|antibody|antibodies|antigen|PCR|assay))(?:\s+(?:in|of|for)\s+((?:both|the|her|his)\s+)?([\p{L}\-]+(?:\s+[\p{L}\-]+)?))?\s+(?:was|were|is|are|came\s+back|remained)\s+(?:also\s+)?(${RESULT})\b`,
  'giu',
);
/** A number right after the result: the number is the result ("normal at 120 U/L"). */
const NUMBER_AFTER = /^\s*(?:at|\(|,\s*at|of)\s*[<>≤≥~]?\s*\d/i;
const LEADING_STOP =
  /^(?:the|a|an|her|his|their|and|or|with|that|indicated|showed|revealed|demonstrated|found|which|examination)$/i;
const ISOTYPE = /\s*\(?\b(IgG|IgM|IgA)\)?\s*$/;

function canonicalResult(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  return /^within|^unremarkable/.test(w) ? 'normal' : w;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A list item's analyte: the built-in one it names, else its own words without leading adjectives. */
function itemName(item: string, mention: AnalyteMention | undefined, isotype: string | undefined): string {
  let name: string;
  if (mention !== undefined) {
    name = mention.known.name;
  } else {
    name = item.replace(/^(?:the|an?|her|his)\s+/i, '').trim();
    name = capitalised(name);
  }
  if (isotype !== undefined && !name.includes(isotype)) name = `${name} (${isotype})`;
  return name;
}

export function parseTextResults(
  reading: ReadingText,
  mentions: readonly AnalyteMention[],
  nextGroup: () => number,
): LabProposal[] {
  const { text } = reading;
  const proposals: LabProposal[] = [];
  const push = (
    start: number,
    end: number,
    analyte: string,
    valueText: string,
    valueStart: number,
    valueEnd: number,
    group: number,
    confidence: number,
    known?: AnalyteMention['known'],
  ) =>
    proposals.push({
      start,
      end,
      row: { analyte, valueText },
      guessed: [],
      confidence,
      parser: 'text-result',
      group,
      valueStart,
      valueEnd,
      numberStart: valueStart,
      numberEnd: valueEnd,
      ...(known !== undefined ? { known } : {}),
    });

  for (const m of text.matchAll(POSITIVE_FOR)) {
    const result = canonicalResult(m[1]!);
    const listAt = m.index + m[0].length - m[2]!.length;
    let list = m[2]!;
    const isotype = ISOTYPE.exec(list);
    if (isotype) list = list.slice(0, isotype.index);
    const group = nextGroup();
    const valueStart = m.index + m[0].indexOf(m[1]!);
    let offset = 0;
    for (const part of list.split(/(\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)/)) {
      const at = offset;
      offset += part.length;
      if (part.trim() === '' || /^\s*(?:,|and|as\s+well\s+as)/.test(part)) continue;
      const found = findAnalyteMentions(part)[0];
      const name = itemName(found !== undefined ? part.slice(found.start) : part, found, isotype?.[1]);
      if (normaliseAnalyteName(name).length < 3) continue;
      const end = listAt + at + part.length + (isotype && at + part.length === list.length ? isotype[0].length : 0);
      push(valueStart, end, name, result, valueStart, valueStart + m[1]!.length, group, 0.7, found?.known);
    }
  }

  for (const mention of mentions) {
    AFTER_ANALYTE.lastIndex = mention.end;
    const m = AFTER_ANALYTE.exec(text);
    if (!m) continue;
    const end = mention.end + m[0].length;
    if (NUMBER_AFTER.test(text.slice(end, end + 12))) continue;
    const name =
      mention.known.loinc !== undefined || mention.abbreviation ? mention.known.name : capitalised(mention.term);
    push(mention.start, end, name, canonicalResult(m[1]!), end - m[1]!.length, end, nextGroup(), 0.7, mention.known);
  }

  for (const m of text.matchAll(NAMED_TEST)) {
    const words = m[1]!.trim().split(/\s+/);
    while (words.length > 1 && LEADING_STOP.test(words[0]!)) words.shift();
    const lastStop = words.findLastIndex((w) => LEADING_STOP.test(w));
    const kept = words.slice(lastStop + 1);
    if (kept.length === 0) continue;
    const where =
      m[3] !== undefined && m[2] !== undefined
        ? `, ${m[2].trim().toLowerCase() === 'both' ? 'both ' : ''}${m[3].toLowerCase()}`
        : '';
    const name = capitalised(kept.join(' ').toLowerCase()) + where;
    const end = m.index + m[0].length;
    if (NUMBER_AFTER.test(text.slice(end, end + 12))) continue;
    const start = m.index + m[0].indexOf(kept[0]!);
    push(start, end, name, canonicalResult(m[4]!), end - m[4]!.length, end, nextGroup(), 0.55);
  }
  return proposals;
}
