// The agreement between the two abstractions: per field percent agreement and Cohen's kappa
// (NA where it is not defined), overall, and presence (rows both found against rows one found).
import type { Agreement } from '../../../shared/compare/compare-types';
import { fieldWords } from './compare-items';

const percent = (p: number | null) => (p === null ? 'NA' : `${(Math.round(p * 10) / 10).toFixed(1)} %`);
const kappa = (k: number | null) => (k === null ? 'NA' : k.toFixed(2));

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
              title="Cohen's kappa, for categorical fields; NA where chance agreement is 1 or it does not apply"
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
              <td className="num">{kappa(f.kappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
