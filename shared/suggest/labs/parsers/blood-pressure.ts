// Parser: a blood pressure written as one reading ("BP 150/90 mmHg", "blood pressure of 86/50 mm
// Hg"): two observations, systolic and diastolic, in mm[Hg].
import { knownAnalyteExactly } from '../../../analytes/common-labs';
import type { ReadingText } from '../../candidates';
import type { LabProposal } from '../proposal';

const BLOOD_PRESSURE =
  /\b(?:blood\s+pressure|BP)(?:\s+(?:was|of|at|measured|remained|dropped\s+to|rose\s+to|fell\s+to))*\s*[:=]?\s*(\d{2,3})\s*\/\s*(\d{2,3})(\s*mm\s?Hg)?\b/giu;

const SYSTOLIC = knownAnalyteExactly('SBP');
const DIASTOLIC = knownAnalyteExactly('DBP');

export function parseBloodPressures(reading: ReadingText, nextGroup: () => number): LabProposal[] {
  const proposals: LabProposal[] = [];
  if (SYSTOLIC === undefined || DIASTOLIC === undefined) return proposals;
  for (const m of reading.text.matchAll(BLOOD_PRESSURE)) {
    const [whole, high = '', low = ''] = m;
    const systolic = Number(high);
    const diastolic = Number(low);
    if (!(systolic > diastolic)) continue;
    const end = m.index + whole.length;
    const at = m.index + whole.indexOf(`${high}`, whole.search(/\d/));
    const group = nextGroup();
    for (const [known, value] of [
      [SYSTOLIC, systolic],
      [DIASTOLIC, diastolic],
    ] as const) {
      proposals.push({
        start: m.index,
        end,
        row: { analyte: known.name, value, unit: 'mm[Hg]' },
        // Without "mmHg" in the words the unit is the only one blood pressure is given in.
        guessed: m[3] === undefined ? ['unit'] : [],
        confidence: 0.85,
        parser: 'blood-pressure',
        group,
        valueStart: at,
        valueEnd: end,
        numberStart: at,
        numberEnd: end,
        known,
        unitKind: 'lab',
      });
    }
  }
  return proposals;
}
