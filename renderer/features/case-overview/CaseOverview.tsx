// The case at a glance: title, citation, patient and diagnoses with their criteria, and the way
// down to its course.
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Case } from '../../../shared/model/case';
import type { CaseHeader } from '../../data/case-repository';
import { CourseOverviewLink } from '../course/CourseOverviewLink';
import './case-overview.css';

function formatCitation(c: Case['citation']): string {
  const parts = [c.authors.join(', '), c.title, c.journal, String(c.year)];
  const where = [c.volume, c.issue ? `(${c.issue})` : undefined, c.pages ? `:${c.pages}` : undefined]
    .filter(Boolean)
    .join('');
  // Initials end in a period already ("D. W."); joining with ". " must not double it.
  return [...parts, where]
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/\.$/, ''))
    .join('. ');
}

function formatPatient(p: Case['patient']): string {
  const age = p.ageAtPresentation ? `${p.ageAtPresentation.value} ${p.ageAtPresentation.unit}` : 'age not reported';
  return `${p.sex === 'unknown' ? 'Sex not reported' : p.sex[0]!.toUpperCase() + p.sex.slice(1)}, ${age} at presentation`;
}

export function CaseOverview({ header }: { header: CaseHeader }) {
  const { citation } = header;
  return (
    <section className="case-overview" aria-labelledby="case-title">
      <div className="case-title-row">
        <h1 id="case-title">{header.title}</h1>
        <CourseOverviewLink />
      </div>
      <p className="citation">
        {formatCitation(citation)}
        {citation.doi ? (
          <>
            {' '}
            · doi:<span className="mono">{citation.doi}</span>
          </>
        ) : null}
      </p>
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
