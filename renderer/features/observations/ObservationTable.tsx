// Labs and measurements, each result shown as reported: comparator, decimals, range or text.
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Observation } from '../../../shared/model/case';
import { formatObservationValue, formatReferenceRange } from '../../../shared/model/observation-value';
import { displayUnit } from '../../../shared/units/display';

export function ObservationTable({ observations }: { observations: Observation[] }) {
  return (
    <section aria-labelledby="observations-heading">
      <h2 id="observations-heading">
        Labs and measurements <span className="count">{observations.length} observations</span>
      </h2>
      <div className="table-scroll">
        <table aria-label="Observations">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Analyte</th>
              <th scope="col">Result</th>
              <th scope="col">Unit</th>
              <th scope="col">Reference</th>
              <th scope="col">LOINC</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {observations.map((o) => (
              <tr key={o.id} data-observation-id={o.id}>
                <td className="nowrap">{formatPartialDate(o.date)}</td>
                <td>{o.analyte}</td>
                <td className="nowrap num">{formatObservationValue(o)}</td>
                <td className="nowrap" title={o.unit}>
                  {displayUnit(o.unit)}
                  {o.unitIsFreeText ? <span className="muted small"> (free text)</span> : null}
                </td>
                <td className="nowrap num">{formatReferenceRange(o)}</td>
                <td className="mono small nowrap">{o.loinc ?? ''}</td>
                <td className="notes">{o.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
