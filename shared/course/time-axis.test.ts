import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  type AxisTick,
  buildTimeAxis,
  DAY_MS,
  formatGap,
  fromAxis,
  pixelScale,
  pointSpans,
  toAxis,
  type TimeAxis,
} from './time-axis';

const t = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const at = (time: number) => ({ from: time, to: time });

describe('buildTimeAxis', () => {
  it('shows dense data on a plain linear axis with a margin either side', () => {
    const axis = buildTimeAxis([
      at(t('2022-01-01')),
      at(t('2022-03-01')),
      { from: t('2022-02-01'), to: t('2022-06-30') },
    ])!;
    expect(axis.segments).toHaveLength(1);
    expect(axis.from).toBeLessThan(t('2022-01-01'));
    expect(axis.to).toBeGreaterThan(t('2022-06-30'));
    expect(axis.length).toBe(axis.to - axis.from);
  });

  it('compresses one long stretch without data into a narrow break', () => {
    const axis = buildTimeAxis([at(t('2017-07-02')), { from: t('2022-05-16'), to: t('2023-03-16') }])!;
    expect(axis.segments.map((s) => s.compressed)).toEqual([false, true, false]);
    const [before, gap, after] = axis.segments;
    expect(gap!.to - gap!.from).toBeGreaterThan(4 * 365 * DAY_MS);
    // The break takes a twentieth of the data's width, not four years of it.
    expect(gap!.end - gap!.start).toBeLessThan(0.1 * (after!.end - after!.start));
    expect(before!.from).toBeLessThan(t('2017-07-02'));
  });

  it('leaves evenly spaced yearly results uncompressed, so their slope is true', () => {
    const axis = buildTimeAxis(['2019-06-01', '2020-06-01', '2021-06-01', '2022-06-01'].map((d) => at(t(d))))!;
    expect(axis.segments).toHaveLength(1);
  });

  it('does not compress when asked not to', () => {
    expect(buildTimeAxis([at(t('2010-01-01')), at(t('2022-01-01'))], { compressGaps: false })!.segments).toHaveLength(
      1,
    );
  });

  it('shows exactly a zoomed period, compressing only gaps inside it', () => {
    const range = { from: t('2022-08-01'), to: t('2022-12-31') };
    const axis = buildTimeAxis([at(t('2017-07-02')), at(t('2022-09-05')), at(t('2022-11-01'))], { range })!;
    expect([axis.from, axis.to]).toEqual([range.from, range.to]);
    expect(axis.segments).toHaveLength(1);
  });

  it('gives a zoom with nothing in it a linear axis over the period, and nothing to show none', () => {
    const range = { from: t('2030-01-01'), to: t('2030-02-01') };
    expect(buildTimeAxis([at(t('2022-01-01'))], { range })).toMatchObject({ from: range.from, to: range.to });
    expect(buildTimeAxis([])).toBeUndefined();
  });

  it('shows a single date with a month either side', () => {
    const axis = buildTimeAxis([at(t('2022-09-05'))])!;
    expect((axis.to - axis.from) / DAY_MS).toBe(60);
  });
});

