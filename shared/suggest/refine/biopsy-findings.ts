// A finding measured on a biopsy ("the tissue area was ~0.8 mm2", "<50 lymphocytes per focus") is
// named with the biopsy the sentence names, as abstractors name it: "Labial gland biopsy, tissue
// area". Only for analytes outside the built-in list: a known lab keeps its own name and code.
import { knownAnalyteExactly } from '../../analytes/common-labs';
import type { Suggestion } from '../suggestion';

const BIOPSY = /\bbiopsy$/i;

export function nameBiopsyFindings(suggestions: Suggestion[]): Suggestion[] {
  return suggestions.map((s) => {
    if (s.kind !== 'observation' || s.row.analyte === undefined || s.row.loinc !== undefined) return s;
    if (knownAnalyteExactly(s.row.analyte) || s.row.analyte.includes(',')) return s;
    const biopsy = suggestions.find(
      (e) =>
        e.kind === 'event' &&
        e.row.kind === 'procedure' &&
        BIOPSY.test(e.row.label ?? '') &&
        e.sentence.start === s.sentence.start &&
        e.evidence.end <= s.evidence.start,
    );
    if (biopsy?.kind !== 'event' || biopsy.row.label === undefined) return s;
    const finding = s.row.analyte.charAt(0).toLowerCase() + s.row.analyte.slice(1);
    return { ...s, row: { ...s.row, analyte: `${biopsy.row.label}, ${finding}` } };
  });
}
