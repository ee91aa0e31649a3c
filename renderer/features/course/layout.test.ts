// The overview's pixel layout: panels share the window's height, and every plot starts at one gutter.
import { describe, expect, it } from 'vitest';
import { fittedPanelHeight, PANEL_MAX_HEIGHT, PANEL_MIN_HEIGHT, panelPlotArea, WINDOW_MARGIN } from './layout';

describe('fittedPanelHeight', () => {
  it('shares what the lanes, toolbar and brush leave of a 900 px window among four panels', () => {
    const rest = 520;
    const height = fittedPanelHeight(900, rest, 4);
    expect(height).toBe(Math.floor((900 - WINDOW_MARGIN - rest) / 4));
    expect(rest + 4 * height).toBeLessThanOrEqual(900 - WINDOW_MARGIN);
  });

  it('grows no taller than the roomy panel on a tall window or with one panel', () => {
    expect(fittedPanelHeight(1400, 520, 4)).toBe(PANEL_MAX_HEIGHT);
    expect(fittedPanelHeight(900, 520, 1)).toBe(PANEL_MAX_HEIGHT);
  });

  it('stops at the legible minimum when many panels are shown, leaving the overview to scroll', () => {
    expect(fittedPanelHeight(900, 520, 12)).toBe(PANEL_MIN_HEIGHT);
  });

  it('gives the roomy height when there is no chart to fit', () => {
    expect(fittedPanelHeight(900, 520, 0)).toBe(PANEL_MAX_HEIGHT);
  });
});

describe('panelPlotArea', () => {
  it('leaves a plot of at least 58 px on the shortest panel', () => {
    expect(panelPlotArea(1090, PANEL_MIN_HEIGHT).height).toBeGreaterThanOrEqual(58);
  });

  it('is the chart less its top margin and date axis, from the shared gutter over the shared width', () => {
    const area = panelPlotArea(1090, 94);
    expect(area.left).toBe(184);
    expect(area.width).toBe(1090 - 184 - 24);
    expect(area.height).toBeGreaterThanOrEqual(60);
  });
});