describe('toAxis and fromAxis', () => {
  const axis = buildTimeAxis([at(t('2017-07-02')), { from: t('2022-05-16'), to: t('2023-03-16') }])!;

  it('are inverses across every segment and beyond the ends', () => {
    for (const time of [
      axis.from - DAY_MS,
      axis.from,
      t('2017-07-02'),
      t('2019-01-01'),
      t('2022-09-05'),
      axis.to + DAY_MS,
    ]) {
      expect(fromAxis(axis, toAxis(axis, time))).toBeCloseTo(time, -1);
    }
  });

  it('keep order', () => {
    const times = [t('2017-07-02'), t('2018-01-01'), t('2021-01-01'), t('2022-06-01'), t('2023-01-01')];
    const positions = times.map((time) => toAxis(axis, time));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('pixelScale', () => {
  it('maps the axis onto its pixels, the same as toAxis, in any order of calls', () => {
    const axis = buildTimeAxis([at(t('2017-07-02')), { from: t('2022-05-16'), to: t('2023-03-16') }])!;
    const scale = pixelScale(axis, 100, 800);
    expect(scale.x(axis.from)).toBe(100);
    expect(scale.x(axis.to)).toBeCloseTo(900, 6);
    for (const time of [t('2023-01-01'), t('2017-07-02'), t('2020-01-01'), t('2022-09-05'), axis.to + DAY_MS]) {
      expect(scale.x(time)).toBeCloseTo(100 + (toAxis(axis, time) * 800) / axis.length, 6);
      expect(scale.time(scale.x(time))).toBeCloseTo(time, -2);
    }
  });
});

describe('axisTicks', () => {
  const labels = (axis: TimeAxis, width: number) => axisTicks(axis, width).map((tick) => tick.label);

  it('picks months for a year on a wide axis, naming the year at the start and in January', () => {
    const axis = buildTimeAxis([{ from: t('2022-05-16'), to: t('2023-03-16') }])!;
    expect(labels(axis, 900)).toEqual(['Jun 2022', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan 2023', 'Feb', 'Mar']);
  });

  it('thins to every few months, then to years, as the axis narrows', () => {
    const axis = buildTimeAxis([{ from: t('2015-01-01'), to: t('2023-12-31') }])!;
    // Years are counted from the first year with data, so 2015 is labelled.
    expect(labels(axis, 600)).toEqual(['2015', '2017', '2019', '2021', '2023']);
    const year = buildTimeAxis([{ from: t('2022-01-01'), to: t('2022-12-31') }])!;
    expect(labels(year, 300)).toEqual(['Jan 2022', 'Apr', 'Jul', 'Oct', 'Jan 2023']);
  });

  it('uses days and weeks when zoomed into weeks', () => {
    const axis = buildTimeAxis([at(t('2022-08-20'))], { range: { from: t('2022-08-20'), to: t('2022-09-10') } })!;
    expect(labels(axis, 800).slice(0, 3)).toEqual(['21 Aug 2022', '23 Aug', '25 Aug']);
  });

  it('puts no tick in a break, and the year alone under a short stretch beside one', () => {
    const axis = buildTimeAxis([at(t('2017-07-02')), { from: t('2022-05-16'), to: t('2023-03-16') }])!;
    const ticks = axisTicks(axis, 900);
    expect(ticks[0]!.label).toBe('2017');
    const gap = axis.segments[1]!;
    expect(ticks.some((tick) => tick.time > gap.from && tick.time < gap.to)).toBe(false);
  });
});

describe('the first year of the course on the time axis', () => {
  const labelled = (ticks: AxisTick[]) => ticks.filter((tick) => tick.label !== '');
  const firstLabel = (axis: TimeAxis, width: number) => labelled(axisTicks(axis, width))[0]!;

  it('labels 2009 for a drug course that starts in September 2009, at the axis start, on an axis of years', () => {
    const axis = buildTimeAxis([{ from: t('2009-09-15'), to: t('2015-06-30') }])!;
    expect(new Date(axis.from).getUTCFullYear()).toBe(2009);
    const first = firstLabel(axis, 600);
    expect(first.label).toBe('2009');
    expect(first.time).toBe(axis.from);
    // …and the calendar tick that would crowd it (2010, a few pixels on) keeps its line, not its label.
    const ticks = axisTicks(axis, 600);
    const crowded = ticks.find((tick) => tick.time === Date.UTC(2010, 0, 1));
    expect(crowded === undefined || crowded.label === '').toBe(true);
  });

  it('labels a course that starts on 1 January 2009 at 1 January', () => {
    const axis = buildTimeAxis([{ from: Date.UTC(2009, 0, 1), to: t('2021-06-30') }])!;
    expect(firstLabel(axis, 600)).toMatchObject({ label: '2009', time: Date.UTC(2009, 0, 1) });
  });

  it('names 2009 on an axis of months that would start in January 2010', () => {
    const axis = buildTimeAxis([{ from: t('2009-12-10'), to: t('2012-06-30') }])!;
    const texts = labelled(axisTicks(axis, 700)).map((tick) => tick.label);
    expect(texts[0]).toBe('2009');
    expect(texts.slice(1).find((text) => /\d{4}/.test(text))).toMatch(/2010/);
  });

  it('labels the first year of each stretch beside a break', () => {
    const axis = buildTimeAxis([
      { from: t('2005-05-01'), to: t('2006-02-01') },
      { from: t('2019-08-01'), to: t('2023-03-01') },
    ])!;
    const after = axis.segments[2]!;
    const inAfter = labelled(axisTicks(axis, 800)).filter((tick) => tick.time >= after.from);
    expect(inAfter[0]!.label).toMatch(/2019/);
  });

  it('always labels the year the data starts in, with labels kept clear of one another', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 20, max: 30 * 365 }),
        fc.integer({ min: 300, max: 1800 }),
        (start, days, width) => {
          const axis = buildTimeAxis([{ from: start, to: start + days * DAY_MS }])!;
          const shown = labelled(axisTicks(axis, width));
          const year = new Date(start).getUTCFullYear();
          // The first label naming a year no earlier than the start names the start's year itself.
          const years = shown.flatMap((tick) => /\d{4}/.exec(tick.label) ?? []).map(Number);
          expect(years.find((y) => y >= year)).toBe(year);
          const px = (tick: AxisTick) => (tick.at * width) / axis.length;
          // Months are 28 to 31 days: a step of one month may come a few pixels under the spacing.
          for (let i = 1; i < shown.length; i += 1) expect(px(shown[i]!) - px(shown[i - 1]!)).toBeGreaterThan(60);
        },
      ),
    );
  });
});

describe('pointSpans', () => {
  it('joins times less than a day apart', () => {
    expect(pointSpans([0, 1000, DAY_MS * 3, DAY_MS * 3 + 5])).toEqual([
      { from: 0, to: 1000 },
      { from: DAY_MS * 3, to: DAY_MS * 3 + 5 },
    ]);
  });
});

describe('formatGap', () => {
  it.each([
    [45 * DAY_MS, '45 d'],
    [213 * DAY_MS, '7 mo'],
    [1705 * DAY_MS, '4 y 8 mo'],
    [730 * DAY_MS, '2 y'],
  ])('%s ms is "%s"', (ms, text) => expect(formatGap(ms)).toBe(text));
});
