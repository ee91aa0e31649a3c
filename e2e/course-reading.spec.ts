// Reading the course overview as a new user does: date boxes that take the forms' dates, value
// axes with one format each, the first year of the course labelled, and at 1366 × 768 a toolbar
// on one line and no label cut by an edge, a cut label readable whole on hover and focus.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createSeedCase } from '../shared/seed/seed-case';

const seed = createSeedCase();

async function openOverview(page: Page): Promise<Locator> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const overview = page.locator('section.course-overview');
  await expect(overview.locator('svg.course-lanes')).toBeVisible();
  // The panels load with recharts, a moment after the lanes.
  await expect(page.locator('section.course-overview figure.course-panel').first()).toBeAttached();
  return overview;
}

const lanesSvg = (overview: Locator) => overview.locator('svg.course-lanes');
const domain = async (overview: Locator) => ({
  from: await lanesSvg(overview).getAttribute('data-domain-start'),
  to: await lanesSvg(overview).getAttribute('data-domain-end'),
});

/** Adds a timeline event through the event form, as a clinician would. */
async function addEvent(page: Page, fields: Record<string, string>, kind = 'treatment') {
  const form = page.getByRole('form', { name: 'New event' });
  const rows = page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr');
  const before = await rows.count();
  await form.getByLabel('Kind').selectOption(kind);
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByLabel('Event', { exact: true }).press('Enter');
  await expect(rows).toHaveCount(before + 1);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const boxes = (locator: Locator) =>
  locator.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent ?? '' };
    }),
  );
/** Every box whose sides stray outside `frame` (half a pixel of rounding allowed), by its text. */
const outside = (items: (Box & { text: string })[], frame: Box) =>
  items
    .filter((b) => b.left < frame.left - 0.5 || b.right > frame.right + 0.5)
    .map((b) => `${b.text} [${b.left.toFixed(1)}, ${b.right.toFixed(1)}] outside [${frame.left}, ${frame.right}]`);

/** The lanes' plot in page pixels: the clip that marks and labels are drawn inside. */
async function lanePlot(overview: Locator): Promise<Box> {
  return lanesSvg(overview).evaluate((svg) => {
    const clip = svg.querySelector('defs clipPath rect')!;
    const box = svg.getBoundingClientRect();
    const x = Number(clip.getAttribute('x'));
    const width = Number(clip.getAttribute('width'));
    return { left: box.left + x, right: box.left + x + width, top: box.top, bottom: box.bottom };
  });
}

