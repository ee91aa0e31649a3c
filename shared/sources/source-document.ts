// A source document as the app keeps it: the normalised text, its fingerprint, and where its
// sections or pages begin. Stored apart from cases, keyed by fingerprint.
import type { Citation } from '../model/case';
import type { Fingerprint, SourceKind } from '../model/evidence';

/** A section (JATS, HTML, Markdown heading) or a page (PDF) of the text. */
export interface SourcePart {
  /** "Case presentation", "Page 3". */
  label: string;
  /** Offsets into `text` in UTF-16 code units (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
}

export interface SourceDocument {
  fingerprint: Fingerprint;
  normaliserVersion: number;
  /** The file name as opened, or "Pasted text". */
  name: string;
  kind: SourceKind;
  /** The normalised text every anchor's offsets count into. */
  text: string;
  /** Sections or pages in order, never overlapping (text between two belongs to neither); empty when a text has no headings. */
  parts: SourcePart[];
  /** Citation details read from the file (JATS, HTML meta): offered to the user field by field, never applied. */
  offeredCitation?: Partial<Citation>;
}
