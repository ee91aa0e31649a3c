import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { buildCourseLanes, courseEndTime, courseStartTime, formatDose, laneContent, treatmentShape } from './lanes';

const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);
const seedEvents = createSeedCase().events;

function treatment(partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'label'>): TimelineEvent {
  return { id: partial.label, kind: 'treatment', start: { date: '2022-09-05', approximate: false }, ...partial };
}

describe('formatDose', () => {
  it('gives amount, route and frequency as reported, in one line', () => {
    expect(formatDose({ value: 20, unit: 'mg', route: 's.c.' })).toBe('20 mg s.c.');
    expect(formatDose({ value: 500, unit: 'mg', frequency: 'daily' })).toBe('500 mg daily');
    expect(formatDose({ value: 22.5, unit: 'g', route: 'i.v.' })).toBe('22.5 g i.v.');
    expect(formatDose({ route: 'injection' })).toBe('injection');
    expect(formatDose(undefined)).toBe('');
  });
});

describe('treatmentShape', () => {
  it.each<[string, Partial<TimelineEvent>, 'bar' | 'open' | 'dose']>([
    ['a course with an end is a bar', { end: { date: '2022-09-07', approximate: false } }, 'bar'],
    ['a course with a length in days is a bar', { duration: { value: 3, unit: 'days' } }, 'bar'],
    ['an amount without frequency, end or length is a single dose', { dose: { value: 20, unit: 'mg' } }, 'dose'],
    ['one dose is a single dose', { duration: { value: 1, unit: 'doses' }, dose: { value: 1, unit: 'g' } }, 'dose'],
    ['an end on the start day is a single dose', { end: { date: '2022-09-05', approximate: false } }, 'dose'],
    ['a daily drug without an end is an open course', { dose: { value: 60, unit: 'mg', frequency: 'daily' } }, 'open'],
    ['five doses at no stated interval is an open course', { duration: { value: 5, unit: 'doses' } }, 'open'],
    ['a drug given with nothing but a start is an open course', {}, 'open'],
  ])('%s', (_what, partial, shape) => {
    expect(treatmentShape(treatment({ label: 'Drug', ...partial }))).toBe(shape);
  });
});

describe('course edges', () => {
  it('put a day-precise course from the start of its first day to the end of its last, so steps touch', () => {
    expect(courseEndTime('2022-08-24') + 1).toBe(courseStartTime('2022-08-25'));
  });
  it('put a month at its middle', () => {
    expect(day(new Date(courseStartTime('2022-05')).toISOString())).toBe('2022-05-16');
  });
});

describe('buildCourseLanes on the preloaded case', () => {
  const lanes = buildCourseLanes(seedEvents);
  const byTitle = (title: string) => lanes.find((l) => l.title === title)!;

  it('makes one lane per drug, ordered by first use, then symptoms and outcomes, then other events', () => {
    expect(lanes.map((l) => l.title)).toEqual([
      'Azathioprine',
      'Methotrexate',
      'Tacrolimus',
      'Prednisone',
      'IVIG',
      'Methylprednisolone',
      'Ofatumumab',
      'Symptoms & outcomes',
      'Other events',
    ]);
  });

  it('marks each ofatumumab dose on its day with the dose as label', () => {
    expect(byTitle('Ofatumumab').marks.map((m) => [m.shape, m.start.date, m.label])).toEqual([
      ['dose', '2022-09-05', '20 mg s.c.'],
      ['dose', '2022-11-01', '20 mg s.c.'],
      ['dose', '2022-02-20'.replace('2022', '2023'), '20 mg s.c.'],
    ]);
  });

  it('draws the methylprednisolone taper as four back-to-back bars', () => {
    const steps = byTitle('Methylprednisolone').marks;
    expect(steps.map((m) => [m.shape, m.label])).toEqual([
      ['bar', '500 mg daily'],
      ['bar', '250 mg daily'],
      ['bar', '120 mg daily'],
      ['bar', '60 mg daily'],
    ]);
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]!.from).toBe(steps[i - 1]!.to + 1);
    expect(steps.every((m) => m.approximate)).toBe(true);
  });

  it('keeps all three tacrolimus courses in one lane: two without an end, one of ten days', () => {
    expect(byTitle('Tacrolimus').marks.map((m) => [m.shape, m.start.date, m.end?.date])).toEqual([
      ['open', '2017', undefined],
      ['open', '2022-05', undefined],
      ['bar', '2022-08-22', '2022-08-31'],
    ]);
  });

  it('labels IVIG with its count of doses when no end can be derived', () => {
    expect(byTitle('IVIG').marks[0]).toMatchObject({ shape: 'open', label: '22.5 g i.v. ×5' });
  });

  it('gathers symptoms of one period into one mark, and gives symptoms with an end a span', () => {
    const marks = byTitle('Symptoms & outcomes').marks;
    const may = marks.filter((m) => m.start.date.startsWith('2022-05'));
    expect(may.map((m) => [m.shape, m.eventIds.length])).toEqual([
      ['point', 3],
      ['span', 3],
    ]);
    expect(may[1]!.titles.sort()).toEqual(['Chest tightness', 'Panic', 'Wheezing']);
    expect(may[1]!.label).toMatch(/ \+2$/);
    expect(marks.filter((m) => m.kind === 'outcome').length).toBeGreaterThan(4);
  });

  it('groups by class on request: glucocorticoids hold prednisone and the methylprednisolone steps', () => {
    const byClass = buildCourseLanes(seedEvents, 'class');
    const glucocorticoids = byClass.find((l) => l.title === 'Glucocorticoids')!;
    expect(glucocorticoids.marks.map((m) => m.label)).toEqual([
      'Prednisone 60 mg oral daily',
      'Methylprednisolone 500 mg daily',
      'Methylprednisolone 250 mg daily',
      'Methylprednisolone 120 mg daily',
      'Methylprednisolone 60 mg daily',
    ]);
    expect(byClass.map((l) => l.title)).toContain('Anti-CD20 antibodies');
    expect(byClass.map((l) => l.title)).not.toContain('Methylprednisolone');
  });

  it('derives a course end from its length when the end is missing, and says so', () => {
    const [lane] = buildCourseLanes([
      treatment({
        label: 'Prednisolone',
        start: { date: '2022-01-10', approximate: false },
        duration: { value: 2, unit: 'weeks' },
      }),
    ]);
    expect(lane!.marks[0]).toMatchObject({ shape: 'bar', end: { date: '2022-01-23' }, endDerived: true });
  });

  it('leaves out lanes with nothing in them', () => {
    expect(buildCourseLanes([]).length).toBe(0);
    expect(buildCourseLanes([treatment({ label: 'Rituximab 1 g' })]).map((l) => l.key)).toEqual(['drug:rituximab']);
  });
});

describe('laneContent', () => {
  it('covers bars whole but open courses only where they start (their fade is not data)', () => {
    const lanes = buildCourseLanes([
      treatment({ label: 'A', end: { date: '2022-09-10', approximate: false } }),
      treatment({ label: 'B', dose: { value: 5, unit: 'mg', frequency: 'daily' } }),
    ]);
    const spans = laneContent(lanes).map((s) => [
      day(new Date(s.from).toISOString()),
      day(new Date(s.to).toISOString()),
    ]);
    expect(spans).toEqual([
      ['2022-09-05', '2022-09-10'],
      ['2022-09-05', '2022-09-05'],
    ]);
  });
});
