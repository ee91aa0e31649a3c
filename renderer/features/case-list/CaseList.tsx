// The list of abstracted cases, each with its journal and year or that its details are missing; choosing one opens it.
import { knownCitation, missingCitationDetails } from '../../../shared/model/citation';
import { useCaseList } from '../../data/hooks';
import type { CaseHeader } from '../../data/case-repository';
import { useUiStore } from '../../state/ui-store';
import { CASE_LIST_ID } from '../keys/focus-targets';

/** Journal and year as known; a case with details missing says so, in its button's name too. */
function CitationMeta({ citation }: { citation: CaseHeader['citation'] }) {
  const { journal, year } = knownCitation(citation);
  const missing = missingCitationDetails(citation).length > 0;
  return (
    <span className="case-link-meta">
      {[journal, year].filter((part) => part !== undefined).join(' ')}
      {missing ? (
        <>
          {journal !== undefined || year !== undefined ? ' · ' : ''}
          <span className="details-missing-badge">details missing</span>
        </>
      ) : null}
    </span>
  );
}

export function CaseList() {
  const cases = useCaseList();
  const selectedCaseId = useUiStore((s) => s.selectedCaseId);
  const selectCase = useUiStore((s) => s.selectCase);
  if (cases === undefined) return null;
  return (
    <section id={CASE_LIST_ID} className="case-list" aria-labelledby="case-list-heading">
      <h2 id="case-list-heading">Cases</h2>
      {cases.length === 0 ? (
        <p className="empty">No cases. Use “Restore preloaded case” to bring back the example.</p>
      ) : (
        <ul>
          {cases.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={c.id === selectedCaseId ? 'case-link selected' : 'case-link'}
                aria-current={c.id === selectedCaseId ? 'true' : undefined}
                onClick={() => selectCase(c.id)}
              >
                <span className="case-link-title">{c.title}</span>
                <CitationMeta citation={c.citation} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
