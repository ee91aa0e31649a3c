// The suggestion engine: reads a source's text and proposes observations and events, each with the
// words it came from. Pure: runs in a worker, in the CLI and in Node tests alike. Shaped like
// chrono-node: finders propose generously (./labs, ./treatments, ./dates), then named refining steps
// date the facts and drop what is not a fact about the patient.
import { splitSentences } from '../evidence/coverage';
import { codePointIndex } from '../evidence/code-points';
import { anchorFromSelection, type AnchorSource } from '../evidence/create-anchor';
import type { EvidenceAnchor } from '../model/evidence';
import type { EventCandidate, LabCandidate, ReadingText } from './candidates';
import { assignDates, type DatingContext, type FactToDate } from './dates/assign-dates';
import { findDateMentions } from './dates/find-date-mentions';
import { findLabResults } from './labs/find-lab-results';
import { findTreatments } from './treatments/find-treatments';
import { findClinicalEvents } from './events/find-clinical-events';
import { resultFlagNote } from './refine/result-flags';
import { nameBiopsyFindings } from './refine/biopsy-findings';
import type { Suggestion, SuggestionKind } from './suggestion';

export interface SuggestOptions extends DatingContext {
  /** Keep the words in each anchor (true), or positions and fingerprint only. */
  keepQuote?: boolean;
}

export function readingText(text: string): ReadingText {
  return { text, sentences: splitSentences(text) };
}

/** Stable id from the source, the span and the kind: the same report gives the same ids. */
export function suggestionId(fingerprint: string, kind: SuggestionKind, start: number, end: number): string {
  return `sg-${fingerprint.slice(0, 12)}-${kind === 'observation' ? 'o' : 'e'}-${start}-${end}`;
}

const REQUIRED: Record<SuggestionKind, readonly string[]> = {
  observation: ['analyte', 'date', 'value'],
  event: ['kind', 'label', 'start'],
};

function missingFields(kind: SuggestionKind, row: Record<string, unknown>): string[] {
  const missing = REQUIRED[kind].filter((field) =>
    field === 'value' ? row.value === undefined && row.valueText === undefined : row[field] === undefined,
  );
  if (kind === 'observation' && row.value !== undefined && row.unit === undefined) missing.push('unit');
  return missing;
}

export function suggestFacts(source: AnchorSource, options: SuggestOptions = {}): Suggestion[] {
  const reading = readingText(source.text);
  const labs = findLabResults(reading);
  const treatments = findTreatments(reading);
  // A treatment's words win over a symptom or procedure read inside them ("infusion reaction").
  const events = [
    ...treatments,
    ...findClinicalEvents(reading).filter((c) => !treatments.some((t) => t.start < c.end && c.start < t.end)),
  ];
  const mentions = findDateMentions(reading);

  type Found = (LabCandidate & { kind: 'observation' }) | (EventCandidate & { kind: 'event' });
  const found: (Found & { id: string })[] = [];
  const taken = new Set<string>();
  for (const c of [
    ...labs.map((l) => ({ ...l, kind: 'observation' as const })),
    ...events.map((e) => ({ ...e, kind: 'event' as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end)) {
    // Two facts from one span (two vaccine doses in one phrase) get ids that still derive from it.
    const base = suggestionId(source.fingerprint, c.kind, c.start, c.end);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    found.push({ ...c, id });
  }

  const facts: FactToDate[] = found.map((f) => ({ id: f.id, kind: f.kind, start: f.start, end: f.end, row: f.row }));
  const dates = assignDates(reading, facts, mentions, options);

  const index = codePointIndex(source.text);
  const sentences = reading.sentences;
  const suggestions: Suggestion[] = [];
  for (const f of found) {
    const anchored = anchorFromSelection(source, f.start, f.end, { index, keepQuote: options.keepQuote ?? true });
    if (!anchored.ok) continue;
    const evidence: EvidenceAnchor = anchored.value;
    const sentence = sentences.find((s) => s.start <= f.start && f.end <= s.end) ?? { start: f.start, end: f.end };
    const dated = dates.get(f.id);
    const guessed = [...f.guessed, ...(dated?.guessed ? [f.kind === 'observation' ? 'date' : 'start'] : [])];
    const base = {
      id: f.id,
      evidence,
      sentence: { start: index.toCodePoint(sentence.start, 'down'), end: index.toCodePoint(sentence.end, 'up') },
      guessed,
      confidence: f.confidence,
    };
    if (f.kind === 'observation') {
      const flag = f.row.notes === undefined ? resultFlagNote(source.text, f) : undefined;
      const row = {
        ...f.row,
        ...(dated?.date && f.row.date === undefined ? { date: dated.date } : {}),
        ...(flag === undefined ? {} : { notes: flag }),
      };
      suggestions.push({ ...base, kind: 'observation', row, missing: missingFields('observation', row) });
    } else {
      const row = { ...f.row, ...(dated?.date && f.row.start === undefined ? { start: dated.date } : {}) };
      suggestions.push({ ...base, kind: 'event', row, missing: missingFields('event', row) });
    }
  }
  return nameBiopsyFindings(suggestions);
}
