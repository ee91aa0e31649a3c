// What a source file says of its own citation (JATS front matter, HTML citation_* tags), set beside
// the case details form's fields: offered field by field, never written over what was typed.
import type { Citation } from '../model/case';
import type { CaseDetailsFields } from './case-details-fields';

export type CitationField = 'authors' | 'journal' | 'year' | 'articleTitle' | 'volume' | 'issue' | 'pages' | 'doi';

export interface CitationOffer {
  field: CitationField;
  label: string;
  /** As the form's field would hold it ("Example AL; Sample JP", "2024"). */
  value: string;
  /** The form holds this already: nothing to take. */
  same: boolean;
  /** The form holds something else, typed or stored: taking the offer replaces it. */
  replaces: boolean;
}

const LABELS: Record<CitationField, string> = {
  articleTitle: 'Article title',
  authors: 'Authors',
  journal: 'Journal',
  year: 'Year',
  volume: 'Volume',
  issue: 'Issue',
  pages: 'Pages',
  doi: 'DOI',
};

function asField(offered: Partial<Citation>, field: CitationField): string | undefined {
  switch (field) {
    case 'authors':
      return offered.authors?.join('; ');
    case 'year':
      return offered.year === undefined ? undefined : String(offered.year);
    case 'articleTitle':
      return offered.title;
    default:
      return offered[field];
  }
}

/** The offered fields in the form's order, each with how it stands against the form's value. */
export function citationOffers(offered: Partial<Citation>, fields: CaseDetailsFields): CitationOffer[] {
  return (Object.keys(LABELS) as CitationField[]).flatMap((field) => {
    const value = asField(offered, field);
    if (value === undefined || value.trim() === '') return [];
    const current = fields[field].trim();
    return [
      { field, label: LABELS[field], value, same: current === value, replaces: current !== '' && current !== value },
    ];
  });
}
