import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { layoutLane, taperLabel } from './lane-layout';
import { buildCourseLanes } from './lanes';
import { buildTimeAxis, pixelScale } from './time-axis';

const lanes = buildCourseLanes(createSeedCase().events);
const lane = (title: string) => lanes.find((l) => l.title === title)!;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function layout(title: string, range = { from: t('2022-05-01'), to: t('2023-04-01') }, width = 900) {
  const axis = buildTimeAxis([range], { range })!;
  const scale = pixelScale(axis, 100, width);
  return layoutLane(lane(title), {
    x: scale.x,
    view: range,
    plotLeft: 100,
    plotRight: 100 + width,
    openPx: 36,
    fontSize: 11,
  });
}

describe('layoutLane', () => {
  it('keeps well-spaced doses on one row', () => {
    const placed = layout('Ofatumumab');
    expect(placed.rows).toBe(1);
    expect(placed.marks.map((m) => m.label)).toEqual(['20 mg s.c.', '20 mg s.c.', '20 mg s.c.']);
  });

  it('draws a taper on one row with one label for its steps', () => {
    const placed = layout('Methylprednisolone');
    expect(placed.rows).toBe(1);
    expect(placed.marks.map((m) => m.label)).toEqual(['500→250→120→60 mg daily', '', '', '']);
    expect(placed.marks.every((m) => m.x1 > m.x0)).toBe(true);
  });

  it('keeps labels of steps that are not a taper apart, one row each', () => {
    const steps = lane('Methylprednisolone');
    const mixed = { ...steps, marks: steps.marks.map((m, i) => ({ ...m, label: i === 2 ? '120 mg i.v.' : m.label })) };
    const axis = buildTimeAxis([{ from: t('2022-08-01'), to: t('2022-09-30') }])!;
    const scale = pixelScale(axis, 100, 200);
    const placed = layoutLane(mixed, {
      x: scale.x,
      view: { from: axis.from, to: axis.to },
      plotLeft: 100,
      plotRight: 300,
      openPx: 36,
      fontSize: 11,
    });
    expect(placed.marks.map((m) => m.label)).toEqual(['500→250 mg daily', '', '120 mg i.v.', '60 mg daily']);
    expect(new Set(placed.marks.map((m) => m.row)).size).toBeGreaterThan(1);
  });

  it('draws an open course a fixed length from its start', () => {
    const [open] = layout('Prednisone').marks;
    expect(open!.x1 - open!.x0).toBe(36);
  });

  it('leaves out marks outside the period and keeps labels inside the plot', () => {
    const placed = layout('Ofatumumab', { from: t('2022-10-01'), to: t('2023-02-21') });
    expect(placed.marks.map((m) => m.mark.start.date)).toEqual(['2022-11-01', '2023-02-20']);
    const last = placed.marks.at(-1)!;
    expect(last.labelX).toBeLessThan(last.x0);
    expect(last.labelX).toBeGreaterThanOrEqual(100);
  });

  it('cuts a long event label to fit and keeps the whole of it for hover and focus', () => {
    const outcome = layout('Symptoms & outcomes').marks.find((m) => m.mark.label.startsWith('Normal daily life'))!;
    expect(outcome.label.endsWith('…')).toBe(true);
    expect(outcome.fullLabel).toBe(outcome.mark.label);
    expect(outcome.fullLabel.length).toBeGreaterThan(outcome.label.length);
  });

  it('draws hundreds of courses unlabelled in a few rows rather than a lane a screen tall', () => {
    const many = {
      key: 'drug:ivig',
      title: 'IVIG',
      group: 'treatment' as const,
      marks: Array.from({ length: 500 }, (_, i) => ({
        ...lane('Methylprednisolone').marks[0]!,
        id: `ivig-${i}`,
        from: t('2017-01-01') + i * 5 * 86_400_000,
        to: t('2017-01-01') + (i * 5 + 4) * 86_400_000,
        label: '0.4 g/kg i.v. daily',
      })),
    };
    const range = { from: t('2017-01-01'), to: t('2024-01-01') };
    const scale = pixelScale(buildTimeAxis([range], { range })!, 100, 900);
    const placed = layoutLane(many, {
      x: scale.x,
      view: range,
      plotLeft: 100,
      plotRight: 1000,
      openPx: 36,
      fontSize: 11,
    });
    expect(placed.dense).toBe(true);
    expect(placed.rows).toBeLessThanOrEqual(5);
    expect(placed.marks.every((m) => m.label === '')).toBe(true);
    expect(placed.marks.length).toBeGreaterThan(100);
  });
});

describe('taperLabel', () => {
  it('joins labels that differ only in their first number', () => {
    expect(taperLabel(['500 mg daily', '250 mg daily', '60 mg daily'])).toBe('500→250→60 mg daily');
    expect(taperLabel(['Methylprednisolone 500 mg', 'Methylprednisolone 250 mg'])).toBe(
      'Methylprednisolone 500→250 mg',
    );
  });

  it('refuses labels that differ otherwise, or one label alone', () => {
    expect(taperLabel(['500 mg daily', '250 mg i.v.'])).toBeUndefined();
    expect(taperLabel(['daily', 'daily'])).toBeUndefined();
    expect(taperLabel(['500 mg daily'])).toBeUndefined();
  });
});
