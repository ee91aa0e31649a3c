// One result's marker: a dot for a measurement (hollow when its date is approximate), an open
// triangle pointing the way a censored value is censored, an interval for a range, a chevron at
// the floor for zero on a log axis. Data attributes carry the value as typed, for checking.
import { precisionOf } from '../../../shared/dates/partial-date';
import type { DrawnMarker } from '../../../shared/trends/panel-layout';
import type { TrendPoint } from '../../../shared/trends/series';

interface PointMarkerProps {
  point: TrendPoint;
  marker: DrawnMarker;
  x(time: number): number;
  /** Off when the panel is dense: labels would pile up. */
  showLabel: boolean;
}

export function PointMarker({ point, marker, x, showLabel }: PointMarkerProps) {
  const { x: cx, y: cy } = marker;
  const data = {
    'data-point': point.observationId,
    'data-date': point.date.date,
    'data-value': String(point.value),
    ...(point.valueHigh === undefined ? {} : { 'data-value-high': String(point.valueHigh) }),
    ...(point.comparator === undefined ? {} : { 'data-comparator': point.comparator }),
    'data-label': point.label,
    'data-censored': String(point.censored),
    'data-approximate-date': String(point.approximateDate),
  };
  // A month- or year-only date: a faint bar over the whole period it could be.
  const whisker =
    precisionOf(point.date.date) !== 'day' ? (
      <line className="date-whisker" x1={x(point.timeFrom)} x2={x(point.timeTo)} y1={cy} y2={cy} />
    ) : null;

  let shape;
  if (marker.offScale) {
    shape = (
      <path
        className="marker marker-offscale"
        d={`M${cx - 5},${cy - 8} L${cx},${cy - 3} L${cx + 5},${cy - 8}`}
        data-offscale="true"
        {...data}
      />
    );
  } else if (point.censored) {
    const up = point.comparator === '>' || point.comparator === '>=';
    const d = up
      ? `M${cx},${cy - 7} L${cx + 6},${cy + 4} L${cx - 6},${cy + 4} Z`
      : `M${cx},${cy + 7} L${cx + 6},${cy - 4} L${cx - 6},${cy - 4} Z`;
    shape = (
      <>
        <path className="marker marker-censored" d={d} {...data} />
        {showLabel ? (
          <text className="censored-label" x={cx + 9} y={cy + 4}>
            {point.label}
          </text>
        ) : null}
      </>
    );
  } else if (marker.yHigh !== undefined) {
    const top = Math.min(marker.yHigh, cy);
    const height = Math.max(2, Math.abs(cy - marker.yHigh));
    shape = <rect className="marker marker-range" x={cx - 3.5} y={top} width={7} height={height} rx={2} {...data} />;
  } else {
    const approximate = point.approximateDate || point.comparator === '~';
    shape = (
      <circle
        className={`marker ${approximate ? 'marker-approximate' : 'marker-exact'}`}
        cx={cx}
        cy={cy}
        r={4.5}
        {...data}
      />
    );
  }
  return (
    <>
      {whisker}
      {shape}
    </>
  );
}
