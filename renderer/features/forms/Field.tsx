// Labelled inputs with their message beside them: every input has a visible label (assistive
// technology and keyboard users find it by name) and says what is wrong with it.
import type { ReactNode, RefObject } from 'react';
import { invisibleCharacters } from '../../../shared/model/text';

interface FieldFrameProps {
  id: string;
  label: string;
  problem?: string | undefined;
  hint?: ReactNode;
  /** Shown below the problem or hint, whichever is there: a choice the message asks for. */
  after?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function FieldFrame({ id, label, problem, hint, after, className, children }: FieldFrameProps) {
  return (
    <div className={`field ${className ?? ''} ${problem ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {problem ? (
        <div className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </div>
      ) : hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {after}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  problem?: string | undefined;
  hint?: ReactNode;
  after?: ReactNode;
  placeholder?: string;
  list?: string;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoFocus?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  problem,
  hint,
  after,
  placeholder,
  list,
  className,
  inputMode,
  autoFocus,
  inputRef,
}: TextFieldProps) {
  // Pasted text (a PDF's soft hyphens, a zero-width space) carries characters no one can see: the
  // case stores the text without them, and the field says so before it is saved.
  const hidden = invisibleCharacters(value);
  const fullHint =
    hidden.length > 0 ? (
      <>
        {hint}
        {hint ? ' ' : null}
        <span className="invisible-notice">Invisible characters ({hidden.join(', ')}) are removed when saved.</span>
      </>
    ) : (
      hint
    );
  return (
    <FieldFrame
      id={id}
      label={label}
      problem={problem}
      hint={fullHint}
      after={after}
      {...(className ? { className } : {})}
    >
      <input
        id={id}
        ref={inputRef}
        type="text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : fullHint ? `${id}-hint` : undefined}
        {...(placeholder ? { placeholder } : {})}
        {...(list ? { list } : {})}
        {...(inputMode ? { inputMode } : {})}
        {...(autoFocus ? { autoFocus } : {})}
      />
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({ id, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  onChange(value: T): void;
  problem?: string | undefined;
  selectRef?: RefObject<HTMLSelectElement | null>;
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  problem,
  selectRef,
}: SelectFieldProps<T>) {
  return (
    <FieldFrame id={id} label={label} problem={problem}>
      <select id={id} ref={selectRef} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
