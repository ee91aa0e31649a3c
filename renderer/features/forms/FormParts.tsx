// The frame every entry form shares: its keys, its title, the form-wide problems and save/cancel.
import type { KeyboardEvent, ReactNode } from 'react';
import type { Problem } from '../../../shared/model/result';

function FormProblems({ problems }: { problems: Problem[] }) {
  return (
    <>
      {problems.map((p) => (
        <div key={`${p.where}:${p.message}`} className="field-problem" role="alert">
          {p.message}
        </div>
      ))}
    </>
  );
}

interface EntryFormProps {
  /** The form's accessible name ("New event", "Edit event Prednisone"). */
  name: string;
  title: string;
  className?: string;
  form: {
    onKeyDown(e: KeyboardEvent): void;
    save(): Promise<void>;
    cancel(): Promise<void>;
    general: Problem[];
    /** False while the form's draft is still being read: no field shows until it is in. */
    ready: boolean;
  };
  saveLabel: string;
  cancelLabel: string;
  onCancel?: () => void;
  /** The fields, in tab order. */
  children: ReactNode;
  /** After the buttons: datalists and other things that are not fields. */
  after?: ReactNode;
  /** The title as the page's h1, for a form that stands in for the case's own heading. */
  titleIsPageHeading?: boolean;
}

export function EntryForm({
  name,
  title,
  className,
  form,
  saveLabel,
  cancelLabel,
  onCancel,
  children,
  after,
  titleIsPageHeading = false,
}: EntryFormProps) {
  return (
    <form
      className={`entry-form ${className ?? ''}`}
      aria-label={name}
      onKeyDown={form.onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      {titleIsPageHeading ? (
        <h1 className="entry-form-title">{title}</h1>
      ) : (
        <div className="entry-form-title">{title}</div>
      )}
      {form.ready ? (
        <>
          {children}
          <FormProblems problems={form.general} />
          <div className="entry-actions">
            <button type="submit">{saveLabel} (Enter)</button>
            <button type="button" onClick={onCancel ?? (() => void form.cancel())}>
              {cancelLabel} (Esc)
            </button>
          </div>
          {after}
        </>
      ) : (
        <p className="muted">Restoring the draft…</p>
      )}
    </form>
  );
}
