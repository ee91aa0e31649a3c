// One analyte over time on the overview's shared axis: exact values as dots joined by a line,
// censored values as open triangles with their comparator, ranges as intervals, text results as
// a categorical strip, the reference range as a band; the tooltip gives the nearest real value.
import { memo, useCallback, useId, useMemo, type PointerEvent } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceArea,
  XAxis,
  YAxis,
  ZIndexLayer,
  type XAxisTickContentProps,
} from 'recharts';
import { pixelScale, toAxis, type AxisTick, type TimeAxis } from '../../../shared/course/time-axis';
import { layoutPanel, nearestPoint, panelExtent, type PanelLayout } from '../../../shared/trends/panel-layout';
import { lineValue, type AnalytePanelData } from '../../../shared/trends/series';
import { valueTickFormat } from '../../../shared/trends/tick-format';
import { valueDomain, type ValueScaleKind } from '../../../shared/trends/value-scale';
import { displayUnit } from '../../../shared/units/display';
import { useCourseHover } from '../course/course-store';
import {
  GUTTER,
  PANEL_MARGIN,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
  panelPlotArea,
  plotWidth,
  tickLabelX,
} from '../course/layout';
import { PointMarker } from './PointMarker';
import { TextStrip } from './TextStrip';
import { LABS_SECTION_ID } from '../keys/focus-targets';
import { readableTicks } from './value-ticks';
import './trends.css';

/** Past this distance (pixels) from every point, the pointer is over nothing. */
const HOVER_REACH = 48;

export interface AnalytePanelProps {
  panel: AnalytePanelData;
  axis: TimeAxis;
  ticks: AxisTick[];
  width: number;
  /** The chart's height, fitted to the window (see usePanelHeight). */
  height: number;
  scaleKind: ValueScaleKind;
  onScaleChange(panelKey: string, scale: ValueScaleKind): void;
  onHide(panelKey: string): void;
  onExport(panelKey: string, format: 'png' | 'svg'): void;
}

