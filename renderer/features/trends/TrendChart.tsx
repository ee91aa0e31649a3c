// One analyte over time: real time axis, censored values as open triangles, ranges as intervals.
import {
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendPoint, TrendSeries } from '../../../shared/trends/series';
import { displayUnit } from '../../../shared/units/display';
import { formatPartialDate } from '../../../shared/dates/partial-date';

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

interface ChartPoint extends TrendPoint {
  /** recharts ErrorBar takes [below, above] offsets from the plotted value. */
  range: [number, number];
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: ChartPoint;
}

function PointMarker({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const key = payload.observationId;
  if (payload.censored) {
    // A censored value is a bound, not a measurement: an open triangle pointing the way it is censored.
    const up = payload.label.startsWith('>');
    const d = up
      ? `M${cx},${cy - 7} L${cx + 6},${cy + 4} L${cx - 6},${cy + 4} Z`
      : `M${cx},${cy + 7} L${cx + 6},${cy - 4} L${cx - 6},${cy - 4} Z`;
    return <path key={key} d={d} className="marker marker-censored" data-censored="true" />;
  }
  return (
    <circle
      key={key}
      cx={cx}
      cy={cy}
      r={4.5}
      className={payload.approximateDate ? 'marker marker-approximate' : 'marker marker-exact'}
      data-point-date={payload.date}
    />
  );
}

function PointTooltip({
  active,
  payload,
  unit,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartPoint }>;
  unit: string;
}) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <div>
        {formatPartialDate({ date: point.date, approximate: point.approximateDate && point.date.length === 10 })}
      </div>
      <strong>
        {point.label} {displayUnit(unit)}
      </strong>
    </div>
  );
}

export function TrendChart({
  series,
  referenceLow,
  referenceHigh,
}: {
  series: TrendSeries;
  referenceLow?: number;
  referenceHigh?: number;
}) {
  const data: ChartPoint[] = series.points.map((p) => ({
    ...p,
    range: [0, p.valueHigh === undefined ? 0 : p.valueHigh - p.value],
  }));
  const unit = displayUnit(series.unit);
  return (
    <figure className="trend-chart" aria-label={`Trend of ${series.analyte} in ${unit}`} data-analyte={series.analyte}>
      <figcaption>
        {series.analyte} <span className="muted">({unit})</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin - 2592000000', 'dataMax + 2592000000']}
            tickFormatter={(t: number) => MONTH_YEAR.format(t)}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            tick={{ fontSize: 12 }}
            width={64}
            label={{ value: unit, angle: -90, position: 'insideLeft', style: { fontSize: 12, fill: '#4b5563' } }}
          />
          {referenceLow !== undefined || referenceHigh !== undefined ? (
            <ReferenceArea
              {...(referenceLow === undefined ? {} : { y1: referenceLow })}
              {...(referenceHigh === undefined ? {} : { y2: referenceHigh })}
              className="reference-band"
              fill="#10b981"
              fillOpacity={0.08}
              ifOverflow="extendDomain"
            />
          ) : null}
          <Tooltip content={<PointTooltip unit={series.unit} />} />
          <Line
            dataKey="value"
            type="linear"
            stroke="#2563eb"
            strokeWidth={1.5}
            isAnimationActive={false}
            dot={(props: DotProps) => <PointMarker {...props} />}
            activeDot={false}
          >
            <ErrorBar dataKey="range" width={6} stroke="#2563eb" direction="y" />
          </Line>
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
