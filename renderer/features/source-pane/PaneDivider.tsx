// The divider between the case and the source pane: drag it, or focus it and use the arrow keys
// (WAI-ARIA window splitter pattern); Enter folds the pane away and back.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_MIN_WIDTH } from './pane-store';

const STEP = 24;

/** The widest the pane may be: the case keeps at least this much of the window. */
export const maxPaneWidth = () => Math.max(PANE_MIN_WIDTH, Math.round(window.innerWidth * 0.6));

export function PaneDivider({
  width,
  onWidth,
  onFold,
}: {
  width: number;
  onWidth: (width: number) => void;
  onFold: () => void;
}) {
  const drag = useRef<{ x: number; width: number } | undefined>(undefined);
  const clamp = (w: number) => Math.max(PANE_MIN_WIDTH, Math.min(maxPaneWidth(), Math.round(w)));
  const onKeyDown = (e: KeyboardEvent) => {
    const to =
      e.key === 'ArrowLeft'
        ? width + STEP
        : e.key === 'ArrowRight'
          ? width - STEP
          : e.key === 'Home'
            ? PANE_MIN_WIDTH
            : e.key === 'End'
              ? maxPaneWidth()
              : undefined;
    if (to !== undefined) {
      e.preventDefault();
      onWidth(clamp(to));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onFold();
    }
  };
  return (
    <div
      className="pane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the source pane"
      aria-controls="source-pane"
      aria-valuemin={PANE_MIN_WIDTH}
      aria-valuemax={maxPaneWidth()}
      aria-valuenow={width}
      aria-valuetext={`source pane ${width} pixels wide`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(e: PointerEvent<HTMLDivElement>) => {
        drag.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current) onWidth(clamp(drag.current.width + drag.current.x - e.clientX));
      }}
      onPointerUp={() => (drag.current = undefined)}
    />
  );
}