function AnalytePanelView({
  panel,
  axis,
  ticks,
  width,
  height,
  scaleKind,
  onScaleChange,
  onHide,
  onExport,
}: AnalytePanelProps) {
  const clipId = useId().replace(/:/g, '');
  const descriptionId = `${clipId}-twin`;
  const plotArea = panelPlotArea(width, height);
  const hasNumbers = panel.points.length > 0;
  const canLog = panel.points.some((p) => p.value > 0);
  const kind: ValueScaleKind = scaleKind === 'log' && canLog ? 'log' : 'linear';
  const domain = useMemo(
    () => valueDomain(kind, panelExtent(panel.points, axis.from, axis.to, panel.referenceRange)),
    [panel, axis, kind],
  );
  const valueTicks = useMemo(() => readableTicks(domain, plotArea.height), [domain, plotArea.height]);
  const formatValueTick = useMemo(() => valueTickFormat(valueTicks, kind), [valueTicks, kind]);
  const x = useMemo(() => pixelScale(axis, GUTTER, plotWidth(width)).x, [axis, width]);
  const layout = useMemo(
    () => layoutPanel(panel.points, { x, domain, area: panelPlotArea(width, height), from: axis.from, to: axis.to }),
    [panel.points, x, domain, width, height, axis],
  );
  const lineData = useMemo(
    () =>
      layout.line.map((v) => {
        const p = panel.points[v.index]!;
        return { x: toAxis(axis, p.time), y: lineValue(p) };
      }),
    [layout, panel.points, axis],
  );
  const tickLabels = useMemo(() => new Map(ticks.map((t) => [t.at, t.label])), [ticks]);
  // The date under its tick, as in the lanes above: kept whole inside the plot at either end.
  const timeTick = useCallback(
    ({ x: tickX, y: tickY, payload }: XAxisTickContentProps) => {
      const label = tickLabels.get(Number(payload.value)) ?? '';
      return label === '' ? null : (
        <text
          className="recharts-cartesian-axis-tick-value"
          x={tickLabelX(Number(tickX), label, width)}
          y={Number(tickY)}
          dy="0.71em"
          textAnchor="middle"
          fontSize={11}
          fill="#4b5563"
        >
          {label}
        </text>
      );
    },
    [tickLabels, width],
  );
  const breaks = axis.segments.filter((s) => s.compressed);
  const unit = displayUnit(panel.unit);
  const band = panel.referenceRange;
  const visible = layout.end - layout.start;
  const outside = panel.points.length - visible;
  const hover = useCourseHover((s) => s.hoverTarget);

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const index = nearestPoint(layout, px, py);
    const reach =
      index === undefined
        ? Infinity
        : Math.hypot(layout.xs[index - layout.start]! - px, layout.ys[index - layout.start]! - py);
    if (index === undefined || reach > HOVER_REACH) hover(undefined);
    else hover({ kind: 'point', panelKey: panel.key, index }, { x: e.clientX, y: e.clientY });
  };

  return (
    <figure
      className="trend-chart course-panel"
      aria-label={`Trend of ${panel.analyte}${unit ? ` in ${unit}` : ''}`}
      data-analyte={panel.analyte}
      data-unit={panel.unit ?? ''}
      data-panel-key={panel.key}
      data-scale={kind}
      data-domain-start={new Date(axis.from).toISOString()}
      data-domain-end={new Date(axis.to).toISOString()}
      data-point-count={panel.points.length}
      data-visible-count={visible}
      data-drawn-markers={layout.markers.length}
      data-line-vertices={layout.line.length}
    >
      <figcaption>
        <span className="panel-title" data-export="text">
          {panel.analyte}
          {unit ? ` (${unit})` : ''}
        </span>
        <span className="panel-count">
          {panel.points.length + panel.texts.length}{' '}
          {panel.points.length + panel.texts.length === 1 ? 'result' : 'results'}
          {outside > 0 && visible < panel.points.length ? ` · ${outside} outside the period shown` : ''}
          {layout.thinned ? ' · drawn as a line; hover for each value' : ''}
        </span>
        <span className="panel-tools">
          {hasNumbers ? (
            <span className="segmented" role="group" aria-label={`Scale of ${panel.analyte}`}>
              <button type="button" aria-pressed={kind === 'linear'} onClick={() => onScaleChange(panel.key, 'linear')}>
                Linear
              </button>
              <button
                type="button"
                aria-pressed={kind === 'log'}
                disabled={!canLog}
                title={canLog ? undefined : 'No value above zero to place on a log scale'}
                onClick={() => onScaleChange(panel.key, 'log')}
              >
                Log
              </button>
            </span>
          ) : null}
          <button
            type="button"
            aria-label={`Export ${panel.analyte} as PNG`}
            onClick={() => onExport(panel.key, 'png')}
          >
            PNG
          </button>
          <button
            type="button"
            aria-label={`Export ${panel.analyte} as SVG`}
            onClick={() => onExport(panel.key, 'svg')}
          >
            SVG
          </button>
          <button type="button" aria-label={`Hide ${panel.analyte}`} onClick={() => onHide(panel.key)}>
            ×
          </button>
        </span>
      </figcaption>
      {hasNumbers ? (
        <div className="panel-plot" onPointerMove={onPointerMove} onPointerLeave={() => hover(undefined)}>
          {/* A picture named by its analyte, not recharts' keyboard "application" (a focus stop with
              no name whose keys move a tooltip this overview does not use); every value in it is a
              row of the labs table, its accessible twin. */}
          <ComposedChart
            width={width}
            height={height}
            margin={PANEL_MARGIN}
            accessibilityLayer={false}
            role="img"
            aria-label={`${panel.analyte}${unit ? ` in ${unit}` : ''} over time: ${panel.points.length} ${
              panel.points.length === 1 ? 'value' : 'values'
            }`}
            aria-describedby={descriptionId}
            aria-details={LABS_SECTION_ID}
          >
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, axis.length]}
              allowDataOverflow
              ticks={ticks.map((t) => t.at)}
              interval={0}
              height={X_AXIS_HEIGHT}
              tickSize={4}
              tickMargin={1}
              tick={timeTick}
              stroke="#9ca3af"
            />
            <YAxis
              type="number"
              scale={kind}
              domain={[domain.min, domain.max]}
              allowDataOverflow
              ticks={valueTicks}
              tickFormatter={formatValueTick}
              interval={0}
              width={Y_AXIS_WIDTH}
              tick={{ fontSize: 11, fill: '#4b5563' }}
              stroke="#9ca3af"
            />
            {breaks.map((b) => (
              <ReferenceArea
                key={b.start}
                x1={b.start}
                x2={b.end}
                className="axis-break"
                fill="#f1f5f9"
                fillOpacity={1}
              />
            ))}
            {band ? (
              <ReferenceArea
                y1={Math.max(band.low ?? domain.min, domain.min)}
                y2={Math.min(band.high ?? domain.max, domain.max)}
                className="reference-band"
                fill="#10b981"
                fillOpacity={0.1}
                ifOverflow="hidden"
              />
            ) : null}
            {lineData.length >= 2 ? (
              <Line
                data={lineData}
                dataKey="y"
                type="linear"
                stroke="#2563eb"
                strokeWidth={1.5}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                connectNulls
              />
            ) : null}
            <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
              <defs>
                <clipPath id={`${clipId}-plot`}>
                  {/* The plot, with room above and below for a marker drawn on its top or bottom edge. */}
                  <rect x={plotArea.left} y={plotArea.top - 8} width={plotArea.width} height={plotArea.height + 16} />
                </clipPath>
              </defs>
              <g className="trend-markers" clipPath={`url(#${clipId}-plot)`}>
                {layout.markers.map((m) => (
                  <PointMarker
                    key={panel.points[m.index]!.observationId}
                    point={panel.points[m.index]!}
                    marker={m}
                    x={x}
                    showLabel={!layout.thinned}
                  />
                ))}
              </g>
            </ZIndexLayer>
          </ComposedChart>
          <PointHighlight panelKey={panel.key} layout={layout} />
          <p id={descriptionId} className="visually-hidden">
            Each value is listed with its date, unit and note in the table under “Labs and measurements”.
          </p>
        </div>
      ) : null}
      {panel.texts.length > 0 ? <TextStrip panel={panel} axis={axis} width={width} /> : null}
    </figure>
  );
}

/** A ring on the point the tooltip describes; only this re-renders as the pointer moves. */
function PointHighlight({ panelKey, layout }: { panelKey: string; layout: PanelLayout }) {
  const index = useCourseHover((s) =>
    s.target?.kind === 'point' && s.target.panelKey === panelKey ? s.target.index : undefined,
  );
  if (index === undefined || index < layout.start || index >= layout.end) return null;
  const x = layout.xs[index - layout.start]!;
  const y = layout.ys[index - layout.start]!;
  return <div className="point-highlight" style={{ left: x - 8, top: y - 8 }} aria-hidden="true" />;
}

export const AnalytePanel = memo(AnalytePanelView);
