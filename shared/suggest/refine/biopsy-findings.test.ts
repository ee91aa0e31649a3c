import { describe, expect, it } from 'vitest';
import { suggestFacts } from '../suggest-facts';

const analytes = (text: string) =>
  suggestFacts({ text, fingerprint: 'f'.repeat(64) })
    .filter((s) => s.kind === 'observation')
    .map((s) => (s.kind === 'observation' ? s.row.analyte : undefined));

describe('nameBiopsyFindings', () => {
  it('names a measure read in a biopsy’s sentence after the biopsy', () => {
    expect(analytes('The patient’s skin biopsy showed a dermal thickness of 2.4 mm.')).toEqual([
      'Skin biopsy, dermal thickness',
    ]);
  });

  it('leaves a known lab, and a measure of a sentence naming no biopsy, as they are', () => {
    expect(analytes('After the patient’s muscle biopsy, her CK was 1620 U/l.')).toEqual(['Creatine kinase (CK)']);
    expect(analytes('The patient’s dermal thickness was 2.4 mm.')).toEqual(['Dermal thickness']);
  });
});
