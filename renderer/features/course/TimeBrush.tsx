// The zoom brush under the panels: the whole course in miniature, with the period shown picked
// out. Drag across it to zoom every lane and panel; drag the window or its edges to adjust it;
// double-click to see the whole course again.
import { useMemo, useState, type PointerEvent } from 'react';
import type { TimeSpan } from '../../../shared/course/lanes';
import { axisTicks, pixelScale, type TimeAxis } from '../../../shared/course/time-axis';
import { GUTTER, plotWidth, tickLabelX } from './layout';

const HEIGHT = 44;
const STRIP_TOP = 4;
const STRIP_HEIGHT = 24;
const BIN_PX = 3;
/** A drag shorter than this is a click, not a zoom. */
const MIN_DRAG_PX = 4;

type DragMode = 'new' | 'move' | 'start' | 'end';
interface Drag {
  mode: DragMode;
  origin: number;
  initial: [number, number];
  current: [number, number];
}

export interface TimeBrushProps {
  axis: TimeAxis;
  /** Times of everything drawn, for the density strip. */
  times: readonly number[];
  zoom: TimeSpan | undefined;
  width: number;
  onZoom(zoom: TimeSpan | undefined): void;
}

export function TimeBrush({ axis, times, zoom, width, onZoom }: TimeBrushProps) {
  const plot = plotWidth(width);
  const scale = useMemo(() => pixelScale(axis, GUTTER, plot), [axis, plot]);
  const ticks = useMemo(() => axisTicks(axis, plot, 90), [axis, plot]);
  const bins = useMemo(() => {
    const counts = new Map<number, number>();
    for (const t of times) {
      const bin = Math.floor((scale.x(t) - GUTTER) / BIN_PX);
      if (bin >= 0 && bin * BIN_PX <= plot) counts.set(bin, (counts.get(bin) ?? 0) + 1);
    }
    const max = Math.max(1, ...counts.values());
    return [...counts.entries()].map(([bin, count]) => ({ bin, share: Math.sqrt(count / max) }));
  }, [times, scale, plot]);
  const [drag, setDrag] = useState<Drag | undefined>();

  const clampX = (x: number) => Math.min(GUTTER + plot, Math.max(GUTTER, x));
  const pointerX = (e: PointerEvent<SVGSVGElement>) => clampX(e.clientX - e.currentTarget.getBoundingClientRect().left);
  const zoomed: [number, number] | undefined = zoom
    ? [clampX(scale.x(zoom.from)), clampX(scale.x(zoom.to))]
    : undefined;
  const selection = drag?.current ?? zoomed;

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const x = pointerX(e);
    const part = (e.target as Element).getAttribute('data-part');
    const mode: DragMode =
      zoomed && part === 'start'
        ? 'start'
        : zoomed && part === 'end'
          ? 'end'
          : zoomed && part === 'window'
            ? 'move'
            : 'new';
    const initial: [number, number] = mode === 'new' || !zoomed ? [x, x] : zoomed;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ mode, origin: x, initial, current: initial });
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const x = pointerX(e);
    const [a, b] = drag.initial;
    let current: [number, number];
    if (drag.mode === 'new') current = [Math.min(drag.origin, x), Math.max(drag.origin, x)];
    else if (drag.mode === 'start') current = [Math.min(x, b), Math.max(x, b)];
    else if (drag.mode === 'end') current = [Math.min(a, x), Math.max(a, x)];
    else {
      const shift = Math.min(GUTTER + plot - b, Math.max(GUTTER - a, x - drag.origin));
      current = [a + shift, b + shift];
    }
    setDrag({ ...drag, current });
  };

  const onPointerUp = () => {
    if (!drag) return;
    const [a, b] = drag.current;
    setDrag(undefined);
    if (b - a < MIN_DRAG_PX) return;
    // The whole strip selected is the whole course: no zoom.
    if (a <= GUTTER && b >= GUTTER + plot) onZoom(undefined);
    else onZoom({ from: scale.time(a), to: scale.time(b) });
  };

  return (
    <svg
      className={`time-brush${drag ? ' dragging' : ''}`}
      width={width}
      height={HEIGHT}
      role="group"
      // A pointer's control: the keyboard's way to the same zoom is the From and To boxes above.
      aria-label="Zoom: drag across this strip to show a shorter period; double-click to show the whole course; from the keyboard, type the period in From and To above"
      data-zoomed={zoom ? 'true' : 'false'}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(undefined)}
      onDoubleClick={() => onZoom(undefined)}
    >
      <text className="brush-title" x={GUTTER - 10} y={STRIP_TOP + 16} textAnchor="end">
        Zoom
      </text>
      <rect className="brush-strip" x={GUTTER} y={STRIP_TOP} width={plot} height={STRIP_HEIGHT} />
      {axis.segments
        .filter((s) => s.compressed)
        .map((s) => (
          <rect
            key={s.start}
            className="axis-break"
            x={scale.x(s.from)}
            y={STRIP_TOP}
            width={scale.x(s.to) - scale.x(s.from)}
            height={STRIP_HEIGHT}
          />
        ))}
      {bins.map(({ bin, share }) => (
        <rect
          key={bin}
          className="brush-density"
          x={GUTTER + bin * BIN_PX}
          y={STRIP_TOP + STRIP_HEIGHT * (1 - share)}
          width={BIN_PX - 0.5}
          height={STRIP_HEIGHT * share}
        />
      ))}
      {ticks
        .filter((t) => t.label !== '')
        .map((t) => (
          <text
            key={t.at}
            className="brush-tick"
            x={tickLabelX(scale.x(t.time), t.label, width, 10)}
            y={HEIGHT - 3}
            textAnchor="middle"
          >
            {t.label}
          </text>
        ))}
      {selection ? (
        <g className="brush-selection">
          <rect className="brush-shade" x={GUTTER} y={STRIP_TOP} width={selection[0] - GUTTER} height={STRIP_HEIGHT} />
          <rect
            className="brush-shade"
            x={selection[1]}
            y={STRIP_TOP}
            width={GUTTER + plot - selection[1]}
            height={STRIP_HEIGHT}
          />
          <rect
            className="brush-window"
            data-part="window"
            x={selection[0]}
            y={STRIP_TOP}
            width={Math.max(1, selection[1] - selection[0])}
            height={STRIP_HEIGHT}
          />
          <rect
            className="brush-handle"
            data-part="start"
            x={selection[0] - 4}
            y={STRIP_TOP}
            width={8}
            height={STRIP_HEIGHT}
          />
          <rect
            className="brush-handle"
            data-part="end"
            x={selection[1] - 4}
            y={STRIP_TOP}
            width={8}
            height={STRIP_HEIGHT}
          />
        </g>
      ) : null}
    </svg>
  );
}
