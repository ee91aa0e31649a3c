// The case at a glance: title, citation, patient and diagnoses with their criteria, and the way
// down to its course.
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Case } from '../../../shared/model/case';
import { formatCitation, missingCitationDetails } from '../../../shared/model/citation';
import type { CaseHeader } from '../../data/case-repository';
import { useUiStore } from '../../state/ui-store';
import { EvidenceMark } from '../source-pane/EvidenceMark';
import { CourseOverviewLink } from '../course/CourseOverviewLink';
import './case-overview.css';

function formatPatient(p: Case['patient']): string {
  const age = p.ageAtPresentation ? `${p.ageAtPresentation.value} ${p.ageAtPresentation.unit}` : 'age not reported';
  return `${p.sex === 'unknown' ? 'Sex not reported' : p.sex[0]!.toUpperCase() + p.sex.slice(1)}, ${age} at presentation`;
}

/** "Authors, journal and year are": the missing details as a sentence starts. */
function sentence(details: readonly string[]): string {
  const list = details.length > 1 ? `${details.slice(0, -1).join(', ')} and ${details.at(-1)}` : (details[0] ?? '');
  const verb = details.length > 1 || details[0] === 'authors' ? 'are' : 'is';
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${verb}`;
}

/** "Details missing: authors, journal, year", and the way to fill them in, starting at the first. */
function MissingDetails({ header }: { header: CaseHeader }) {
  const openDetailsForm = useUiStore((s) => s.openDetailsForm);
  const missing = missingCitationDetails(header.citation);
  if (missing.length === 0) return null;
  return (
    <p className="details-missing">
      <span className="details-missing-badge">Details missing</span> {sentence(missing)} not filled in yet.{' '}
      <button type="button" onClick={() => openDetailsForm('edit', missing[0])}>
        Fill in details
      </button>
    </p>
  );
}

export function CaseOverview({ header }: { header: CaseHeader }) {
  const { citation } = header;
  const citationLine = formatCitation(citation);
  return (
    <section className="case-overview" aria-labelledby="case-title">
      <div className="case-title-row">
        <h1 id="case-title">{header.title}</h1>
        <CourseOverviewLink />
      </div>
      <MissingDetails header={header} />
      {citationLine === '' && !citation.doi ? null : (
        <p className="citation">
          {citationLine}
          {citation.doi ? (
            <>
              {' '}
              · doi:<span className="mono">{citation.doi}</span>
            </>
          ) : null}
        </p>
      )}
      {citation.notes ? <p className="muted small">{citation.notes}</p> : null}
      <dl className="facts">
        <div>
          <dt>Patient</dt>
          <dd>{formatPatient(header.patient)}</dd>
        </div>
        <div>
          <dt>Diagnoses</dt>
          <dd>
            <ul className="diagnoses">
              {header.diagnoses.map((d) => (
                <li key={d.id}>
                  <strong>{d.label}</strong>
                  <EvidenceMark rowId={d.id} name={d.label} evidence={d.evidence} focusable />
                  {d.date ? <span className="muted"> · {formatPartialDate(d.date)}</span> : null}
                  {d.criteria.length > 0 ? <div className="small">Criteria: {d.criteria.join('; ')}</div> : null}
                  {d.notes ? <div className="small muted">{d.notes}</div> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
