// Which of a value axis's ticks to label on a short panel: all of them while they stand clear of
// one another, fewer (every second, every third, …; decades first on a log axis) when they would
// touch, so a compact panel keeps a readable axis instead of a smear of numbers.
import { valueToPixel, type ValueDomain } from '../../../shared/trends/value-scale';

/** An 11 px label is about 13 px tall: closer than this, two labels touch. */
export const MIN_TICK_GAP = 14;

const isDecade = (value: number) => {
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
};

export function readableTicks(domain: ValueDomain, plotHeight: number, minGap = MIN_TICK_GAP): number[] {
  const y = (value: number) => valueToPixel(domain, value, 0, plotHeight);
  const clear = (ticks: readonly number[]) =>
    ticks.every((t, i) => i === 0 || Math.abs(y(ticks[i - 1]!) - y(t)) >= minGap);
  if (clear(domain.ticks)) return domain.ticks;
  // On a log axis a reader counts by decades: keep those before thinning further.
  const candidates = domain.kind === 'log' ? domain.ticks.filter(isDecade) : domain.ticks;
  for (let every = 1; every < candidates.length; every += 1) {
    // Counted from the bottom, so the axis keeps its floor (usually 0).
    const kept = candidates.filter((_, i) => i % every === 0);
    if (clear(kept)) return kept;
  }
  return candidates.slice(0, 1);
}
