// The diagnoses of a case, one row each: label, criteria used (semicolon-separated), date, notes.
import type { DiagnosisFields } from '../../../shared/editing/case-details-fields';
import { CheckboxField, TextField } from '../forms/Field';
import { YearFlag } from '../forms/FieldFlag';
import { addEvidence, evidenceText, parseEvidenceText } from '../../../shared/editing/evidence-field';
import { EvidenceField } from '../source-pane/EvidenceField';
import { useEvidenceIndex } from '../source-pane/evidence-index';
import { selectedAnchor } from '../source-pane/pane-actions';
import type { Diagnosis } from '../../../shared/model/case';
import { RowStamps } from '../who/RowStamps';

interface Props {
  /** Editing a stored case: its diagnoses can cite the source open beside it (a new case has none). */
  withEvidence: boolean;
  diagnoses: DiagnosisFields[];
  onChange(diagnoses: DiagnosisFields[]): void;
  problemAt(where: string): string | undefined;
  /** The open case's stored diagnoses, when it is edited: each says who made it, with its history. */
  stored?: { caseId: string; diagnoses: readonly Diagnosis[] } | undefined;
}

export function DiagnosesEditor({ withEvidence, diagnoses, onChange, problemAt, stored }: Props) {
  const sourceOpen = useEvidenceIndex((s) => s.source !== undefined);
  const update = (index: number, patch: Partial<DiagnosisFields>) =>
    onChange(diagnoses.map((d, k) => (k === index ? { ...d, ...patch } : d)));
  // A diagnosis keeps its anchors as objects (the diagnoses field is JSON already); none is no key.
  const setEvidence = (index: number, text: string) => {
    const parsed = parseEvidenceText(text);
    const { evidence: _old, ...rest } = diagnoses[index] ?? ({} as DiagnosisFields);
    onChange(
      diagnoses.map((d, k) =>
        k === index ? (parsed.ok && parsed.value ? { ...rest, evidence: parsed.value } : (rest as DiagnosisFields)) : d,
      ),
    );
  };
  const add = () =>
    onChange([
      ...diagnoses,
      { id: crypto.randomUUID(), label: '', criteria: '', date: '', dateApproximate: false, notes: '' },
    ]);
  return (
    <fieldset className="diagnoses-editor">
      <legend>Diagnoses</legend>
      {diagnoses.map((d, index) => {
        const id = (name: string) => `diagnosis-${index}-${name}`;
        const n = index + 1;
        const kept = stored?.diagnoses.find((s) => s.id === d.id);
        return (
          <div className="entry-grid diagnosis-row" key={d.id}>
            <TextField
              id={id('label')}
              label={`Diagnosis ${n}`}
              className="wide"
              value={d.label}
              onChange={(v) => update(index, { label: v })}
              problem={problemAt(`diagnoses[${index}].label`)}
            />
            <TextField
              id={id('criteria')}
              label={`Diagnosis ${n} criteria`}
              className="wide"
              value={d.criteria}
              onChange={(v) => update(index, { criteria: v })}
              placeholder="ACR/EULAR 2016; …"
            />
            <TextField
              id={id('date')}
              label={`Diagnosis ${n} date`}
              value={d.date}
              onChange={(v) => update(index, { date: v })}
              problem={problemAt(`diagnoses[${index}].date`)}
              hint={<YearFlag text={d.date} />}
            />
            <CheckboxField
              id={id('approximate')}
              label={`Diagnosis ${n} date approximate`}
              checked={d.dateApproximate}
              onChange={(v) => update(index, { dateApproximate: v })}
            />
            <TextField
              id={id('notes')}
              label={`Diagnosis ${n} notes`}
              className="wide"
              value={d.notes}
              onChange={(v) => update(index, { notes: v })}
            />
            {withEvidence && (sourceOpen || (d.evidence?.length ?? 0) > 0) ? (
              <EvidenceField
                id={id('evidence')}
                label={`Diagnosis ${n} evidence`}
                value={evidenceText(d.evidence)}
                onChange={(text) => setEvidence(index, text)}
                problem={problemAt(`diagnoses[${index}].evidence`)}
                onAttach={() => {
                  const selected = selectedAnchor();
                  if (selected) setEvidence(index, addEvidence(evidenceText(d.evidence), [selected.anchor]));
                }}
              />
            ) : null}
            <div className="field">
              <button
                type="button"
                onClick={() => onChange(diagnoses.filter((_, k) => k !== index))}
                aria-label={`Remove diagnosis ${n}`}
              >
                Remove
              </button>
            </div>
            {stored && kept ? (
              <RowStamps caseId={stored.caseId} table="diagnoses" row={kept} name={kept.label} />
            ) : null}
          </div>
        );
      })}
      <button type="button" onClick={add}>
        Add diagnosis
      </button>
    </fieldset>
  );
}
