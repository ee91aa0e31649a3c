// One rule for the binary noise of floating-point arithmetic in computed numbers (ticks, factors).

/**
 * The number to 12 significant digits: 0.1 + 0.2 is 0.3, and the factor from 10*9/L to 10*3/uL is
 * 1, not 1.0000000000000002. Twelve digits are more than any reported value has and fewer than the
 * 15–17 where the noise lives.
 */
export const withoutFloatNoise = (n: number): number => Number(n.toPrecision(12));
