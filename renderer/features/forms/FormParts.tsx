// The save/cancel row and the form-wide problems, shared by every entry form.
import type { Problem } from '../../../shared/model/result';

export function FormProblems({ problems }: { problems: Problem[] }) {
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

export function FormActions({
  saveLabel,
  cancelLabel,
  onCancel,
}: {
  saveLabel: string;
  cancelLabel: string;
  onCancel(): void;
}) {
  return (
    <div className="entry-actions">
      <button type="submit">{saveLabel} (Enter)</button>
      <button type="button" onClick={onCancel}>
        {cancelLabel} (Esc)
      </button>
    </div>
  );
}
