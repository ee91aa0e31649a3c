// Refiner: drops what is not a result about the patient. Doses and durations (by their unit), ages,
// figure, table and citation numbers, fold changes and multiples of a limit, population figures
// ("about 30 cases", "n = 120", "in 45% of patients"), changes ("fell by 50%"), years, dates, and
// reference limits named on their own ("the upper limit of normal is 40 U/L").
import type { ReadingText } from '../../candidates';
import type { LabProposal } from '../proposal';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
/** Just before the number. */
const BEFORE = new RegExp(
  String.raw`(?:\b(?:fig(?:ure)?s?|tables?|refs?|references?|no|nos|number|version|day|days|week|weeks|month|months|year|years|age|aged|step|stage|type|phase|cycle|cycles|dose|doses|visit|case|patient|patients|n|N|by)\.?\s*[:=]?|\bn\s*=|\b${MONTH}|\[)\s*$`,
  'i',
);
/** Just after the value and its unit. */
const AFTER = new RegExp(
  String.raw`^(?:\s*[-‐‑–]?\s*fold\b|\s*[×x]\s*(?:the\s+)?(?:ULN|upper|normal)|\s*times\b|[-\s]*(?:years?|yrs?|months?|weeks?|days?)[-\s]*old\b|\s+(?:cases|patients|subjects|participants|studies|reports|individuals|people|children|adults|women|men)\b|\s+of\s+(?:the\s+|all\s+)?(?:patients|cases|subjects|participants|individuals|reported)\b|\s*CI\b|\s+confidence\b|\s*\]|\s+${MONTH}\b|\s+(?:reduction|decrease|increase|rise|drop|decline|improvement|lower|higher)\b|\s*(?:mg|g|mcg|μg|µg)\b)`,
  'i',
);
/** An unknown analyte named by these words is a limit, a population or a dose, not a result. */
const NOT_AN_ANALYTE =
  /\b(?:normal|reference|range|limit|limits|ULN|LLN|cut-?off|threshold|dose|doses|dosage|patients?|cases?|cohort|study|studies|trial|age|years?|weight\s+loss|mortality|survival|prevalence|incidence|rate\s+of|risk|sensitivity|specificity|accuracy|probability|chance|proportion|efficacy|response)\b/i;

function isYear(p: LabProposal): boolean {
  const v = p.row.value;
  return p.row.unit === undefined && v !== undefined && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

export function dropNonResults(reading: ReadingText, proposals: LabProposal[]): LabProposal[] {
  const { text } = reading;
  return proposals.filter((p) => {
    if (p.row.value === undefined) return true;
    if (p.unitKind === 'dose' || p.unitKind === 'duration') return false;
    if (isYear(p)) return false;
    if (p.parser !== 'grade' && BEFORE.test(text.slice(Math.max(0, p.valueStart - 16), p.valueStart))) return false;
    if (AFTER.test(text.slice(p.valueEnd, p.valueEnd + 40))) return false;
    if (p.known === undefined && p.parser === 'analyte-value' && NOT_AN_ANALYTE.test(p.row.analyte ?? '')) return false;
    return true;
  });
}
