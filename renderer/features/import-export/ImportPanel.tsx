// The import, step by step: reading with a progress bar (cancellable), then either every problem
// found or a preview of what would be written; nothing is written until "Import" is pressed.
import type { ConflictChoice, ImportPreview } from '../../../shared/import/plan';
import type { Problem } from '../../../shared/model/result';
import { cancelImport, confirmImport } from '../../data/import-export-actions';
import { useImportStore } from './import-store';
import './import-export.css';

function ProblemList({ fileName, problems }: { fileName: string; problems: Problem[] }) {
  return (
    <>
      <p role="alert">
        <strong>{fileName || 'The file'} cannot be imported</strong>: {problems.length} problem
        {problems.length === 1 ? '' : 's'}. Nothing was changed.
      </p>
      <ol className="import-problems" aria-label="Import problems">
        {problems.map((p, index) => (
          <li key={index}>
            <span className="mono">{p.where}</span>: {p.message}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Rows imported as they are but worth a look: an import has no one to ask, so the preview says it. */
function WarningList({ preview }: { preview: ImportPreview }) {
  const total = preview.warnings.length + preview.unlistedWarnings;
  return (
    <>
      <p className="small">
        <strong>
          {total} warning{total === 1 ? '' : 's'}
        </strong>
        : imported as they are; check them in the file or, after the import, in the case.
        {preview.unlistedWarnings > 0 ? ` The first ${preview.warnings.length} are listed.` : ''}
      </p>
      <ol className="import-problems" aria-label="Import warnings">
        {preview.warnings.map((p, index) => (
          <li key={index}>
            <span className="mono">{p.where}</span>: {p.message}
          </li>
        ))}
      </ol>
    </>
  );
}

const CHOICES: { value: ConflictChoice; label: string }[] = [
  { value: 'skip', label: 'Skip' },
  { value: 'replace', label: 'Replace the stored case' },
  { value: 'copy', label: 'Import as a copy' },
];

function Preview({ preview, choices }: { preview: ImportPreview; choices: Record<string, ConflictChoice> }) {
  const choose = useImportStore((s) => s.choose);
  const { totals } = preview;
  // Only an import with evidence shows its column: most imports have none.
  const withEvidence = totals.evidence > 0;
  const newSources = preview.cases.flatMap((c) => c.newSources.map((fingerprint) => ({ c, fingerprint })));
  return (
    <>
      <p>
        {totals.cases} case{totals.cases === 1 ? '' : 's'}, {totals.events} events, {totals.observations} observations
        {withEvidence ? `, ${totals.evidence} evidence anchor${totals.evidence === 1 ? '' : 's'}` : ''}
        {totals.unchanged > 0 ? ` (${totals.unchanged} rows already stored and left as they are)` : ''}.
      </p>
      <table className="import-cases" aria-label="Cases to import">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">What happens</th>
            <th scope="col">Events</th>
            <th scope="col">Observations</th>
            {withEvidence ? <th scope="col">Evidence</th> : null}
          </tr>
        </thead>
        <tbody>
          {preview.cases.map((c) => (
            <tr key={c.caseId}>
              <td>
                {c.title}
                {c.placeholderDetails ? (
                  <div className="small muted">New case: fill in its citation after the import.</div>
                ) : null}
              </td>
              <td>
                {c.action === 'conflict' ? (
                  <label>
                    <span className="visually-hidden">For {c.caseId}: </span>
                    <select
                      aria-label={`What to do with ${c.caseId}`}
                      value={choices[c.caseId] ?? 'skip'}
                      onChange={(e) => choose(c.caseId, e.target.value as ConflictChoice)}
                    >
                      {CHOICES.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : c.action === 'add' ? (
                  `Add to “${c.existingTitle ?? c.caseId}”`
                ) : (
                  'Create'
                )}
              </td>
              <td className="num">{c.events}</td>
              <td className="num">{c.observations}</td>
              {withEvidence ? <td className="num">{c.evidence}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {newSources.length > 0 ? (
        <p className="small">
          <strong>Sources named by fingerprint only:</strong>{' '}
          {newSources.map(({ c, fingerprint }) => `${fingerprint.slice(0, 12)}… (${c.title})`).join(', ')}. Open each
          document in its case to see the cited words.
        </p>
      ) : null}
      {preview.sourceTexts > 0 ? (
        <p className="small">
          The file carries the text of {preview.sourceTexts === 1 ? '1 source' : `${preview.sourceTexts} sources`}: it
          is kept with the cases, so their evidence opens at its words.
        </p>
      ) : null}
      {preview.newAnalytes.length > 0 ? (
        <p className="small">
          <strong>New analytes:</strong>{' '}
          {preview.newAnalytes
            .map((a) => (a.similarTo ? `${a.analyte} (like “${a.similarTo}”)` : a.analyte))
            .join(', ')}
        </p>
      ) : null}
      {preview.codesFilled > 0 ? (
        <p className="small" data-codes-filled={preview.codesFilled}>
          {preview.codesFilled === 1 ? '1 row' : `${preview.codesFilled} rows`} without a LOINC code will carry the code
          of their analyte, as in the case or the built-in list.
        </p>
      ) : null}
      {preview.newUnits.length > 0 ? (
        <p className="small">
          <strong>New units:</strong>{' '}
          {preview.newUnits.map((u) => (u.freeText ? `${u.unit} (free text)` : u.unit)).join(', ')}
        </p>
      ) : null}
      {preview.warnings.length > 0 ? <WarningList preview={preview} /> : null}
    </>
  );
}

export function ImportPanel() {
  const session = useImportStore((s) => s.session);
  const close = useImportStore((s) => s.set);
  if (session.phase === 'idle') return null;
  return (
    <section className="import-panel" aria-label="Import">
      <h2>Import {session.fileName}</h2>
      {session.phase === 'reading' ? (
        <div className="import-progress">
          <progress aria-label="Import progress" max={1} value={session.progress} />
          <span>{Math.round(session.progress * 100)}%</span>
        </div>
      ) : null}
      {session.phase === 'writing' ? <p>Writing…</p> : null}
      {session.phase === 'problems' ? <ProblemList fileName={session.fileName} problems={session.problems} /> : null}
      {session.phase === 'preview' ? <Preview preview={session.preview} choices={session.choices} /> : null}
      <div className="entry-actions">
        {session.phase === 'preview' ? (
          <button type="button" className="primary" onClick={confirmImport}>
            Import
          </button>
        ) : null}
        {session.phase === 'problems' ? (
          <button type="button" onClick={() => close({ phase: 'idle' })}>
            Close
          </button>
        ) : session.phase !== 'writing' ? (
          <button type="button" onClick={cancelImport}>
            Cancel
          </button>
        ) : null}
      </div>
    </section>
  );
}
