// The measure on the preloaded case: suggestions read from the seed report against the rows
// abstracted by hand. Prints the figures; asserts the floors, not a list of outputs.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../sources/fingerprint';
import { normaliseText } from '../sources/normalise';
import { createSeedCase } from '../seed/seed-case';
import { measureSuggestions } from './measure';
import { suggestFacts } from './suggest-facts';

const REPORT = fileURLToPath(new URL('../../../shared/seed/case-report.txt', import.meta.url));

describe('suggestions on the seed report', () => {
  it('recover its numeric observations and dosed treatments, with their dates', async () => {
    if (!existsSync(REPORT)) throw new Error(`the seed report is missing: ${REPORT}`);
    const text = normaliseText(readFileSync(REPORT, 'utf8'));
    const source = { text, fingerprint: await fingerprintText(text) };
    const seed = createSeedCase();
    const figures = measureSuggestions(suggestFacts(source), seed);
    console.log(`seed report suggestions: ${JSON.stringify(figures)}`);
    expect(figures.observations.recall, `missed: ${figures.missed.join('; ')}`).toBeGreaterThanOrEqual(0.85);
    expect(figures.treatments.recall, `missed: ${figures.missed.join('; ')}`).toBeGreaterThanOrEqual(0.85);
    expect(figures.precision.precision, `unmatched: ${figures.unmatched.join('; ')}`).toBeGreaterThanOrEqual(0.7);
    expect(figures.dates.share).toBeGreaterThanOrEqual(0.7);
  });
});
