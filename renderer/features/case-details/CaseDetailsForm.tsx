// Creates a case, or edits the open one's title, citation, patient and diagnoses.
import { useCallback, useMemo, useRef } from 'react';
import {
  AGE_UNITS,
  BLANK_CASE_DETAILS,
  caseToDetailsFields,
  fieldsToCaseDetails,
  readDiagnoses,
  SEXES,
  type CaseDetailsFields,
} from '../../../shared/editing/case-details-fields';
import type { CaseDetails } from '../../../shared/editing/case-edits';
import { createCase } from '../../data/case-actions';
import type { CaseHeader } from '../../data/case-repository';
import { NEW_CASE_DRAFTS } from '../../data/draft-book';
import { commitEdit } from '../../data/edit-actions';
import { useUiStore } from '../../state/ui-store';
import { SelectField, TextField } from '../forms/Field';
import { YearFlag } from '../forms/FieldFlag';
import { EntryForm } from '../forms/FormParts';
import { useEntryForm } from '../forms/use-entry-form';
import { DiagnosesEditor } from './DiagnosesEditor';
import { OfferedCitation } from './OfferedCitation';

const FIELD_NAMES = Object.keys(BLANK_CASE_DETAILS);
const fieldOf = (where: string) => (FIELD_NAMES.includes(where) || where.startsWith('diagnoses[') ? where : 'form');

export function CaseDetailsForm({ header }: { header: CaseHeader | undefined }) {
  const close = useUiStore((s) => s.openDetailsForm);
  const startIn = useUiStore((s) => s.detailsFocus) ?? 'title';
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const initial = useMemo(() => (header ? caseToDetailsFields(header) : BLANK_CASE_DETAILS), [header]);
  const commit = useCallback(
    async (details: CaseDetails) => {
      const problems = header
        ? await commitEdit(header.id, { type: 'save-details', details }, `Edit details of “${details.title}”`)
        : await createCase(details);
      if (problems.length === 0) close(undefined);
      return problems;
    },
    [header, close],
  );
  const form = useEntryForm({
    caseId: header?.id ?? NEW_CASE_DRAFTS,
    editingId: header?.id,
    draftKind: 'case-details',
    initial,
    blank: () => BLANK_CASE_DETAILS,
    parse: fieldsToCaseDetails,
    commit,
    fieldOf,
    firstFieldRef,
  });
  const { fields, setField, problemAt } = form;
  const text = (
    name: keyof CaseDetailsFields & string,
    label: string,
    extra: { className?: string; placeholder?: string } = {},
  ) => (
    <TextField
      id={`case-${name}`}
      label={label}
      value={fields[name] as string}
      onChange={(v) => setField(name, v)}
      problem={problemAt(name)}
      {...extra}
      {...(name === 'title' ? { inputRef: firstFieldRef } : {})}
      {...(name === startIn ? { autoFocus: true } : {})}
      {...(name === 'year' ? { hint: <YearFlag text={fields.year} /> } : {})}
    />
  );
  return (
    <EntryForm
      name={header ? 'Case details' : 'New case'}
      title={header ? 'Case details' : 'New case'}
      className="case-details-form"
      // In place of the case's title (or of any case, for a new one): one h1 in every state.
      titleIsPageHeading
      form={{
        ...form,
        onKeyDown: (e) => {
          if (e.key === 'Escape') close(undefined);
          form.onKeyDown(e);
        },
      }}
      saveLabel={header ? 'Save details' : 'Create case'}
      cancelLabel="Cancel"
      onCancel={() => {
        void form.cancel();
        close(undefined);
      }}
    >
      {header ? <OfferedCitation fields={fields} setField={setField} /> : null}
      <div className="entry-grid">
        {text('title', 'Case title', { className: 'wide' })}
        {text('authors', 'Authors', { className: 'wide', placeholder: 'Surname AB; Surname CD' })}
        {text('journal', 'Journal')}
        {text('year', 'Year')}
        {text('articleTitle', 'Article title', { className: 'wide' })}
        {text('volume', 'Volume')}
        {text('issue', 'Issue')}
        {text('pages', 'Pages')}
        {text('doi', 'DOI', { placeholder: '10.1093/…' })}
        {text('citationNotes', 'Citation notes', { className: 'wide' })}
        {text('age', 'Age at presentation')}
        <SelectField
          id="case-ageUnit"
          label="Age unit"
          value={fields.ageUnit as (typeof AGE_UNITS)[number]}
          options={AGE_UNITS}
          onChange={(v) => setField('ageUnit', v)}
        />
        <SelectField
          id="case-sex"
          label="Sex"
          value={fields.sex as (typeof SEXES)[number]}
          options={SEXES}
          onChange={(v) => setField('sex', v)}
          problem={problemAt('sex')}
        />
      </div>
      <DiagnosesEditor
        withEvidence={header !== undefined}
        diagnoses={readDiagnoses(fields)}
        onChange={(d) => setField('diagnoses', JSON.stringify(d))}
        problemAt={problemAt}
        stored={header ? { caseId: header.id, diagnoses: header.diagnoses } : undefined}
      />
    </EntryForm>
  );
}
