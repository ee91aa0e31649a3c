// Where each row's evidence lies in the open source, worked out once per change of rows or source:
// the tables' marks, the pane's highlights and its coverage count all read this one index.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Diagnosis, Observation, TimelineEvent } from '../../../shared/model/case';
import type { CaseSource, EvidenceAnchor } from '../../../shared/model/evidence';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { useCasePane } from './pane-store';
import { useSource } from '../../data/hooks';
import {
  factSentences,
  uncitedFactSentences,
  type FactSentence,
  type TextRange,
} from '../../../shared/evidence/coverage';
import { resolveAnchors, type AnchorResolution } from '../../../shared/evidence/resolve-anchor';

export type RowTable = 'events' | 'observations' | 'diagnoses';

/** A row that cites words of a source, as the pane lists it. */
export interface CitingRow {
  table: RowTable;
  id: string;
  /** "Ofatumumab dose 1", "Creatine kinase 22 Aug 2022". */
  name: string;
}

/** What a row's mark shows: its words in the open source, or why they are not shown. */
export type RowEvidence =
  | { state: 'shown'; ranges: TextRange[]; orphaned: number }
  | { state: 'orphaned'; count: number }
  /** No source is open in the pane, or the row cites another source. */
  | { state: 'not-open'; count: number };

export interface CitedRange extends TextRange {
  rows: CitingRow[];
}

interface EvidenceIndex {
  /** The source the pane shows, for the commands that make anchors from its words. */
  source: SourceDocument | undefined;
  /** The case's sources, and whether the shown one's text is missing here (listed, never opened on this machine). */
  sources: CaseSource[];
  missing: boolean;
  rows: Record<string, RowEvidence>;
  cited: CitedRange[];
  uncited: TextRange[];
  citingRows: CitingRow[];
}

export const useEvidenceIndex = create<EvidenceIndex>(() => ({
  source: undefined,
  sources: [],
  missing: false,
  rows: {},
  cited: [],
  uncited: [],
  citingRows: [],
}));

interface RowWithEvidence {
  row: CitingRow;
  evidence: readonly EvidenceAnchor[];
}

function rowsWithEvidence(
  events: readonly TimelineEvent[],
  observations: readonly Observation[],
  diagnoses: readonly Diagnosis[],
): RowWithEvidence[] {
  const out: RowWithEvidence[] = [];
  for (const e of events) {
    if (e.evidence?.length) out.push({ row: { table: 'events', id: e.id, name: e.label }, evidence: e.evidence });
  }
  for (const o of observations) {
    if (o.evidence?.length)
      out.push({
        row: { table: 'observations', id: o.id, name: `${o.analyte} ${formatPartialDate(o.date)}` },
        evidence: o.evidence,
      });
  }
  for (const d of diagnoses) {
    if (d.evidence?.length) out.push({ row: { table: 'diagnoses', id: d.id, name: d.label }, evidence: d.evidence });
  }
  return out;
}

/** The words' place when the anchor was found (at its position, moved or near), else undefined. */
export function foundRange(resolution: AnchorResolution): TextRange | undefined {
  return 'start' in resolution ? { start: resolution.start, end: resolution.end } : undefined;
}

/** A source's sentences that hold a number, unit or date: worked out once per source, not per edit. */
let lastFacts: { text: string; sentences: FactSentence[] } | undefined;
function factSentencesOf(text: string): FactSentence[] {
  if (lastFacts?.text !== text) lastFacts = { text, sentences: factSentences(text) };
  return lastFacts.sentences;
}

/** Works the index out; pure, so it is tested without a window. */
export function buildEvidenceIndex(
  source: SourceDocument | undefined,
  events: readonly TimelineEvent[],
  observations: readonly Observation[],
  diagnoses: readonly Diagnosis[],
): Omit<EvidenceIndex, 'sources' | 'missing'> {
  const rows: Record<string, RowEvidence> = {};
  const byPlace = new Map<string, CitedRange>();
  const citing = rowsWithEvidence(events, observations, diagnoses);
  // All anchors in one pass: the source's index is built once, and anchors after an edit are
  // looked for first where the one before moved to.
  const resolutions = source
    ? resolveAnchors(
        citing.flatMap((c) => c.evidence),
        source,
      )
    : [];
  let next = 0;
  for (const { row, evidence } of citing) {
    if (!source) {
      rows[row.id] = { state: 'not-open', count: evidence.length };
      continue;
    }
    const ranges: TextRange[] = [];
    let orphaned = 0;
    let elsewhere = 0;
    for (let i = 0; i < evidence.length; i += 1) {
      const resolution = resolutions[next++]!;
      const found = foundRange(resolution);
      if (resolution.status === 'orphaned') orphaned += 1;
      else if (!found) elsewhere += 1;
      else {
        ranges.push(found);
        const key = `${found.start}:${found.end}`;
        const place = byPlace.get(key) ?? { start: found.start, end: found.end, rows: [] };
        if (!place.rows.some((r) => r.id === row.id)) place.rows.push(row);
        byPlace.set(key, place);
      }
    }
    rows[row.id] =
      ranges.length > 0
        ? { state: 'shown', ranges, orphaned }
        : orphaned > 0
          ? { state: 'orphaned', count: orphaned }
          : { state: 'not-open', count: elsewhere };
  }
  const cited = [...byPlace.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    source,
    rows,
    cited,
    uncited: source ? uncitedFactSentences(factSentencesOf(source.text), cited) : [],
    citingRows: citing.map((c) => c.row),
  };
}

const NO_ROWS: never[] = [];

/**
 * Keeps the index in step with the open case and the pane's source: the case view calls it with
 * what it has read, so the rows are read once for the tables and the pane alike.
 */
export function useKeepEvidenceIndex(
  caseId: string,
  header: { sources?: CaseSource[] | undefined; diagnoses: Diagnosis[] } | undefined,
  events: readonly TimelineEvent[] | undefined,
  observations: readonly Observation[] | undefined,
): void {
  const chosen = useCasePane(caseId).fingerprint;
  const sources = header?.sources ?? NO_ROWS;
  const fingerprint = sources.some((s) => s.fingerprint === chosen) ? chosen : sources[0]?.fingerprint;
  const stored = useSource(fingerprint);
  const source = stored ?? undefined;
  const diagnoses = header?.diagnoses ?? NO_ROWS;
  useEffect(() => {
    useEvidenceIndex.setState({
      ...buildEvidenceIndex(source, events ?? NO_ROWS, observations ?? NO_ROWS, diagnoses),
      sources,
      missing: stored === null && fingerprint !== undefined,
    });
  }, [source, stored, fingerprint, sources, events, observations, diagnoses]);
}

/** The rows citing words that overlap `start`–`end`. */
export function rowsCiting(cited: readonly CitedRange[], start: number, end: number): CitingRow[] {
  const out: CitingRow[] = [];
  for (const c of cited) {
    if (c.start < end && c.end > start) for (const r of c.rows) if (!out.some((o) => o.id === r.id)) out.push(r);
  }
  return out;
}
