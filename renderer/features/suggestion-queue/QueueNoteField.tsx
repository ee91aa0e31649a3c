// The note typed for a suggestion added with N: Enter adds the row with it, Escape goes back to
// the list and adds nothing.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function QueueNoteField({
  name,
  initial,
  onSubmit,
  onCancel,
}: {
  name: string;
  initial: string;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      onSubmit(note);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="queue-note">
      <label htmlFor="queue-note-input">Note for {name}</label>
      <input
        id="queue-note-input"
        ref={input}
        type="text"
        value={note}
        maxLength={20_000}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="small muted">Enter adds the row with this note · Escape goes back</p>
    </div>
  );
}
