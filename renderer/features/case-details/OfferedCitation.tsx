// The citation the open source offers (a JATS or journal HTML file), beside the details form: each
// field taken by a button press, never written over what was typed on its own.
import type { CaseDetailsFields } from '../../../shared/editing/case-details-fields';
import { citationOffers } from '../../../shared/editing/offered-citation';
import { useEvidenceIndex } from '../source-pane/evidence-index';

export function OfferedCitation({
  fields,
  setField,
}: {
  fields: CaseDetailsFields;
  setField: (name: keyof CaseDetailsFields & string, value: string) => void;
}) {
  const source = useEvidenceIndex((s) => s.source);
  if (!source?.offeredCitation) return null;
  const offers = citationOffers(source.offeredCitation, fields);
  if (offers.length === 0) return null;
  return (
    <section className="offered-citation" aria-label={`Citation offered by ${source.name}`}>
      <h3>
        Citation in “{source.name}” <span className="small muted">take what is right, field by field</span>
      </h3>
      <dl>
        {offers.map((offer) => (
          <div key={offer.field}>
            <dt>{offer.label}</dt>
            <dd>
              <span>{offer.value}</span>{' '}
              {offer.same ? (
                <span className="small muted">as in the form</span>
              ) : (
                <button
                  type="button"
                  aria-label={`${offer.replaces ? 'Replace' : 'Use'} ${offer.label.toLowerCase()}: ${offer.value}`}
                  onClick={() => setField(offer.field, offer.value)}
                >
                  {offer.replaces ? 'Replace' : 'Use'}
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
