// The one field in which the abstractor gives a name or initials: Enter keeps it (and gives the
// focus back to where Alt+B took it from), Escape leaves it as it was.
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { returnFocusFromName, saveAbstractorName } from './who-store';

export function NameField({
  id,
  label,
  initial,
  submitLabel,
  onCancel,
  autoFocus = false,
  children,
}: {
  id: string;
  label: string;
  initial: string;
  submitLabel: string;
  onCancel: () => void;
  /** Takes the focus when drawn: the settings opened on request, never the prompt. */
  autoFocus?: boolean;
  /** More controls after the submit button ("Not now"). */
  children?: ReactNode;
}) {
  const [typed, setTyped] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const problemId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saveAbstractorName(typed).then((message) => {
      setProblem(message);
      if (message === undefined) returnFocusFromName();
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onCancel();
  };
  return (
    <form className="abstractor-name" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        size={16}
        autoFocus={autoFocus}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={problem !== undefined}
        {...(problem === undefined ? {} : { 'aria-describedby': problemId })}
      />
      <button type="submit">{submitLabel}</button>
      {children}
      {problem === undefined ? null : (
        <span id={problemId} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
