// The observation form: analyte (with suggestions and LOINC), date, the value as the report prints
// it (">300.0", "400–500", "positive"), a UCUM unit or explicit free text, and a reference range.
import { useCallback, useMemo, useRef } from 'react';
import { canonicalAnalyte, resolveAnalyte, type CaseAnalyte, type UnitRef } from '../../../shared/analytes/identity';
import { suggestAnalytes } from '../../../shared/analytes/suggest';
import {
  BLANK_OBSERVATION_FIELDS,
  fieldsToObservation,
  observationToFields,
  type ObservationFields,
} from '../../../shared/editing/observation-fields';
import type { Observation, TimelineEvent } from '../../../shared/model/case';
import { implausibleNumber } from '../../../shared/model/plausibility';
import type { Result } from '../../../shared/model/result';
import { COMMON_LAB_UNITS, parseUnit } from '../../../shared/units/ucum';
import { formatParsedValue, parseObservationValue } from '../../../shared/values/parse-value';
import { isKnownTextResult } from '../../../shared/values/text-results';
import { commitEdit } from '../../data/edit-actions';
import { DatePreview } from '../forms/DatePreview';
import { FieldFlag, NumberFlag } from '../forms/FieldFlag';
import { CheckboxField, TextField } from '../forms/Field';
import { EntryForm } from '../forms/FormParts';
import { useEntryForm } from '../forms/use-entry-form';
import { EvidenceField, useEvidenceRequests } from '../source-pane/EvidenceField';
import { RowStamps } from '../who/RowStamps';

const FIELDS = ['analyte', 'loinc', 'date', 'value', 'unit', 'referenceLow', 'referenceHigh', 'evidence'];
function fieldOf(where: string): string {
  const name = /(referenceLow|referenceHigh|analyte|loinc|date|value|unit|evidence)/.exec(where)?.[1];
  return name && FIELDS.includes(name) ? name : 'form';
}

// The next row keeps the date: a report's labs come in panels taken on one day.
const blankAfter = (previous: ObservationFields): ObservationFields => ({
  ...BLANK_OBSERVATION_FIELDS,
  date: previous.date,
  dateApproximate: previous.dateApproximate,
});

function ValuePreview({ text }: { text: string }) {
  if (text.trim() === '') return null;
  const parsed = parseObservationValue(text);
  if (!parsed.ok) return null;
  const v = parsed.value;
  const parts =
    v.valueText !== undefined
      ? [
          isKnownTextResult(v.valueText)
            ? `text result “${v.valueText}”`
            : `“${v.valueText}” is not a number or a known text result`,
        ]
      : [
          v.comparator ? `comparator ${v.comparator}` : undefined,
          v.valueHigh !== undefined ? `range ${v.value}–${v.valueHigh}` : `value ${String(v.value)}`,
        ];
  const flag = [v.value, v.valueHigh].map((n) => (n === undefined ? undefined : implausibleNumber(n))).find(Boolean);
  return (
    <>
      <span data-parsed-value={formatParsedValue(v)}>→ {parts.filter(Boolean).join(', ')}</span>
      <FieldFlag message={flag} />
    </>
  );
}

/** The text the value field holds, when it is text no report prints as a result: it is saved only if ticked. */
function unknownText(value: string): string | undefined {
  const parsed = parseObservationValue(value);
  const text = parsed.ok ? parsed.value.valueText : undefined;
  return text !== undefined && !isKnownTextResult(text) ? text : undefined;
}

/** The unit the form holds, as a row would store it: a UCUM code, or free text when ticked. */
function unitOfFields(unit: string, freeText: boolean): UnitRef {
  if (freeText) return { unit: unit.trim(), unitIsFreeText: true };
  const parsed = parseUnit(unit);
  return parsed.ok ? { unit: parsed.value.code } : {};
}

/**
 * The code a typed analyte carries, as it would be saved: the case's for an analyte it has, else
 * the built-in list's, and only where it fits the unit (Lymphocytes in % is not 731-0, the count).
 */
function codeFor(name: string, analytes: readonly CaseAnalyte[], unit: UnitRef): string {
  return canonicalAnalyte(name, undefined, analytes, unit).loinc ?? '';
}

/** Says when a synonym will be saved under the case's own name, so the change is never silent. */
function AnalytePreview({ text, analytes }: { text: string; analytes: readonly CaseAnalyte[] }) {
  const existing = resolveAnalyte(text, analytes);
  if (!existing || existing.name === text.trim()) return null;
  return <span data-canonical-analyte={existing.name}>→ saved as “{existing.name}”, as in this case</span>;
}

function UnitPreview({ text, freeText }: { text: string; freeText: boolean }) {
  if (text.trim() === '') return null;
  if (freeText) return <>kept as written (free text)</>;
  const parsed = parseUnit(text);
  return parsed.ok ? <>→ UCUM {parsed.value.code}</> : null;
}

