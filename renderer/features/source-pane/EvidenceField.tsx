// A form's evidence: the passages attached to the row, each shown in the source or removed, and
// the pane's requests (a new row from selected words, words attached to this row) taken in.
import { useEffect } from 'react';
import { addEvidence, parseEvidenceText, removeEvidence } from '../../../shared/editing/evidence-field';
import type { EvidenceAnchor } from '../../../shared/model/evidence';
import { hintFor } from '../keys/platform-keys';
import { resolveAnchor } from '../../../shared/evidence/resolve-anchor';
import { foundRange, useEvidenceIndex } from './evidence-index';
import { attachSelection } from './pane-actions';
import { usePaneStore } from './pane-store';

/** The words an anchor points at, as the form lists them. */
function passageText(anchor: EvidenceAnchor, source: ReturnType<typeof useEvidenceIndex.getState>['source']): string {
  if (anchor.quote !== undefined) return anchor.quote;
  if (source) {
    const found = foundRange(resolveAnchor(anchor, source));
    if (found) return source.text.slice(found.start, found.end);
  }
  return `characters ${anchor.start}–${anchor.end}`;
}

export function EvidenceField({
  id,
  value,
  onChange,
  problem,
  onAttach = attachSelection,
  label = 'Evidence',
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
  /** What "Attach selected words" does; by default the pane's attach command (Alt+A). */
  onAttach?: () => void;
  label?: string;
}) {
  const source = useEvidenceIndex((s) => s.source);
  const parsed = parseEvidenceText(value);
  const anchors = parsed.ok ? (parsed.value ?? []) : [];
  const count = anchors.length;
  // With no source open and nothing attached there is nothing to show or attach: the form stays as it was.
  if (!source && count === 0 && problem === undefined) return null;
  return (
    <div className="field wide evidence-field" role="group" aria-labelledby={`${id}-label`}>
      <span className="evidence-label" id={`${id}-label`}>
        {label}{' '}
        <span className="muted" data-evidence-count={count}>
          {count === 0 ? 'none' : count === 1 ? '1 passage' : `${count} passages`}
        </span>
      </span>
      {anchors.length > 0 ? (
        <ul className="evidence-list">
          {anchors.map((anchor, index) => {
            const words = passageText(anchor, source);
            return (
              <li key={`${anchor.source}:${anchor.start}:${anchor.end}`}>
                <button
                  type="button"
                  className="evidence-words"
                  title="Show these words in the source"
                  onClick={() => {
                    if (!source) return;
                    const found = foundRange(resolveAnchor(anchor, source));
                    if (found) usePaneStore.getState().show(found);
                  }}
                >
                  “{words.length > 60 ? `${words.slice(0, 60)}…` : words}”
                </button>
                <button
                  type="button"
                  aria-label={`Remove the evidence “${words.slice(0, 60)}”`}
                  onClick={() => onChange(removeEvidence(value, index))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <button type="button" className="evidence-attach" onClick={onAttach}>
        Attach selected words{onAttach === attachSelection ? ` (${hintFor('attach-selection')})` : ''}
      </button>
      {problem ? <span className="field-problem">{problem}</span> : null}
    </div>
  );
}

/** Whether selected words read as a name (no digits, a few words): only then do they fill one in. */
const readsAsName = (words: string) => !/\d/.test(words) && words.length <= 60 && /\p{L}/u.test(words);

/**
 * Takes in the pane's requests for this form's table: adds the anchor to the evidence field, fills
 * the name field from the words when it is empty and they read as a name, and puts the focus in
 * the form. A request for a new row waits while the form is editing another one.
 */
export function useEvidenceRequests({
  table,
  editing,
  evidence,
  name,
  setField,
  focus,
}: {
  table: 'events' | 'observations';
  editing: boolean;
  evidence: string;
  name: { field: string; value: string };
  setField: (field: string, value: string | boolean) => void;
  focus: (nameFilled: boolean) => void;
}): void {
  const request = usePaneStore((s) => (s.request?.table === table ? s.request : undefined));
  useEffect(() => {
    if (!request || (request.mode === 'new' && editing)) return;
    usePaneStore.getState().done(request.seq);
    if (request.fields) {
      // A whole row to correct (a suggestion): it replaces what the form held, evidence and all.
      for (const [field, value] of Object.entries(request.fields)) setField(field, value);
      const prefix = table === 'events' ? 'event' : 'observation';
      const target = request.focusField ? document.getElementById(`${prefix}-${request.focusField}`) : null;
      if (target) target.focus();
      else focus(true);
      return;
    }
    setField('evidence', addEvidence(evidence, [request.anchor]));
    const fill = request.mode === 'new' && name.value.trim() === '' && readsAsName(request.words);
    if (fill) setField(name.field, request.words);
    // The form is in the DOM once its effects run: the focus goes there now, not a frame later.
    focus(fill || name.value.trim() !== '');
    // Only a new request is acted on; the fields it reads are those of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, editing]);
}
