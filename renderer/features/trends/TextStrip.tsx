// Text results (positive, negative, …) as a categorical strip under a panel: one row per result,
// each dated on the shared axis.
import { useMemo, type PointerEvent } from 'react';
import { precisionOf } from '../../../shared/dates/partial-date';
import { pixelScale, type TimeAxis } from '../../../shared/course/time-axis';
import { fitLabel } from '../../../shared/course/packing';
import { textRows, textTone, thinByCell, visibleRange } from '../../../shared/trends/panel-layout';
import type { AnalytePanelData } from '../../../shared/trends/series';
import { useCourseHover } from '../course/course-store';
import { GUTTER, TEXT_ROW_HEIGHT, plotWidth } from '../course/layout';

const HOVER_REACH = 24;
const MARKER_LIMIT = 400;

export function TextStrip({ panel, axis, width }: { panel: AnalytePanelData; axis: TimeAxis; width: number }) {
  const rows = useMemo(() => textRows(panel.texts), [panel.texts]);
  const x = useMemo(() => pixelScale(axis, GUTTER, plotWidth(width)).x, [axis, width]);
  const [start, end] = visibleRange(panel.texts, axis.from, axis.to);
  const rowOf = useMemo(() => {
    const map = new Map<number, number>();
    rows.forEach((row, r) => row.indexes.forEach((i) => map.set(i, r)));
    return map;
  }, [rows]);
  const hover = useCourseHover((s) => s.hoverTarget);
  const height = rows.length * TEXT_ROW_HEIGHT + 6;
  const rowY = (r: number) => 3 + r * TEXT_ROW_HEIGHT + TEXT_ROW_HEIGHT / 2;
  const placed = panel.texts.slice(start, end).map((t, k) => ({
    t,
    x: x(t.time),
    y: rowY(rowOf.get(start + k) ?? 0),
  }));
  // Hundreds of results on one row would overdraw one another; the tooltip still finds each.
  const drawn = placed.length > MARKER_LIMIT ? thinByCell(placed, 3) : placed;

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    let best: number | undefined;
    let bestDistance = HOVER_REACH;
    placed.forEach((p, k) => {
      const d = Math.hypot(p.x - px, p.y - py);
      if (d < bestDistance) [best, bestDistance] = [start + k, d];
    });
    if (best === undefined) hover(undefined);
    else hover({ kind: 'text', panelKey: panel.key, index: best }, { x: e.clientX, y: e.clientY });
  };

  return (
    <svg
      className="text-strip"
      width={width}
      height={height}
      role="img"
      aria-label={`${panel.analyte}: text results`}
      onPointerMove={onPointerMove}
      onPointerLeave={() => hover(undefined)}
    >
      {rows.map((row, r) => (
        <g key={row.text}>
          <text className="strip-row-label" x={GUTTER - 8} y={rowY(r) + 4} textAnchor="end">
            {/* Cut to the gutter's width, so a long result never runs off the picture's left edge. */}
            {fitLabel(row.text, GUTTER - 8 - 6, 11)}
          </text>
          <line className="strip-row-line" x1={GUTTER} x2={GUTTER + plotWidth(width)} y1={rowY(r)} y2={rowY(r)} />
        </g>
      ))}
      {drawn.map(({ t, x: cx, y: cy }) => (
        <g key={t.observationId}>
          {precisionOf(t.date.date) !== 'day' ? (
            <line className="date-whisker" x1={x(t.timeFrom)} x2={x(t.timeTo)} y1={cy} y2={cy} />
          ) : null}
          <circle
            className={`marker marker-text marker-text-${textTone(t.text)}`}
            cx={cx}
            cy={cy}
            r={4.5}
            data-point={t.observationId}
            data-date={t.date.date}
            data-text={t.text}
          />
        </g>
      ))}
    </svg>
  );
}
