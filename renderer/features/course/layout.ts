// Pixel layout shared by the lanes, the trend panels and the brush: every one draws its plot from
// the same left edge over the same width, so one x is one date in all of them.

/** Left of the plot: lane titles, or a panel's value axis. */
export const GUTTER = 184;
/** Right of the plot. */
export const RIGHT = 24;
/** A panel's value axis (inside the gutter, against the plot). */
export const Y_AXIS_WIDTH = 60;
export const PANEL_HEIGHT = 150;
export const PANEL_TOP = 10;
export const X_AXIS_HEIGHT = 24;
export const LANE_ROW_HEIGHT = 23;
export const LANE_PADDING = 4;
export const LABEL_FONT_SIZE = 11;
export const TEXT_ROW_HEIGHT = 18;
/** An open course (no end reported) fades out over this many pixels. */
export const OPEN_COURSE_PX = 36;
/** Exported pictures are this many pixels wide: a full-HD (16:9, 1920 × 1080) slide. */
export const SLIDE_WIDTH_PX = 1920;

export const plotWidth = (width: number) => Math.max(40, width - GUTTER - RIGHT);

/** The plot area inside a panel's chart, as recharts lays it out from the margins and axis sizes below. */
export const panelPlotArea = (width: number) => ({
  left: GUTTER,
  top: PANEL_TOP,
  width: plotWidth(width),
  height: PANEL_HEIGHT - PANEL_TOP - X_AXIS_HEIGHT,
});

export const PANEL_MARGIN = { top: PANEL_TOP, right: RIGHT, bottom: 0, left: GUTTER - Y_AXIS_WIDTH };
