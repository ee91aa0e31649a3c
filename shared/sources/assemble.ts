// Puts a source document together: normalised pieces joined into one text, the labelled ones as
// parts with their offsets in that text, and the fingerprint of the whole.
import type { Citation } from '../model/case';
import type { SourceKind } from '../model/evidence';
import { fingerprintText } from './fingerprint';
import { NORMALISER_VERSION } from './normalise';
import type { SourceDocument, SourcePart } from './source-document';

/** One piece of a document's text, already normalised; a labelled piece becomes a part. */
export interface TextPiece {
  text: string;
  label?: string;
}

/**
 * Joins pieces with a separator. A part spans its piece's text exactly (the separators after it
 * belong to no part), so parts never overlap and `text.slice(start, end)` is the page or section.
 */
export function joinPieces(pieces: readonly TextPiece[], separator: string): { text: string; parts: SourcePart[] } {
  let text = '';
  const parts: SourcePart[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) text += separator;
    const start = text.length;
    text += piece.text;
    if (piece.label !== undefined) parts.push({ label: piece.label, start, end: text.length });
  });
  return { text, parts };
}

export async function sourceDocument(fields: {
  name: string;
  kind: SourceKind;
  text: string;
  parts: SourcePart[];
  offeredCitation?: Partial<Citation> | undefined;
}): Promise<SourceDocument> {
  const { offeredCitation, ...rest } = fields;
  return {
    fingerprint: await fingerprintText(fields.text),
    normaliserVersion: NORMALISER_VERSION,
    ...rest,
    ...(offeredCitation !== undefined && Object.keys(offeredCitation).length > 0 ? { offeredCitation } : {}),
  };
}