export function ObservationForm({
  caseId,
  events,
  analytes,
  editing,
}: {
  caseId: string;
  events: TimelineEvent[];
  /** The case's analytes, the row being edited left out (so it can be renamed). */
  analytes: CaseAnalyte[];
  editing: Observation | undefined;
}) {
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const initial = useMemo(
    () => (editing ? observationToFields(editing, events) : BLANK_OBSERVATION_FIELDS),
    [editing, events],
  );
  // A synonym of an analyte the case has is saved under the case's name and code ("Creatine
  // kinase" as "Creatine kinase (CK)", 2157-6), so that it joins that analyte's panel.
  const parse = useCallback(
    (fields: ObservationFields, id: string): Result<Observation> => {
      const parsed = fieldsToObservation(fields, id, events);
      if (!parsed.ok) return parsed;
      const { analyte, loinc } = canonicalAnalyte(parsed.value.analyte, parsed.value.loinc, analytes, parsed.value);
      return { ok: true, value: { ...parsed.value, analyte, ...(loinc !== undefined ? { loinc } : {}) } };
    },
    [events, analytes],
  );
  const commit = useCallback(
    (observation: Observation) =>
      commitEdit(
        caseId,
        { type: 'save-observation', observation },
        `Save ${observation.analyte} ${observation.date.date}`,
      ),
    [caseId],
  );
  const form = useEntryForm({
    caseId,
    editingId: editing?.id,
    draftKind: 'observation',
    initial,
    blank: blankAfter,
    parse,
    commit,
    fieldOf,
    firstFieldRef,
  });
  const { fields, setField } = form;
  useEvidenceRequests({
    table: 'observations',
    editing: editing !== undefined,
    evidence: fields.evidence,
    name: { field: 'analyte', value: fields.analyte },
    setField: (name, value) => setField(name as keyof ObservationFields & string, value),
    // With its analyte filled in, the row starts at its date; without, at its analyte.
    focus: (named) => (named ? document.getElementById('observation-date') : firstFieldRef.current)?.focus(),
  });
  const suggestions = useMemo(() => suggestAnalytes(fields.analyte, analytes, 12), [fields.analyte, analytes]);

  const onAnalyte = (name: string) => {
    setField('analyte', name);
    // The LOINC field follows the analyte's identity ("CK", "CPK" and "creatine kinase" all fill
    // 2157-6), unless the clinician typed a code of their own.
    const unit = unitOfFields(fields.unit, fields.unitIsFreeText);
    if (fields.loinc === '' || fields.loinc === codeFor(fields.analyte, analytes, unit)) {
      setField('loinc', codeFor(name, analytes, unit));
    }
    // Picking a known lab fills its usual unit, unless the clinician typed one.
    const known = suggestions.find((s) => s.name === name);
    if (known?.unit && fields.unit === '') setField('unit', known.unit);
  };

  return (
    <EntryForm
      name={editing ? `Edit observation ${editing.analyte}` : 'New observation'}
      title={editing ? `Editing ${editing.analyte}` : 'Add a lab or measurement'}
      form={form}
      saveLabel={editing ? 'Save changes' : 'Add observation'}
      cancelLabel={editing ? 'Cancel' : 'Clear'}
      after={
        <>
          {editing ? <RowStamps caseId={caseId} table="observations" row={editing} name={editing.analyte} /> : null}
          <datalist id="observation-analytes">
            {suggestions.map((s) => (
              <option key={`${s.source}:${s.name}`} value={s.name}>
                {s.loinc ? `LOINC ${s.loinc}` : s.source === 'case' ? 'in this case' : ''}
              </option>
            ))}
          </datalist>
          <datalist id="observation-units">
            {COMMON_LAB_UNITS.map((u) => (
              <option key={u.code} value={u.code}>
                {u.display}
              </option>
            ))}
          </datalist>
        </>
      }
    >
      <div className="entry-grid">
        <TextField
          {...form.text('analyte')}
          label="Analyte"
          className="wide"
          onChange={onAnalyte}
          list="observation-analytes"
          inputRef={firstFieldRef}
          placeholder="e.g. Creatine kinase (CK)"
          hint={<AnalytePreview text={fields.analyte} analytes={analytes} />}
        />
        <TextField
          {...form.text('date')}
          label="Date"
          placeholder="2022-08, or 2 months after …"
          hint={<DatePreview text={fields.date} approximate={fields.dateApproximate} events={events} />}
        />
        <CheckboxField {...form.check('dateApproximate')} label="Date approximate" />
        <TextField
          {...form.text('value')}
          onChange={(value) => {
            setField('value', value);
            // The tick was for the text it was given, not for whatever is typed next.
            if (fields.valueIsText) setField('valueIsText', false);
          }}
          label="Value"
          placeholder=">300.0, 400–500, positive"
          hint={<ValuePreview text={fields.value} />}
          after={
            unknownText(fields.value) !== undefined ? (
              <CheckboxField {...form.check('valueIsText')} label="Keep as text" />
            ) : null
          }
        />
        <TextField
          {...form.text('unit')}
          onChange={(value) => {
            setField('unit', value);
            // The code filled from the analyte follows the unit: a unit of another dimension is
            // another property, which that code does not name.
            const before = codeFor(fields.analyte, analytes, unitOfFields(fields.unit, fields.unitIsFreeText));
            if (fields.loinc === '' || fields.loinc === before) {
              setField('loinc', codeFor(fields.analyte, analytes, unitOfFields(value, fields.unitIsFreeText)));
            }
          }}
          label="Unit"
          list="observation-units"
          placeholder="U/L, μg/L"
          hint={<UnitPreview text={fields.unit} freeText={fields.unitIsFreeText} />}
        />
        <CheckboxField {...form.check('unitIsFreeText')} label="Unit is free text" />
        <TextField
          {...form.text('referenceLow')}
          label="Reference low"
          inputMode="decimal"
          hint={<NumberFlag text={fields.referenceLow} />}
        />
        <TextField
          {...form.text('referenceHigh')}
          label="Reference high"
          inputMode="decimal"
          hint={<NumberFlag text={fields.referenceHigh} />}
        />
        <TextField {...form.text('loinc')} label="LOINC" placeholder="2157-6" />
        <TextField {...form.text('notes')} label="Notes" className="wide" />
        <EvidenceField
          id="observation-evidence"
          value={fields.evidence}
          onChange={(v) => setField('evidence', v)}
          problem={form.problemAt('evidence')}
        />
      </div>
    </EntryForm>
  );
}
