// The citation a JATS or HTML file offers for the case's details: only what the file says, each
// field checked as the case's own schema checks it, so what is offered can be accepted as it is.
import { CitationSchema, type Citation } from '../model/case';
import type { TextPiece } from './assemble';

/** What a markup reader gives: the text as sections, and the citation it found. */
export interface ReadMarkup {
  pieces: TextPiece[];
  offeredCitation: Partial<Citation>;
}

/** The fields that pass the case's schema; an empty or failing one is left out, never mended or guessed. */
export function checkedCitation(fields: { [K in keyof Citation]?: Citation[K] | '' | undefined }): Partial<Citation> {
  const shape = CitationSchema.shape;
  const citation: Partial<Citation> = {};
  const take = <K extends keyof Citation>(key: K) => {
    const value = fields[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    const checked = shape[key].safeParse(value);
    if (checked.success && checked.data !== undefined) citation[key] = checked.data as Citation[K];
  };
  (['title', 'authors', 'journal', 'year', 'volume', 'issue', 'pages', 'doi'] as const).forEach(take);
  return citation;
}
