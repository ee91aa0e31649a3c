// Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS, and Ctrl+Y) undo and redo the case's changes. Inside a text
// field that has text, the keys stay with the field, which undoes its own typing.
import { useEffect } from 'react';
import { redo, undo } from '../../data/edit-actions';

function typingInField(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && target.type === 'text' && target.value !== '') ||
    target instanceof HTMLTextAreaElement
  );
}

export function useUndoKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingInField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
