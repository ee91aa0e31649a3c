// "Compare with…": the other abstraction is another case in this app or a case file exported by
// another copy (or a backup); a file of several cases asks which one.
import { useCaseHeader, useCaseList } from '../../data/hooks';
import { closeCompare, compareWithCase, compareWithFile, compareWithFileCase } from './compare-actions';
import { COMPARE_CHOOSER_ID, type CompareSession } from './compare-store';

type Choosing = Extract<CompareSession, { phase: 'choosing' }>;

export function CompareChooser({ session }: { session: Choosing }) {
  const cases = useCaseList();
  const left = useCaseHeader(session.leftId);
  const others = (cases ?? []).filter((c) => c.id !== session.leftId);
  const { fileCases } = session;
  return (
    <section className="compare-chooser" aria-labelledby="compare-chooser-title">
      <h1 id="compare-chooser-title">Compare “{left?.title ?? session.leftId}” with…</h1>
      <p className="small muted">
        The open case is the left side. The other abstraction of the same report is the right side: a case here, or a
        case file exported by another copy of Case Abstractor. A file is only read for the compare, never stored.
      </p>
      {fileCases ? (
        <>
          <p>
            {fileCases.fileName} holds {fileCases.cases.length} cases: which one is the other abstraction?
          </p>
          <ul className="compare-choices" aria-label={`Cases in ${fileCases.fileName}`}>
            {fileCases.cases.map((c, index) => (
              <li key={c.id}>
                <button
                  type="button"
                  id={index === 0 ? COMPARE_CHOOSER_ID : undefined}
                  onClick={() => void compareWithFileCase(session.leftId, fileCases.fileName, c)}
                >
                  {c.title}
                </button>{' '}
                <span className="small muted">
                  {c.events.length} events, {c.observations.length} observations
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h2 className="compare-choice-title">A case file exported by another copy of the app (JSON, or a backup)</h2>
          <button type="button" id={COMPARE_CHOOSER_ID} onClick={() => void compareWithFile(session.leftId)}>
            Open a case file…
          </button>
          <h2 className="compare-choice-title">Another case in this app</h2>
          {others.length > 0 ? (
            <ul className="compare-choices" aria-label="Other cases in this app">
              {others.map((c) => (
                <li key={c.id}>
                  <button type="button" onClick={() => void compareWithCase(session.leftId, c.id)}>
                    {c.title}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="small muted">There is no other case in this app: open a case file.</p>
          )}
        </>
      )}
      <div className="entry-actions">
        <button type="button" onClick={closeCompare}>
          Cancel
        </button>
      </div>
    </section>
  );
}