test.describe('the overview’s date boxes take and show dates as the forms do', () => {
  test('typing 2023, 2023-04 or 2023-04-10 zooms to the start or end of what it names', async ({ page }) => {
    const overview = await openOverview(page);
    const whole = await domain(overview);
    const from = overview.getByLabel('Show from');
    const to = overview.getByLabel('Show to');
    await expect(from).toHaveAttribute('type', 'text');
    await expect(from).toHaveValue('');

    await from.fill('2022');
    await from.press('Enter');
    expect(await domain(overview)).toEqual({ from: '2022-01-01T00:00:00.000Z', to: whole.to });
    await expect(from).toHaveValue('2022');

    await to.fill('2022-11');
    await to.press('Enter');
    expect(await domain(overview)).toEqual({ from: '2022-01-01T00:00:00.000Z', to: '2022-11-30T23:59:59.999Z' });

    // Tab out of the box applies it too, as leaving a form field does.
    await from.fill('2022-09-05');
    await from.press('Tab');
    expect(await domain(overview)).toEqual({ from: '2022-09-05T00:00:00.000Z', to: '2022-11-30T23:59:59.999Z' });
    await expect(from).toHaveValue('2022-09-05');
    await expect(to).toHaveValue('2022-11');
    await expect(overview.locator('g.course-lane[data-lane="Ofatumumab"] [data-mark="dose"]')).toHaveCount(2);

    await overview.getByRole('button', { name: 'Whole course' }).click();
    expect(await domain(overview)).toEqual(whole);
    await expect(from).toHaveValue('');
    await expect(to).toHaveValue('');
  });

  test('a bad date gets a clear message beside its box and changes nothing', async ({ page }) => {
    const overview = await openOverview(page);
    const from = overview.getByLabel('Show from');
    const to = overview.getByLabel('Show to');
    await from.fill('2022-08');
    await from.press('Enter');
    const before = await domain(overview);

    for (const [box, typed, message] of [
      [from, '04/10/2023', 'From: "04/10/2023" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
      [from, '2023-02-30', 'From: day 30 does not exist in 2023-02'],
      [to, '2022-07', 'To: the period must end after it starts'],
    ] as const) {
      await box.fill(typed);
      await box.press('Enter');
      const alert = overview.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(await domain(overview)).toEqual(before);
      // Beside the box: just under it, starting where it starts.
      const field = (await box.boundingBox())!;
      const said = (await alert.boundingBox())!;
      expect(said.y).toBeGreaterThanOrEqual(field.y + field.height - 1);
      expect(said.y).toBeLessThan(field.y + field.height + 12);
      expect(Math.abs(said.x - field.x)).toBeLessThan(40);
      // Typing again takes the message away.
      await box.fill('');
      await expect(alert).toHaveCount(0);
      await box.fill(box === from ? '2022-08' : '');
    }
  });
});

test.describe('value axes and the time axis read one way', () => {
  test('every tick of a value axis shares one format: no "k", the same decimals, grouped throughout or not at all', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    // A CK of 15 000 U/L, as rhabdomyolysis gives: the axis that read "0, 5000, 10k, 15k".
    const form = page.getByRole('form', { name: 'New observation' });
    await form.getByLabel('Analyte').fill('Creatine kinase (CK)');
    await form.getByLabel('Date', { exact: true }).fill('2022-08-20');
    await form.getByLabel('Value', { exact: true }).fill('15000');
    await form.getByLabel('Unit', { exact: true }).fill('U/L');
    await form.getByLabel('Value', { exact: true }).press('Enter');
    const ck = overview.locator('figure.course-panel[data-analyte="Creatine kinase (CK)"]');
    await expect(ck.locator('[data-point]')).toHaveCount(3);

    const axes = await overview.locator('figure.course-panel').evaluateAll((figures) =>
      figures.map((f) => ({
        analyte: f.getAttribute('data-analyte'),
        scale: f.getAttribute('data-scale'),
        ticks: [...f.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent ?? ''),
      })),
    );
    expect(axes.length).toBeGreaterThanOrEqual(4);
    for (const axis of axes) {
      const where = `${axis.analyte}: ${axis.ticks.join(', ')}`;
      expect(axis.ticks.length, where).toBeGreaterThanOrEqual(2);
      expect(
        axis.ticks.filter((t) => /[kKMe]/.test(t)),
        where,
      ).toEqual([]);
      const decimals = new Set(axis.ticks.map((t) => t.split('.')[1]?.length ?? 0));
      if (axis.scale === 'linear') expect(decimals.size, where).toBe(1);
      const large = axis.ticks.filter((t) => t.replace(/\D/g, '').length >= 4);
      const grouped = large.filter((t) => /\d\u202f\d{3}/.test(t));
      expect(grouped.length === 0 || grouped.length === large.length, where).toBe(true);
    }
    // Thousands in full, grouped: "5 000", "10 000", … never "5000" beside "10k".
    const ckTicks = axes.find((a) => a.analyte === 'Creatine kinase (CK)')!.ticks;
    expect(ckTicks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ckTicks.filter((t) => t !== '0')) expect(tick).toMatch(/^\d{1,3}\u202f000$/);
  });

  /** The leftmost date label drawn, in each place the time axis is drawn. */
  async function firstDateLabels(overview: Locator) {
    await expect(overview.locator('figure.course-panel .recharts-xAxis-tick-labels text').first()).toBeVisible();
    await expect(overview.locator('svg.time-brush text.brush-tick').first()).toBeVisible();
    const first = async (texts: Locator) => {
      const all = (await boxes(texts)).filter((b) => b.text.trim() !== '');
      return all.sort((a, b) => a.left - b.left)[0]!;
    };
    return {
      lanes: await first(overview.locator('text.lane-tick')),
      panel: await first(overview.locator('figure.course-panel').first().locator('.recharts-xAxis-tick-labels text')),
      brush: await first(overview.locator('svg.time-brush text.brush-tick')),
    };
  }

  /** The earliest treatment bar (a course with or without its end) and the year it starts in. */
  async function earliestBar(overview: Locator) {
    const bars = overview.locator('g.lane-treatment g.course-mark:is([data-mark="bar"], [data-mark="open"])');
    const dated = await bars.evaluateAll((els) =>
      els.map((e) => ({ date: e.getAttribute('data-date')!, left: e.getBoundingClientRect().left })),
    );
    return dated.sort((a, b) => a.date.localeCompare(b.date))[0]!;
  }

  test('the year the earliest drug course starts in is the first year the time axis labels', async ({ page }) => {
    const overview = await openOverview(page);
    const seedBar = await earliestBar(overview);
    expect(seedBar.date.slice(0, 4)).toBe('2017');
    const seedLabels = await firstDateLabels(overview);
    for (const label of Object.values(seedLabels)) expect(label.text).toContain('2017');

    // A course that starts in September 2009, on an axis of every other year that counted 2010, 2012, …
    await addEvent(page, {
      Event: 'Hydroxychloroquine',
      Start: '2009-09',
      End: '2012-06',
      Dose: '200',
      'Dose unit': 'mg',
      Route: 'oral',
    });
    await expect(overview.locator('g.course-lane[data-lane="Hydroxychloroquine"]')).toHaveCount(1);
    const bar = await earliestBar(overview);
    expect(bar.date).toBe('2009-09');
    const labels = await firstDateLabels(overview);
    expect(labels.lanes.text).toBe('2009');
    expect(labels.panel.text).toBe('2009');
    expect(labels.brush.text).toBe('2009');
    // Labelled where the bar starts or before it, not a year on.
    expect(labels.lanes.left).toBeLessThanOrEqual(bar.left + 1);
  });
});

