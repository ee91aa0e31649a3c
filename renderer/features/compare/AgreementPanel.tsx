// The agreement between the two abstractions: per field percent agreement and Cohen's kappa
// (NA where chance agreement is 1; a dash for fields that are not categories), overall, and presence (rows both found against rows one found).
import { KAPPA_FIELDS, type Agreement, type ComparedField } from '../../../shared/compare/compare-types';
import { fieldWords } from './compare-items';

const percent = (p: number | null) => (p === null ? 'NA' : `${(Math.round(p * 10) / 10).toFixed(1)} %`);
const isCategory = (field: ComparedField) => (KAPPA_FIELDS as readonly string[]).includes(field);
// "NA" is a statement about the data (chance agreement is 1); a value or a note is no category at
// all, so its kappa is not computed, which a methods section must not read as NA.
const kappa = (field: ComparedField, k: number | null) => (!isCategory(field) ? '—' : k === null ? 'NA' : k.toFixed(2));

export function AgreementPanel({ agreement, onExport }: { agreement: Agreement; onExport(): void }) {
  const { presence, overall } = agreement;
  const fields = agreement.fields.filter((f) => f.compared > 0);
  return (
    <section className="compare-agreement" aria-labelledby="compare-agreement-title">
      <div className="compare-agreement-head">
        <h3 id="compare-agreement-title">Agreement</h3>
        <button type="button" onClick={onExport}>
          Export agreement CSV
        </button>
      </div>
      <p className="small">
        Presence: {presence.both} found by both, {presence.leftOnly} left only, {presence.rightOnly} right only ·{' '}
        <strong>{percent(presence.percent)}</strong>. Fields overall: {overall.agreed} of {overall.compared} agree ·{' '}
        <strong>{percent(overall.percent)}</strong>.
      </p>
      <table className="compare-agreement-table" aria-label="Agreement by field">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Compared</th>
            <th scope="col">Agree</th>
            <th scope="col">Percent</th>
            <th
              scope="col"
              title="Cohen's kappa, for the categorical fields only (a dash elsewhere); NA where chance agreement is 1"
            >
              Kappa
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.field} data-field={f.field}>
              <th scope="row">{fieldWords(f.field)}</th>
              <td className="num">{f.compared}</td>
              <td className="num">{f.agreed}</td>
              <td className="num">{percent(f.percent)}</td>
              <td className="num" {...(isCategory(f.field) ? {} : { 'aria-label': 'not computed' })}>
                {kappa(f.field, f.kappa)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
