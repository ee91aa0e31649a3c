// Specification of the queue's list: reading order by sentence, what the case has already, what
// was dismissed, and where the queue moves.
import { describe, expect, it } from 'vitest';
import { ck, day, eventSuggestion, labSuggestion } from '../../../shared/suggest/suggestion-fixtures';
import { nextNew, queueGroups, stepFrom, summarise } from './queue-items';

const at = (s: ReturnType<typeof labSuggestion>, start: number, sentence: number) => ({
  ...s,
  evidence: { ...s.evidence, start, end: start + 5 },
  sentence: { start: sentence, end: sentence + 50 },
});

const second = at(
  labSuggestion('ALT 312', { analyte: 'ALT', value: 312, unit: 'U/L', date: day('2022-08-22') }),
  70,
  60,
);
const first = at(labSuggestion('CK 1620', { analyte: 'CK', value: 1620, unit: 'U/L', date: day('2022-08-22') }), 10, 0);
const third = at(labSuggestion('AST 80', { analyte: 'AST', value: 80, unit: 'U/L', date: day('2022-08-22') }), 80, 60);
const rows = { events: [], observations: [ck('ck', 1620, '2022-08-22')] };

describe('queueGroups', () => {
  it('lists suggestions in reading order, one group per sentence, the case’s facts marked as abstracted', () => {
    const groups = queueGroups([third, second, first], rows, [], false);
    expect(groups.map((g) => g.items.map((i) => [i.suggestion.id, i.state]))).toEqual([
      [[first.id, 'abstracted']],
      [
        [second.id, 'new'],
        [third.id, 'new'],
      ],
    ]);
    expect(groups[0]?.items[0]?.existing).toEqual({ kind: 'observation', id: 'ck' });
  });

  it('leaves dismissed ones out, or shows them as dismissed on request', () => {
    const dismissed = [{ start: 70, end: 75, kind: 'observation' as const }];
    expect(
      queueGroups([first, second], rows, dismissed, false)
        .flatMap((g) => g.items)
        .map((i) => i.suggestion.id),
    ).toEqual([first.id]);
    expect(queueGroups([first, second], rows, dismissed, true)[1]?.items[0]?.state).toBe('dismissed');
    // The same span as an event is another suggestion.
    expect(queueGroups([second], rows, [{ ...dismissed[0]!, kind: 'event' }], false)).toHaveLength(1);
  });
});

describe('moving through the queue', () => {
  const groups = queueGroups([first, second, third], rows, [], false);
  it('steps down and up, staying at the ends', () => {
    expect(stepFrom(groups, undefined, 1)).toBe(first.id);
    expect(stepFrom(groups, first.id, 1)).toBe(second.id);
    expect(stepFrom(groups, third.id, 1)).toBe(third.id);
    expect(stepFrom(groups, first.id, -1)).toBe(first.id);
  });
  it('goes on to the next suggestion not abstracted yet', () => {
    expect(nextNew(groups, second.id)).toBe(third.id);
    expect(nextNew(groups, third.id)).toBe(second.id);
  });
});

describe('summarise', () => {
  it('shows what was found and leaves the rest blank', () => {
    expect(summarise(labSuggestion('CK >300', { analyte: 'CK', comparator: '>', value: 300, unit: 'U/L' }))).toEqual({
      name: 'CK',
      value: '>300',
      unit: 'U/L',
      how: '',
      date: '',
    });
    expect(
      summarise(
        eventSuggestion('prednisone 60 mg', {
          label: 'Prednisone',
          dose: { value: 60, unit: 'mg', route: 'oral' },
          start: day('2022-08'),
        }),
      ),
    ).toEqual({ name: 'Prednisone', value: '60', unit: 'mg', how: 'oral', date: 'Aug 2022' });
  });
});
