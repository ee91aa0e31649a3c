// The mark a table row with evidence carries: a button that shows the row's words in the source
// pane, drawn as found, orphaned (the words are not in this source) or waiting for its source. Not
// a <button>: the grid gives a cell holding a button to the button, and Enter on a row's cells must
// keep opening the row; from the keyboard, Alt+W on any cell of the row does what a click does.
import type { EvidenceAnchor } from '../../../shared/model/evidence';
import { useEvidenceIndex } from './evidence-index';
import { showRowEvidence } from './pane-actions';

export function EvidenceMark({
  rowId,
  name,
  evidence,
  focusable = false,
}: {
  rowId: string;
  name: string;
  evidence: readonly EvidenceAnchor[] | undefined;
  /** Outside a grid (a diagnosis in the case overview) the mark is a Tab stop of its own. */
  focusable?: boolean;
}) {
  const found = useEvidenceIndex((s) => s.rows[rowId]);
  if (!evidence || evidence.length === 0) return null;
  const state = found?.state ?? 'not-open';
  const label =
    state === 'shown'
      ? `Show the words of ${name} in the source`
      : state === 'orphaned'
        ? `The words of ${name} were not found in the source: orphaned`
        : `${name} cites a source that is not open`;
  if (!focusable) {
    // In a grid the mark is for the mouse: a named button would become the cell's name, and the
    // cell's name must stay the row's own words. From the keyboard (and a screen reader), Alt+W on
    // the row shows its words, or says it has none.
    return (
      <span
        aria-hidden="true"
        className={`evidence-mark evidence-${state}`}
        data-evidence-mark={state}
        title={label}
        onClick={(e) => {
          e.stopPropagation();
          showRowEvidence(rowId, name);
        }}
      />
    );
  }
  return (
    // The glyph is drawn by CSS, so the text stays the row's own words.
    <span
      role="button"
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          showRowEvidence(rowId, name);
        }
      }}
      className={`evidence-mark evidence-${state}`}
      data-evidence-mark={state}
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.stopPropagation();
        showRowEvidence(rowId, name);
      }}
    />
  );
}
