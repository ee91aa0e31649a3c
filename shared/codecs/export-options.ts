// What an export leaves out or adds on request, the same for JSON and CSV: the quotes of evidence
// (positions and fingerprints are kept) and the source documents' text.
import type { Case } from '../model/case';
import type { EvidenceAnchor } from '../model/evidence';

export interface ExportOptions {
  /**
   * Evidence keeps its positions and source fingerprints only, not the quoted words and their
   * context: an abstraction can then be shared without the publisher's text, and still resolves
   * against the report for whoever opens it.
   */
  withoutQuotes?: boolean;
  /** The text of every source the cases list (JSON only: CSV has no place for it, by its contract). */
  withSourceText?: boolean;
}

const positionsOnly = ({ source, start, end }: EvidenceAnchor): EvidenceAnchor => ({ source, start, end });

function stripRows<T extends { evidence?: EvidenceAnchor[] | undefined }>(rows: readonly T[]): T[] {
  return rows.map((row) => (row.evidence === undefined ? row : { ...row, evidence: row.evidence.map(positionsOnly) }));
}

/** The case with every anchor of every diagnosis, event and observation reduced to its position and source. */
export function withoutQuotes(c: Case): Case {
  return {
    ...c,
    diagnoses: stripRows(c.diagnoses),
    events: stripRows(c.events),
    observations: stripRows(c.observations),
  };
}

/** The cases as an export with these options writes them. */
export function casesForExport(cases: readonly Case[], options: ExportOptions = {}): Case[] {
  return options.withoutQuotes ? cases.map(withoutQuotes) : [...cases];
}
