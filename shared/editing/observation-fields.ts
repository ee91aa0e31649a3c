// The observation form's fields as typed, and their conversion to and from an Observation.
import type { PartialDate } from '../dates/partial-date';
import type { Observation, TimelineEvent } from '../model/case';
import { isValidLoinc } from '../model/loinc';
import { formatObservationValue } from '../model/observation-value';
import type { Problem, Result } from '../model/result';
import { validateObservation } from '../model/validate';
import { parseUnit } from '../units/ucum';
import { parseObservationValue } from '../values/parse-value';
import { precisionProblem } from '../values/precision';
import { isKnownTextResult } from '../values/text-results';
import { dateInputText, optionalText, parseDateInput } from './date-input';
import { evidenceText, parseEvidenceText } from './evidence-field';

// A type alias, not an interface: drafts store it as a plain record of text and tick boxes.
export type ObservationFields = {
  analyte: string;
  loinc: string;
  date: string;
  dateApproximate: boolean;
  value: string;
  /** The user's word that a value which is no number and no known text result is meant as text. */
  valueIsText: boolean;
  unit: string;
  unitIsFreeText: boolean;
  referenceLow: string;
  referenceHigh: string;
  notes: string;
  /** The row's evidence anchors as JSON ('' for none): see evidence-field.ts. */
  evidence: string;
};

export const BLANK_OBSERVATION_FIELDS: ObservationFields = {
  analyte: '',
  loinc: '',
  date: '',
  dateApproximate: false,
  value: '',
  valueIsText: false,
  unit: '',
  unitIsFreeText: false,
  referenceLow: '',
  referenceHigh: '',
  notes: '',
  evidence: '',
};

export function observationToFields(o: Observation, events: readonly TimelineEvent[]): ObservationFields {
  return {
    analyte: o.analyte,
    loinc: o.loinc ?? '',
    date: dateInputText(o.date, events),
    dateApproximate: o.date.relativeTo ? false : o.date.approximate,
    value: formatObservationValue(o),
    // A stored text result was meant as typed: editing its notes must not ask again.
    valueIsText: o.valueText !== undefined && !isKnownTextResult(o.valueText),
    unit: o.unit ?? '',
    unitIsFreeText: o.unitIsFreeText ?? false,
    referenceLow: o.referenceRange?.low === undefined ? '' : String(o.referenceRange.low),
    referenceHigh: o.referenceRange?.high === undefined ? '' : String(o.referenceRange.high),
    notes: o.notes ?? '',
    evidence: evidenceText(o.evidence),
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function parseLimit(raw: string, where: string, problems: Problem[]): number | undefined {
  const t = optionalText(raw);
  if (t === undefined) return undefined;
  if (!NUMBER.test(t)) {
    problems.push({ where, message: `“${t}” is not a number (use . for decimals, no thousands separator)` });
    return undefined;
  }
  const imprecise = precisionProblem(t);
  if (imprecise !== undefined) {
    problems.push({ where, message: imprecise });
    return undefined;
  }
  return Number(t);
}

/** Turns the typed fields into an observation; each problem names its form field. */
export function fieldsToObservation(
  fields: ObservationFields,
  id: string,
  events: readonly TimelineEvent[],
): Result<Observation> {
  const problems: Problem[] = [];
  const analyte = optionalText(fields.analyte);
  if (analyte === undefined) problems.push({ where: 'analyte', message: 'the analyte needs a name' });
  const loinc = optionalText(fields.loinc);
  if (loinc !== undefined && !isValidLoinc(loinc)) {
    problems.push({ where: 'loinc', message: 'LOINC code must look like 2157-6, with its check digit right' });
  }

  let date: PartialDate | undefined;
  if (optionalText(fields.date) === undefined) problems.push({ where: 'date', message: 'date is empty' });
  else {
    const parsed = parseDateInput(fields.date, fields.dateApproximate, events);
    if (parsed.ok) date = parsed.value;
    else problems.push(...parsed.problems.map((p) => ({ where: 'date', message: p.message })));
  }

  const value = parseObservationValue(fields.value);
  if (!value.ok) problems.push(...value.problems.map((p) => ({ where: 'value', message: p.message })));
  const numeric = value.ok && value.value.value !== undefined;
  const valueText = value.ok ? value.value.valueText : undefined;
  if (valueText !== undefined && !fields.valueIsText && !isKnownTextResult(valueText)) {
    problems.push({
      where: 'value',
      message: `“${valueText}” is not a number or a known text result: correct it, or tick “Keep as text” below`,
    });
  }

  let unit: string | undefined;
  const unitText = optionalText(fields.unit);
  if (unitText !== undefined && valueText !== undefined) {
    // Refused rather than dropped: the clinician is told, and decides which of the two is wrong.
    problems.push({
      where: 'unit',
      message: `a text result has no unit: clear “${unitText}”, or give the value as a number`,
    });
  } else if (unitText !== undefined) {
    if (fields.unitIsFreeText) unit = unitText;
    else {
      const parsed = parseUnit(unitText);
      if (parsed.ok) unit = parsed.value.code;
      else problems.push(...parsed.problems.map((p) => ({ where: 'unit', message: p.message })));
    }
  } else if (numeric) problems.push({ where: 'unit', message: 'a numeric value needs a unit' });

  const low = parseLimit(fields.referenceLow, 'referenceLow', problems);
  const high = parseLimit(fields.referenceHigh, 'referenceHigh', problems);
  const evidence = parseEvidenceText(fields.evidence ?? '');
  if (!evidence.ok) problems.push(...evidence.problems);
  if (problems.length > 0 || !value.ok || !date || analyte === undefined || !evidence.ok)
    return { ok: false, problems };

  const notes = optionalText(fields.notes);
  const observation = {
    id,
    analyte,
    ...(loinc !== undefined ? { loinc } : {}),
    date,
    ...value.value,
    ...(unit !== undefined ? { unit } : {}),
    ...(unit !== undefined && fields.unitIsFreeText ? { unitIsFreeText: true as const } : {}),
    ...(low !== undefined || high !== undefined
      ? { referenceRange: { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) } }
      : {}),
    ...(notes !== undefined ? { notes } : {}),
    ...(evidence.value ? { evidence: evidence.value } : {}),
  };
  const valid = validateObservation(observation);
  if (valid.ok) return valid;
  return { ok: false, problems: valid.problems.map((p) => ({ where: formFieldOf(p.where), message: p.message })) };
}

function formFieldOf(path: string): string {
  if (path.startsWith('referenceRange.high')) return 'referenceHigh';
  if (path.startsWith('referenceRange')) return 'referenceLow';
  if (/^(comparator|valueHigh|valueText|decimalPlaces)/.test(path)) return 'value';
  if (path.startsWith('unitIsFreeText')) return 'unit';
  return path.split(/[.[]/)[0] ?? path;
}
