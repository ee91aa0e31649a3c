// The timeline of events in date order, each date shown exactly as precise as it was abstracted.
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { TimelineEvent } from '../../../shared/model/case';
import { displayUnit } from '../../../shared/units/display';

function formatPeriod(e: TimelineEvent): string {
  return e.end ? `${formatPartialDate(e.start)} – ${formatPartialDate(e.end)}` : formatPartialDate(e.start);
}

function formatDose(e: TimelineEvent): string {
  if (e.dose?.value === undefined) return '';
  return `${e.dose.value} ${displayUnit(e.dose.unit)}`;
}

function formatDuration(e: TimelineEvent): string {
  if (!e.duration) return '';
  return e.duration.unit === 'doses' ? `×${e.duration.value}` : `${e.duration.value} ${e.duration.unit}`;
}

export function TimelineTable({ events }: { events: TimelineEvent[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">
        Timeline <span className="count">{events.length} events</span>
      </h2>
      <div className="table-scroll">
        <table aria-label="Timeline events">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Event</th>
              <th scope="col">Dose</th>
              <th scope="col">Route</th>
              <th scope="col">Frequency</th>
              <th scope="col">Duration</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-event-id={e.id}>
                <td className="nowrap">{formatPeriod(e)}</td>
                <td>
                  <span className={`kind kind-${e.kind}`}>{e.kind}</span>
                </td>
                <td>{e.label}</td>
                <td className="nowrap num">{formatDose(e)}</td>
                <td>{e.dose?.route ?? ''}</td>
                <td>{e.dose?.frequency ?? ''}</td>
                <td className="nowrap">{formatDuration(e)}</td>
                <td className="notes">{e.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="legend small muted">~ marks an approximate date.</p>
    </section>
  );
}
