// Refiner: the analyte's code and name once the unit is settled. A built-in code is given only when
// it fits the unit (lymphocytes counted "per focus" of a biopsy are not the blood count 731-0: such a
// count is named "Lymphocytes per focus" instead), and the parsers' working fields are left behind.
import { codeFitsUnit } from '../../../analytes/identity';
import { headOf } from '../../../analytes/common-labs';
import type { LabCandidate } from '../../candidates';
import type { LabProposal } from '../proposal';

export function finish(proposals: readonly LabProposal[]): LabCandidate[] {
  return proposals.map((p) => {
    let row = p.row;
    const code = p.known?.loinc;
    if (code !== undefined && row.value !== undefined && !codeFitsUnit(code, { unit: row.unit })) {
      if (row.unit === '{cells}/{focus}') row = { ...row, analyte: `${headOf(p.known!.name).trim()} per focus` };
    } else if (code !== undefined) row = { ...row, loinc: code };
    return { start: p.start, end: p.end, row, guessed: p.guessed, confidence: p.confidence };
  });
}
