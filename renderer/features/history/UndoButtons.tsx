// Undo and redo, with what they would take back, for mouse users and as a visible hint of the keys.
import { redo, undo } from '../../data/edit-actions';
import { hintFor } from '../keys/platform-keys';
import { useHistoryState } from '../../data/hooks';

export function UndoButtons() {
  const history = useHistoryState();
  return (
    <div className="undo-buttons">
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!history?.undoLabel}
        title={history?.undoLabel ? `Undo: ${history.undoLabel} (${hintFor('undo')})` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!history?.redoLabel}
        title={history?.redoLabel ? `Redo: ${history.redoLabel} (${hintFor('redo')})` : 'Nothing to redo'}
      >
        Redo
      </button>
    </div>
  );
}
