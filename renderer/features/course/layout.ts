// Pixel layout shared by the lanes, the trend panels and the brush: every one draws its plot from
// the same left edge over the same width, so one x is one date in all of them.
import { estimateTextWidth } from '../../../shared/course/packing';

/** Left of the plot: lane titles, or a panel's value axis. */
export const GUTTER = 184;
/** Right of the plot. */
export const RIGHT = 24;
/** A panel's value axis (inside the gutter, against the plot). */
export const Y_AXIS_WIDTH = 60;
/** A panel's chart on a tall window: the height it had before panels were fitted to the window. */
export const PANEL_MAX_HEIGHT = 150;
/**
 * A panel's chart at its shortest: a plot of 58 px, where four or five value ticks still
 * stand clear of one another and a fall to zero still reads as a fall. Below this the overview
 * is left taller than the window rather than made illegible.
 */
export const PANEL_MIN_HEIGHT = 84;
/** Room above the plot for its top tick label and a marker drawn on its top edge. */
export const PANEL_TOP = 8;
export const X_AXIS_HEIGHT = 18;
export const LANE_ROW_HEIGHT = 18;
export const LANE_PADDING = 2;
export const LABEL_FONT_SIZE = 11;
export const TEXT_ROW_HEIGHT = 18;
/** An open course (no end reported) fades out over this many pixels. */
export const OPEN_COURSE_PX = 36;
/** Exported pictures are this many pixels wide: a full-HD (16:9, 1920 × 1080) slide. */
export const SLIDE_WIDTH_PX = 1920;
/** Left free under the overview when it fills the window, so its end shows as an end. */
export const WINDOW_MARGIN = 8;

export const plotWidth = (width: number) => Math.max(40, width - GUTTER - RIGHT);

/**
 * Where to centre a date tick's label: on its tick, but kept whole inside the plot at either
 * end, so the first year ("2017" at the plot's left edge) and the last month are never cut.
 */
export function tickLabelX(x: number, label: string, width: number, fontSize = LABEL_FONT_SIZE): number {
  const half = estimateTextWidth(label, fontSize) / 2;
  return Math.min(Math.max(x, GUTTER + half), GUTTER + plotWidth(width) - half);
}

/**
 * The height of each panel's chart that lets the whole overview (heading, toolbar, lanes,
 * panels, brush) fit in a window `windowHeight` tall, given the height of everything but the
 * charts: the reader sees the course at a glance, without scrolling. Never taller than
 * {@link PANEL_MAX_HEIGHT}, never shorter than {@link PANEL_MIN_HEIGHT}.
 */
export function fittedPanelHeight(windowHeight: number, rest: number, charts: number): number {
  if (charts === 0) return PANEL_MAX_HEIGHT;
  const share = Math.floor((windowHeight - WINDOW_MARGIN - rest) / charts);
  return Math.min(PANEL_MAX_HEIGHT, Math.max(PANEL_MIN_HEIGHT, share));
}

/** The plot area inside a panel's chart, as recharts lays it out from the margins and axis sizes below. */
export const panelPlotArea = (width: number, height: number) => ({
  left: GUTTER,
  top: PANEL_TOP,
  width: plotWidth(width),
  height: height - PANEL_TOP - X_AXIS_HEIGHT,
});

export const PANEL_MARGIN = { top: PANEL_TOP, right: RIGHT, bottom: 0, left: GUTTER - Y_AXIS_WIDTH };
