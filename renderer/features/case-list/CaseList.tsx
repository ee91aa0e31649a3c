// The list of abstracted cases; choosing one opens it.
import { useCaseList } from '../../data/hooks';
import { useUiStore } from '../../state/ui-store';
import { CASE_LIST_ID } from '../keys/focus-targets';

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
                <span className="case-link-meta">
                  {c.citation.journal} {c.citation.year}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
