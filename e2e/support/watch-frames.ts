// Measures how long the window stops drawing: the longest gap between two animation frames.
import type { Page } from '@playwright/test';

/** Records the longest wait between two frames from now on: a frozen window shows as a long gap. */
export async function watchFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longestFrameGap: number; __watching: boolean };
    w.__longestFrameGap = 0;
    w.__watching = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__longestFrameGap = Math.max(w.__longestFrameGap, now - last);
      last = now;
      if (w.__watching) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __longestFrameGap: number; __watching: boolean };
      w.__watching = false;
      return w.__longestFrameGap;
    });
}
