import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/case';
import { sortEvents } from './order';

const at = (id: string, kind: TimelineEvent['kind'], date: string, end?: string): TimelineEvent => ({
  id,
  kind,
  label: id,
  start: { date, approximate: false },
  ...(end ? { end: { date: end, approximate: false } } : {}),
});

describe('sortEvents', () => {
  it('orders by date, then tells a same-date story: symptom, procedure, diagnosis, treatment, outcome', () => {
    const sorted = sortEvents([
      at('outcome', 'outcome', '2017'),
      at('treatment', 'treatment', '2017'),
      at('diagnosis', 'diagnosis', '2017'),
      at('later', 'symptom', '2018'),
      at('biopsy', 'procedure', '2017'),
      at('weakness', 'symptom', '2017'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['weakness', 'biopsy', 'diagnosis', 'treatment', 'outcome', 'later']);
  });

  it('puts the shorter course first when two start together', () => {
    const sorted = sortEvents([
      at('long', 'treatment', '2022-08-22', '2022-09-30'),
      at('short', 'treatment', '2022-08-22', '2022-08-24'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['short', 'long']);
  });
});
