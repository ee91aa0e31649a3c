// The height of the panels' charts, fitted so that the whole overview fills the window and no
// more: measured from what is on screen, since the toolbar and the lanes wrap with the width.
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { fittedPanelHeight, PANEL_MAX_HEIGHT } from './layout';

/** Each panel's chart (the recharts surface's box, exactly the height it is given). */
const CHART_SELECTOR = '.panel-plot';

export function usePanelHeight(overviewRef: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(PANEL_MAX_HEIGHT);
  const fit = useCallback(() => {
    const overview = overviewRef.current;
    if (!overview) return;
    const charts = [...overview.querySelectorAll<HTMLElement>(CHART_SELECTOR)];
    if (charts.length === 0) return;
    // Everything but the charts (heading, toolbar, lanes, captions, text strips, brush) keeps its
    // height whatever the charts' height, so one measurement settles the fit.
    const charted = charts.reduce((sum, chart) => sum + chart.getBoundingClientRect().height, 0);
    const rest = overview.getBoundingClientRect().height - charted;
    setHeight(fittedPanelHeight(window.innerHeight, rest, charts.length));
  }, [overviewRef]);

  // After every render of the overview (a panel shown or hidden, lanes regrouped, a new width):
  // measured before the browser paints, so a panel is never seen at the wrong height.
  useLayoutEffect(fit);
  // And when the window's height changes, or the toolbar rewraps, without a render.
  useEffect(() => {
    const overview = overviewRef.current;
    if (!overview) return;
    const observer = new ResizeObserver(fit);
    observer.observe(overview);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [overviewRef, fit]);
  return height;
}
