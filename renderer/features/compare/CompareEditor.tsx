// E in the compare: a small form prefilled from one side, read with the event and lab forms' own
// field parsing (shared/editing), so an edited row is checked as a typed one is. Enter keeps it as
// the item's decision, Escape goes back to the list; nothing is stored until the case is written.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ComparedItem, ComparedRow } from '../../../shared/compare/compare-types';
import type { TimelineEvent } from '../../../shared/model/case';
import type { Problem } from '../../../shared/model/result';
import { CheckboxField, TextField } from '../forms/Field';
import { kindText } from './compare-items';
import { fieldSpecs, initialFields, readFields, type Fields } from './edit-fields';

export { editableKinds } from './edit-fields';

interface Props {
  item: ComparedItem;
  /** The row the form starts from, and the events its relative dates are read against. */
  base: ComparedRow;
  events: readonly TimelineEvent[];
  onKeep(row: ComparedRow): void;
  onCancel(): void;
}

export function CompareEditor({ item, base, events, onKeep, onCancel }: Props) {
  const [fields, setFields] = useState<Fields>(() => initialFields(item, base, events));
  const [problems, setProblems] = useState<Problem[]>([]);
  const specs = fieldSpecs(item.kind);
  const problemOf = (name: string) =>
    problems
      .filter((p) => p.where === name || p.where.startsWith(`${name}.`))
      .map((p) => p.message)
      .join('; ') || undefined;
  const unplaced = problems.filter((p) => !specs.some((s) => p.where === s.name || p.where.startsWith(`${s.name}.`)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readFields(item, base, fields, events);
    if (read.ok) onKeep(read.value);
    else setProblems(read.problems);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onCancel();
  };
  return (
    <form className="compare-editor" aria-label={`Edit ${kindText(item)}`} onSubmit={submit} onKeyDown={onKeyDown}>
      <h3>Edit {kindText(item)}: Enter keeps it as the decision, Escape goes back</h3>
      <div className="compare-editor-fields">
        {specs.map((spec, index) =>
          spec.check ? (
            <CheckboxField
              key={spec.name}
              id={`compare-edit-${spec.name}`}
              label={spec.label}
              checked={fields[spec.name] === true}
              onChange={(checked) => setFields({ ...fields, [spec.name]: checked })}
            />
          ) : (
            <TextField
              key={spec.name}
              id={`compare-edit-${spec.name}`}
              label={spec.label}
              value={String(fields[spec.name] ?? '')}
              onChange={(value) => setFields({ ...fields, [spec.name]: value })}
              problem={problemOf(spec.name)}
              autoFocus={index === 0}
              {...(spec.wide ? { className: 'compare-edit-wide' } : {})}
            />
          ),
        )}
      </div>
      {unplaced.length > 0 ? (
        <ul className="compare-problems" role="alert">
          {unplaced.map((p, i) => (
            <li key={i}>
              <span className="mono">{p.where}</span>: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="entry-actions">
        <button type="submit" className="primary">
          Keep this row
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
