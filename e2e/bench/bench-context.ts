// The browser context every page-driven figure is measured in: the window size the targets name,
// and the shim tsx needs in pages.
import type { Browser, BrowserContext } from '@playwright/test';

export const BENCH_VIEWPORT = { width: 1400, height: 900 };

/**
 * A fresh context at 1400 × 900. tsx compiles with esbuild's keepNames, which wraps named functions
 * in page callbacks in a `__name` helper the page does not have; the init script gives it one.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}
