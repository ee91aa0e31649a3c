// The development set: passages written for it (invented patients from different fields), each with
// its facts as an abstractor would write them. Prints recall and precision per passage and overall,
// beside the seed report's, and asserts floors for the observations the labs finder owns.
import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../sources/fingerprint';
import { measureSuggestions, type SuggestionFigures } from '../measure';
import { suggestFacts } from '../suggest-facts';
import { immunotherapyHepatitis } from './immunotherapy-hepatitis';
import { lupusNephritis } from './lupus-nephritis';
import { myastheniaIvig } from './myasthenia-ivig';
import type { DevPassage } from './passage';
import { statinMyopathy } from './statin-myopathy';
import { thromboticMicroangiopathy } from './thrombotic-microangiopathy';

const PASSAGES: readonly DevPassage[] = [
  statinMyopathy,
  lupusNephritis,
  immunotherapyHepatitis,
  myastheniaIvig,
  thromboticMicroangiopathy,
];

interface Measured {
  figures: SuggestionFigures;
  /** Observation suggestions that carry a number: the labs finder's share of the precision. */
  numericObservations: number;
}

async function measure(p: DevPassage): Promise<Measured> {
  const source = { text: p.text, fingerprint: await fingerprintText(p.text) };
  const suggestions = suggestFacts(source);
  return {
    figures: measureSuggestions(suggestions, p.expected),
    numericObservations: suggestions.filter((s) => s.kind === 'observation' && s.row.value !== undefined).length,
  };
}

const sum = (figures: SuggestionFigures[], pick: (f: SuggestionFigures) => number) =>
  figures.reduce((n, f) => n + pick(f), 0);

describe('the development set', () => {
  it('recovers the numeric observations of each passage, with few numbers that are no fact', async () => {
    const measured = await Promise.all(PASSAGES.map(measure));
    const figures = measured.map((m) => m.figures);
    PASSAGES.forEach((p, i) => {
      const f = figures[i]!;
      console.log(
        `dev set, ${p.name}: observations ${f.observations.found}/${f.observations.expected}, ` +
          `treatments ${f.treatments.found}/${f.treatments.expected}, precision ${f.precision.matching}/${f.precision.numeric}, ` +
          `dates right ${f.dates.right}/${f.dates.matched}` +
          (f.missed.length > 0 ? `; missed: ${f.missed.join('; ')}` : '') +
          (f.unmatched.length > 0 ? `; unmatched: ${f.unmatched.join('; ')}` : ''),
      );
    });
    const expected = sum(figures, (f) => f.observations.expected);
    const found = sum(figures, (f) => f.observations.found);
    const numeric = sum(figures, (f) => f.precision.numeric);
    const matching = sum(figures, (f) => f.precision.matching);
    const treatments = sum(figures, (f) => f.treatments.found) / sum(figures, (f) => f.treatments.expected);
    console.log(
      `dev set overall: observation recall ${(found / expected).toFixed(2)} (${found}/${expected}), ` +
        `treatment recall ${treatments.toFixed(2)}, precision ${(matching / numeric).toFixed(2)} (${matching}/${numeric})`,
    );
    // The targets are recall ≥ 0.85 and precision ≥ 0.70 on reports never seen. These
    // passages were written while the finder was (the last two before it was tuned to them: blind,
    // it found 9/13 and 13/16 observations with no false number), so they are floors against
    // regressions, set at what a report never seen may give: each passage ≥ 0.80, overall ≥ 0.85,
    // and precision ≥ 0.80 over the observation suggestions that carry a number (the next test
    // bounds the treatments, precision over every number, and the dates).
    for (const f of figures) expect(f.observations.recall, f.missed.join('; ')).toBeGreaterThanOrEqual(0.8);
    expect(found / expected).toBeGreaterThanOrEqual(0.85);
    const observationSuggestions = measured.reduce((n, m) => n + m.numericObservations, 0);
    console.log(
      `dev set observation precision ${(found / observationSuggestions).toFixed(2)} (${found}/${observationSuggestions})`,
    );
    expect(found / observationSuggestions).toBeGreaterThanOrEqual(0.8);
  });

  it('recovers the dosed treatments, keeps precision over every number, and dates most facts right', async () => {
    const figures = (await Promise.all(PASSAGES.map(measure))).map((m) => m.figures);
    const treatments = sum(figures, (f) => f.treatments.found) / sum(figures, (f) => f.treatments.expected);
    const precision = sum(figures, (f) => f.precision.matching) / sum(figures, (f) => f.precision.numeric);
    const dates = sum(figures, (f) => f.dates.right) / sum(figures, (f) => f.dates.matched);
    console.log(
      `dev set overall: treatment recall ${treatments.toFixed(2)}, precision ${precision.toFixed(2)}, ` +
        `dates right ${dates.toFixed(2)}`,
    );
    // The floors: recall ≥ 0.85, precision ≥ 0.70 over every suggestion carrying a number,
    // dates right for ≥ 0.70 of the matched ones.
    expect(treatments).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.7);
    expect(dates).toBeGreaterThanOrEqual(0.7);
  });
});
