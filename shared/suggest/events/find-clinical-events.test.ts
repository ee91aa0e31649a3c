import { describe, expect, it } from 'vitest';
import { readingText } from '../suggest-facts';
import { findClinicalEvents } from './find-clinical-events';

const events = (text: string) => findClinicalEvents(readingText(text)).map((c) => [c.row.kind, c.row.label]);

describe('findClinicalEvents', () => {
  it.each([
    [
      'The patient presented with fever and a heliotrope rash.',
      [
        ['symptom', 'Fever'],
        ['symptom', 'Rash'],
      ],
    ],
    [
      'She reported dysphagia and shortness of breath on exertion.',
      [
        ['symptom', 'Dysphagia'],
        ['symptom', 'Dyspnoea'],
      ],
    ],
    ['He had proximal muscle weakness for 2 months.', [['symptom', 'Proximal muscle weakness']]],
    [
      'She complained of dryness of the mouth and eyes.',
      [
        ['symptom', 'Dry mouth'],
        ['symptom', 'Dry eyes'],
      ],
    ],
    ['She was diagnosed with dermatomyositis after a skin biopsy.', [['diagnosis', 'Dermatomyositis diagnosed']]],
    [
      'After 3 months the patient could walk independently and was stable.',
      [
        ['outcome', 'Walks independently'],
        ['outcome', 'Stable'],
      ],
    ],
    ['She did not experience any infusion-related or other adverse reactions.', [['outcome', 'No adverse reactions']]],
    ['He died of sepsis in 2020.', [['outcome', 'Died']]],
  ])('reads %j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    ['The patient denied fever and had no chest pain.'],
    ['Dysphagia is common in inflammatory myopathies.'],
    ['Muscle weakness and myalgia were the presenting features in 40% of published cases.'],
    ['He was without dysphagia.'],
  ])('proposes nothing for %j', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('proposes a symptom once, at its first mention', () => {
    const found = events('She developed dysphagia in May. Her dysphagia worsened despite prednisone.');
    expect(found).toEqual([['symptom', 'Dysphagia']]);
  });

  it('takes one onset for a symptom spelt two ways', () => {
    const found = events('She had weakness of the limbs for a year. Her muscle weakness then worsened.');
    expect(found).toEqual([['symptom', 'Weakness of the limbs']]);
  });

  it('reads a paragraph about the patient even where a sentence names no one', () => {
    const found = events('A 50-year-old man was admitted. Dysphagia followed.\n\nDysphagia is typical [3].');
    expect(found).toEqual([['symptom', 'Dysphagia']]);
  });

  it('leaves a paragraph that names no patient', () => {
    expect(events('Dysphagia is frequent in this disease. Fever may follow.')).toEqual([]);
  });

  it('keeps the span of the words it read', () => {
    const text = 'The patient had wheezing after walking.';
    const [c] = findClinicalEvents(readingText(text));
    expect(text.slice(c!.start, c!.end)).toBe('wheezing');
  });
});