test.describe('at 1366 × 768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the toolbar is one line and no drug, event or tick label is cut by its lane’s or panel’s edge', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    // A dose at the very end of the course, whose label must be drawn leftwards, not cut: "1000 mg i.v.".
    await addEvent(page, {
      Event: 'Methylprednisolone',
      Start: '2023-03-20',
      Dose: '1000',
      'Dose unit': 'mg',
      Route: 'i.v.',
    });
    const lastDose = overview.locator('g.course-mark[data-label="1000 mg i.v."]');
    await expect(lastDose.locator('text.mark-label')).toHaveText('1000 mg i.v.');

    const toolbar = await boxes(overview.locator('.course-toolbar > *'));
    expect(toolbar.length).toBeGreaterThanOrEqual(6);
    const line = toolbar[0]!;
    for (const part of toolbar) {
      expect(part.top, part.text).toBeLessThan(line.bottom);
      expect(part.bottom, part.text).toBeGreaterThan(line.top);
    }

    const plot = await lanePlot(overview);
    expect(outside(await boxes(overview.locator('g.course-mark text.mark-label')), plot)).toEqual([]);
    expect(outside(await boxes(overview.locator('text.lane-tick')), plot)).toEqual([]);
    const svg = (await lanesSvg(overview).boundingBox())!;
    const lanesFrame = { left: svg.x, right: svg.x + svg.width, top: svg.y, bottom: svg.y + svg.height };
    expect(outside(await boxes(overview.locator('text.lane-title')), lanesFrame)).toEqual([]);

    for (const figure of await overview.locator('figure.course-panel').all()) {
      const chart = (await figure.locator('svg.recharts-surface').boundingBox())!;
      const frame = { left: chart.x, right: chart.x + chart.width, top: chart.y, bottom: chart.y + chart.height };
      const ticks = await boxes(figure.locator('.recharts-xAxis-tick-labels text, .recharts-yAxis-tick-labels text'));
      expect(ticks.length).toBeGreaterThan(6);
      expect(outside(ticks, frame)).toEqual([]);
    }
    const brush = (await overview.locator('svg.time-brush').boundingBox())!;
    expect(
      outside(await boxes(overview.locator('svg.time-brush text')), {
        left: brush.x,
        right: brush.x + brush.width,
        top: brush.y,
        bottom: brush.y + brush.height,
      }),
    ).toEqual([]);
  });

  test('a shortened label shows in full, as text on the lane, on hover and on keyboard focus', async ({ page }) => {
    const overview = await openOverview(page);
    const outcome = seed.events.find((e) => e.label.startsWith('Normal daily life'))!;
    const mark = overview.locator(`g.course-mark[data-event-ids~="${outcome.id}"]`);
    const label = mark.locator('text.mark-label');
    await expect(label).toHaveText(/…$/);
    const whole = overview.locator('[data-whole-label]');
    await expect(whole).toHaveCount(0);
    const svg = (await lanesSvg(overview).boundingBox())!;
    const inLanes = async () => {
      const box = (await whole.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(svg.x);
      expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
    };

    await mark.locator('.course-point').hover();
    await expect(whole).toHaveText(outcome.label);
    await expect(whole).toBeVisible();
    await inLanes();
    await page.mouse.move(5, 5);
    await expect(whole).toHaveCount(0);

    // From the mark before it, Tab.
    const marks = overview.locator('g.course-mark');
    const ids = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-ids')));
    const index = ids.findIndex((id) => id?.split(' ').includes(outcome.id));
    await marks.nth(index - 1).focus();
    await page.keyboard.press('Tab');
    await expect(mark).toBeFocused();
    await expect(whole).toHaveText(outcome.label);
    await expect(whole).toBeVisible();
    await inLanes();
    await page.keyboard.press('Tab');
    await expect(overview.locator(`[data-whole-label="${outcome.label}"]`)).toHaveCount(0);
  });
});

test.describe('a lane title too long for the space beside its lane', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('is cut to fit, never by the edge, and reads whole on hover and on keyboard focus', async ({ page }) => {
    const overview = await openOverview(page);
    const name = 'Traditional Chinese herbal medicine decoction';
    await addEvent(page, { Event: name, Start: '2022-06', Dose: '1', 'Dose unit': 'g' });
    const lane = overview.locator(`g.course-lane[data-lane="${name}"]`);
    const title = lane.locator('text.lane-title');
    await expect(title).toHaveText(/…$/);
    const svg = (await lanesSvg(overview).boundingBox())!;
    const titleBox = (await title.boundingBox())!;
    expect(titleBox.x).toBeGreaterThanOrEqual(svg.x);

    const whole = overview.locator(`[data-whole-label="${name}"]`);
    await title.hover();
    await expect(whole).toBeVisible();
    const box = (await whole.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(svg.x);
    expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
    await page.mouse.move(5, 5);
    await expect(whole).toHaveCount(0);

    // Shift+Tab from the lane's first mark reaches its title.
    await lane.locator('g.course-mark').first().focus();
    await page.keyboard.press('Shift+Tab');
    await expect(title).toBeFocused();
    await expect(whole).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(whole).toHaveCount(0);
  });
});
