// Scrolling a windowed table in a spec: to its end, waiting for measured rows to settle.
import type { Locator } from '@playwright/test';

/**
 * Brings the table's scroll box into the window, then scrolls the box to its bottom, again until
 * rows measured on the way stop moving the end. (No named functions inside the page function:
 * under tsx, esbuild's keepNames wraps them in a `__name` helper that the page does not have.)
 */
export async function scrollTableToEnd(table: Locator): Promise<void> {
  await table.evaluate(async (t) => {
    const box = t.closest('.table-scroll');
    if (!(box instanceof HTMLElement)) throw new Error('the table has no scroll box');
    box.scrollIntoView({ block: 'nearest' });
    let settled = 0;
    for (let i = 0; i < 50 && settled < 3; i += 1) {
      const before = box.scrollHeight;
      box.scrollTop = box.scrollHeight;
      // Two frames: one for the scroll to reach the virtualiser, one for the rows it renders.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      settled =
        box.scrollHeight === before && box.scrollTop + box.clientHeight >= box.scrollHeight - 1 ? settled + 1 : 0;
    }
  });
}
