// Flags a stored case's details that today's text rules refuse (kept whole, never cut), by field.
import { useMemo } from 'react';
import { storedDetailsProblems } from '../../../shared/model/validate';
import type { CaseHeader } from '../../data/case-repository';
import { useUiStore } from '../../state/ui-store';

export function StoredTextNotice({ header }: { header: CaseHeader }) {
  const openDetailsForm = useUiStore((s) => s.openDetailsForm);
  const problems = useMemo(() => storedDetailsProblems(header), [header]);
  if (problems.length === 0) return null;
  return (
    <div className="details-missing" role="status">
      <span className="details-missing-badge">Stored before today’s limits</span>{' '}
      {problems.map((p) => (p.message.startsWith(p.where) ? p.message : `${p.where}: ${p.message}`)).join('; ')}.
      Nothing was cut; shorten or mend it to save the details again.{' '}
      <button type="button" onClick={() => openDetailsForm('edit')}>
        Edit details
      </button>
    </div>
  );
}
