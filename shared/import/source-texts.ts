// Source texts a case file carries (exported "with source text"): checked against their
// fingerprints before they are kept, since every anchor counts into exactly that text.
import type { SourceText } from '../codecs/json/case-file';
import type { Problem } from '../model/result';
import { fingerprintText } from '../sources/fingerprint';
import type { SourceDocument } from '../sources/source-document';

/**
 * One problem per text whose SHA-256 is not its fingerprint: a text edited after the export would
 * put every anchor into it at the wrong words, so it is refused rather than kept.
 */
export async function checkSourceTexts(fileName: string, sources: readonly SourceText[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [index, source] of sources.entries()) {
    if ((await fingerprintText(source.text)) !== source.fingerprint) {
      problems.push({
        where: `${fileName}: sources[${index}].text`,
        message: `the text of “${source.name}” does not match its fingerprint: it was changed after the export, so its evidence would point at the wrong words`,
      });
    }
  }
  return problems;
}

/** A carried source text as the source store keeps it. */
export function sourceDocumentOf(source: SourceText): SourceDocument {
  return {
    fingerprint: source.fingerprint,
    normaliserVersion: source.normaliserVersion,
    name: source.name,
    kind: source.kind,
    text: source.text,
    parts: source.parts ?? [],
  };
}
