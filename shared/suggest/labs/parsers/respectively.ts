// Parser: analytes and values paired in order ("ALT and AST were 312 and 250 U/L, respectively";
// "CK, ALT and LDH were 5,200 U/L, 180 U/L and 900 U/L, respectively").
import type { ReadingText } from '../../candidates';
import type { AnalyteMention } from '../lexicon';
import type { LabProposal } from '../proposal';
import { sentenceAt } from '../proposal';
import { readUnitAt, readValue, VALUE } from '../value-pattern';

const RESPECTIVELY = /,?\s*respectively\b/giu;
/** Between two analytes of the list, and between two values. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;
const LINK = /^\s*(?:levels?\s+)?(?:were|was|are|of|at|measured|reached)\s+(?:(?:about|approximately)\s+)?$/i;

export function parseRespectively(
  reading: ReadingText,
  mentions: readonly AnalyteMention[],
  nextGroup: () => number,
): LabProposal[] {
  const { text, sentences } = reading;
  const proposals: LabProposal[] = [];
  for (const r of text.matchAll(RESPECTIVELY)) {
    const sentence = sentenceAt(sentences, r.index);
    if (sentence === undefined) continue;
    // The mentions of the sentence before "respectively", in order.
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= r.index);
    // The values between the last mention and "respectively", each with its own unit if it has one.
    const lastMention = inSentence[inSentence.length - 1];
    if (lastMention === undefined) continue;
    const values: {
      start: number;
      end: number;
      fields: ReturnType<typeof readValue>;
      unit?: ReturnType<typeof readUnitAt>;
    }[] = [];
    const VALUES = new RegExp(VALUE.source, VALUE.flags);
    VALUES.lastIndex = lastMention.end;
    let cursor = -1;
    for (let m = VALUES.exec(text); m !== null && m.index < r.index; m = VALUES.exec(text)) {
      const read = readValue(text, m);
      if (read === undefined || read.length !== 1) break;
      const v = read[0]!;
      VALUES.lastIndex = v.end;
      if (cursor >= 0 && !LIST_JOIN.test(text.slice(cursor, v.start))) break;
      if (cursor < 0 && !LINK.test(text.slice(lastMention.end, v.start))) break;
      const unit = readUnitAt(text, v.end);
      values.push({ start: v.start, end: unit?.end ?? v.end, fields: read, ...(unit !== undefined ? { unit } : {}) });
      cursor = unit?.end ?? v.end;
      if (unit !== undefined) VALUES.lastIndex = unit.end;
    }
    if (values.length < 2 || cursor < 0 || !/^\s*$/.test(text.slice(cursor, r.index))) continue;
    // As many analytes as values, joined as a list, ending at the last mention.
    const named = inSentence.slice(-values.length);
    if (named.length !== values.length) continue;
    if (!named.every((m, i) => i === 0 || LIST_JOIN.test(text.slice(named[i - 1]!.end, m.start)))) continue;
    const shared = values[values.length - 1]!.unit;
    const group = nextGroup();
    values.forEach((v, i) => {
      const mention = named[i]!;
      const unit = v.unit ?? shared;
      if (unit === undefined || unit.unit.kind === 'dose' || unit.unit.kind === 'duration') return;
      const k = mention.known;
      const analyte = k.loinc !== undefined || mention.abbreviation ? k.name : mention.term;
      proposals.push({
        start: mention.start,
        end: r.index + r[0].length,
        row: {
          analyte: analyte.charAt(0).toUpperCase() + analyte.slice(1),
          ...v.fields![0]!.value,
          unit: unit.unit.code,
        },
        guessed: [],
        // Surer than the analyte-value parser's reading of the last analyte with the first value.
        confidence: 0.92,
        parser: 'respectively',
        group,
        valueStart: v.start,
        valueEnd: v.end,
        numberStart: v.start,
        numberEnd: v.end,
        known: k,
        unitKind: unit.unit.kind,
      });
    });
  }
  return proposals;
}
