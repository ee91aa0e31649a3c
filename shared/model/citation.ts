// A case's citation as the clinician sees it: which details are missing, and the line the header prints.
import type { Citation } from './case';

/** The details a citation needs to be found again; each may be absent until someone fills it in. */
export const CITATION_DETAILS = ['authors', 'journal', 'year'] as const;
export type CitationDetail = (typeof CITATION_DETAILS)[number];

// Before citations could leave these out, a CSV import wrote "Unknown" authors and journal and the
// import's year, and began the note with this. Those values were invented: they are shown as missing
// (and left blank in the form), though stored data is never rewritten behind the user's back.
const OLD_CSV_NOTE = /^Created by a CSV import on (\d{4})-\d{2}-\d{2}/;
const OLD_PLACEHOLDER = 'Unknown';

/** The citation without the details an old CSV import invented; every other field as stored. */
export function knownCitation(citation: Citation): Citation {
  const noteYear = OLD_CSV_NOTE.exec(citation.notes ?? '')?.[1];
  if (noteYear === undefined) return citation;
  const inventedAuthors = citation.authors?.length === 1 && citation.authors[0] === OLD_PLACEHOLDER;
  const inventedJournal = citation.journal === OLD_PLACEHOLDER;
  // The year alone looks like any year: it was invented only while the rest still is.
  const inventedYear = String(citation.year) === noteYear && (inventedAuthors || inventedJournal);
  const { authors, journal, year, ...rest } = citation;
  return {
    ...(authors !== undefined && !inventedAuthors ? { authors } : {}),
    ...(journal !== undefined && !inventedJournal ? { journal } : {}),
    ...(year !== undefined && !inventedYear ? { year } : {}),
    ...rest,
  };
}

/** Authors, journal, year: those not known, in the order the form asks for them. */
export function missingCitationDetails(citation: Citation): CitationDetail[] {
  const known = knownCitation(citation);
  return CITATION_DETAILS.filter((detail) => known[detail] === undefined);
}

/**
 * "Authors. Title. Journal. Year. Volume(Issue):pages" with what is known: a missing detail is left
 * out, never written as "Unknown".
 */
export function formatCitation(citation: Citation): string {
  const c = knownCitation(citation);
  const parts = [c.authors?.join(', '), c.title, c.journal, c.year === undefined ? undefined : String(c.year)];
  const where = [c.volume, c.issue ? `(${c.issue})` : undefined, c.pages ? `:${c.pages}` : undefined]
    .filter(Boolean)
    .join('');
  // Initials end in a period already ("D. W."); joining with ". " must not double it.
  return [...parts, where]
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/\.$/, ''))
    .join('. ');
}
