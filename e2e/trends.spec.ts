// The course overview in browser mode: treatment lanes and trend panels on one time axis, drawn
// from the preloaded case, with censored values, zoom, scales, tooltips and picture export.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { DEFAULT_CONTENT_SIZE } from '../electron/main/window-options';
import { createSeedCase, SEED_CASE_ID } from '../shared/seed/seed-case';

const seed = createSeedCase();
const OFATUMUMAB_DATES = ['2022-09-05', '2022-11-01', '2023-02-20'];
const SLIDE_WIDTH = 1920;

async function openOverview(page: Page): Promise<Locator> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const overview = page.locator('section.course-overview');
  await expect(overview.locator('svg.course-lanes')).toBeVisible();
  // The panels load with recharts, a moment after the lanes.
  await expect(overview.locator('figure.course-panel').first()).toBeAttached();
  return overview;
}

const lane = (overview: Locator, title: string) => overview.locator(`g.course-lane[data-lane="${title}"]`);
const panel = (overview: Locator, analyte: string) => overview.locator(`figure[data-analyte="${analyte}"]`);
const attributes = (locator: Locator, name: string) =>
  locator.evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

const yTickLabels = (figure: Locator) => figure.locator('.recharts-yAxis-tick-labels text');

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function showAnalytes(overview: Locator, names: string[]) {
  await overview.locator('details.analyte-picker summary').click();
  for (const name of names) await overview.getByRole('checkbox', { name, exact: true }).check();
  await overview.locator('details.analyte-picker summary').click();
}

/** Width and height from a PNG's IHDR chunk, after checking the signature (PNG spec §5.2, §11.2.2). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test.describe('course overview of the preloaded case', () => {
  test('shows the three ofatumumab doses as markers on their dates, labelled with the dose', async ({ page }) => {
    const overview = await openOverview(page);
    const doses = lane(overview, 'Ofatumumab').locator('[data-mark="dose"]');
    await expect(doses).toHaveCount(3);
    expect(await attributes(doses, 'data-date')).toEqual(OFATUMUMAB_DATES);
    expect(await attributes(doses, 'data-label')).toEqual(['20 mg s.c.', '20 mg s.c.', '20 mg s.c.']);
    await expect(doses.locator('text')).toHaveText(['20 mg s.c.', '20 mg s.c.', '20 mg s.c.']);
    await expect(lane(overview, 'Ofatumumab').locator('[data-mark="bar"]')).toHaveCount(0);

    await mkdir('assets/screenshots', { recursive: true });
    await overview.screenshot({ path: 'assets/screenshots/course-overview.png' });
  });

  test('fits one 1400 × 900 screen once scrolled to: heading, toolbar, every lane, the panels, the brush', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    await expect(overview.locator('figure.course-panel')).toHaveCount(4);
    await expect(overview.locator('g.course-lane')).toHaveCount(9);
    expect(page.viewportSize()).toEqual({ width: 1400, height: 900 });
    await overview.evaluate((section) => section.scrollIntoView({ block: 'center' }));

    const box = await overview.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(900);
    const parts = overview.locator(
      'h2, .course-toolbar, g.course-lane, figure.course-panel, .recharts-xAxis, svg.time-brush',
    );
    const outside = await parts.evaluateAll((els) =>
      els
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth;
        })
        .map(
          (e) =>
            e.getAttribute('data-lane') ?? e.getAttribute('data-analyte') ?? e.getAttribute('class') ?? e.localName,
        ),
    );
    expect(outside).toEqual([]);

    // Still legible: every value axis keeps at least three ticks, none overlapping the next.
    for (const figure of await overview.locator('figure.course-panel').all()) {
      const labels = await yTickLabels(figure).evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
      );
      expect(labels.length).toBeGreaterThanOrEqual(3);
      const byTop = labels.sort((a, b) => a.top - b.top);
      for (let i = 1; i < byTop.length; i += 1) expect(byTop[i]!.top).toBeGreaterThanOrEqual(byTop[i - 1]!.bottom);
    }

    // The key to the marks is one click away, over the lanes rather than under the brush.
    await overview.locator('details.course-key summary').click();
    await expect(overview.getByRole('list', { name: 'Key to the marks' })).toContainText('censored value');
  });

  test('draws the B-cell count as three points on the dose dates, straight below each dose, the middle at 0', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    const bCells = panel(overview, 'B lymphocytes, total');
    const points = bCells.locator('[data-point]');
    await expect(points).toHaveCount(3);
    expect(await attributes(points, 'data-date')).toEqual(OFATUMUMAB_DATES);
    expect(await attributes(points, 'data-value')).toEqual(['236.4', '0', '1.5']);
    await expect(bCells.locator('circle.marker-exact')).toHaveCount(3);

    // One time axis: a vertical line through a dose passes through the count taken that day.
    const doses = lane(overview, 'Ofatumumab').locator('path.course-dose');
    for (let i = 0; i < 3; i += 1) {
      const dose = await centre(doses.nth(i));
      const point = await centre(points.nth(i));
      expect(Math.abs(dose.x - point.x)).toBeLessThan(1);
    }
    // The middle point sits on the value axis's 0 (label and marker share the chart's coordinates).
    const zeroY = Number(await yTickLabels(bCells).filter({ hasText: /^0$/ }).getAttribute('y'));
    expect(Number(await points.nth(1).getAttribute('cy'))).toBeCloseTo(zeroY, 1);
    expect(Number(await points.nth(0).getAttribute('cy'))).toBeLessThan(zeroY - 50);
  });

  test('draws the methylprednisolone taper as four bars, back to back, each with its dose', async ({ page }) => {
    const overview = await openOverview(page);
    const steps = lane(overview, 'Methylprednisolone').locator('[data-mark="bar"]');
    await expect(steps).toHaveCount(4);
    expect(await attributes(steps, 'data-label')).toEqual([
      '500 mg daily',
      '250 mg daily',
      '120 mg daily',
      '60 mg daily',
    ]);
    expect(await attributes(steps, 'data-date')).toEqual(['2022-08-22', '2022-08-25', '2022-08-28', '2022-08-31']);
    expect(await attributes(steps, 'data-end')).toEqual(['2022-08-24', '2022-08-27', '2022-08-30', '2022-09-02']);
    const bars = await steps.locator('rect.course-bar').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width };
      }),
    );
    for (const [i, bar] of bars.entries()) {
      expect(bar.width).toBeGreaterThan(3);
      if (i > 0) expect(Math.abs(bar.left - bars[i - 1]!.right)).toBeLessThan(1);
    }
    // A course started without a reported end (prednisone from May 2022) fades out instead.
    await expect(lane(overview, 'Prednisone').locator('[data-mark="open"] rect.course-open')).toHaveCount(1);
  });

  test('draws censored CK-MB and myoglobin as censored markers with their comparator, never as measurements', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    await showAnalytes(overview, ['CK-MB (μg/L)', 'Myoglobin (Myo) (μg/L)']);
    for (const [analyte, typed] of [
      ['CK-MB', '>300.0'],
      ['Myoglobin (Myo)', '>1200.0'],
    ] as const) {
      const figure = panel(overview, analyte);
      const censored = figure.locator('[data-censored="true"]');
      await expect(censored).toHaveCount(1);
      await expect(censored).toHaveAttribute('data-comparator', '>');
      await expect(censored).toHaveAttribute('data-label', typed);
      await expect(censored).toHaveClass(/marker-censored/);
      await expect(figure.locator('circle.marker')).toHaveCount(0);
      await expect(figure.locator('text.censored-label')).toHaveText(typed);
      await expect(figure.locator('path.recharts-line-curve')).toHaveCount(0);
    }
    await panel(overview, 'CK-MB').locator('[data-censored="true"]').hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('>300.0 μg/L');
    await expect(tooltip).toContainText('Censored: the result was above 300');
    await expect(tooltip).toContainText('Aug 2022 (month only, approximate)');
  });

  test('a brush zoom narrows the lanes and every panel to the same period', async ({ page }) => {
    const overview = await openOverview(page);
    await showAnalytes(overview, ['CK-MB (μg/L)']);
    const figures = overview.locator('figure.course-panel');
    await expect(figures).toHaveCount(5);
    const domains = async () =>
      overview
        .locator('svg.course-lanes, figure.course-panel')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-domain-start')}/${e.getAttribute('data-domain-end')}`),
        );
    const before = await domains();
    expect(new Set(before).size).toBe(1);

    // Before zooming, the brush and the lanes share the whole-course axis: drag from just after
    // the first ofatumumab dose to just after the last.
    const doses = lane(overview, 'Ofatumumab').locator('path.course-dose');
    const from = (await centre(doses.nth(0))).x + 15;
    const to = (await centre(doses.nth(2))).x + 15;
    const strip = overview.locator('svg.time-brush rect.brush-strip');
    await strip.scrollIntoViewIfNeeded();
    const brush = await centre(strip);
    await page.mouse.move(from, brush.y);
    await page.mouse.down();
    await page.mouse.move((from + to) / 2, brush.y, { steps: 4 });
    await page.mouse.move(to, brush.y, { steps: 4 });
    await page.mouse.up();

    await expect(overview.locator('svg.time-brush')).toHaveAttribute('data-zoomed', 'true');
    const after = await domains();
    expect(after).toHaveLength(6);
    expect(new Set(after).size).toBe(1);
    const [start, end] = after[0]!.split('/').map((d) => Date.parse(d));
    const [wholeStart, wholeEnd] = before[0]!.split('/').map((d) => Date.parse(d));
    expect(start).toBeGreaterThan(wholeStart!);
    expect(end).toBeLessThan(wholeEnd!);
    expect(start).toBeGreaterThan(Date.parse('2022-09-05'));
    expect(start).toBeLessThan(Date.parse('2022-11-01'));

    await expect(lane(overview, 'Ofatumumab').locator('[data-mark="dose"]')).toHaveCount(2);
    const bCells = panel(overview, 'B lymphocytes, total');
    expect(await attributes(bCells.locator('[data-point]'), 'data-date')).toEqual(['2022-11-01', '2023-02-20']);
    await expect(bCells).toContainText('1 outside the period shown');
    // CK-MB's one result (August 2022) lies before the period: its panel stays, empty.
    await expect(panel(overview, 'CK-MB').locator('[data-point]')).toHaveCount(0);
    await expect(overview.getByLabel('Show from')).toHaveValue(new Date(start!).toISOString().slice(0, 10));

    await overview.getByRole('button', { name: 'Whole course' }).click();
    expect(await domains()).toEqual(before);
    await expect(lane(overview, 'Ofatumumab').locator('[data-mark="dose"]')).toHaveCount(3);
  });

  test('exports the overview as a slide-wide PNG and SVG, and one panel likewise', async ({ page }) => {
    const overview = await openOverview(page);
    const png = await download(page, () => overview.getByRole('button', { name: 'Export PNG' }).click());
    expect(png.name).toBe(`${SEED_CASE_ID}-course.png`);
    const size = pngSize(png.bytes);
    expect(size.width).toBe(SLIDE_WIDTH);
    expect(size.height).toBeGreaterThan(600);

    const svg = await download(page, () => overview.getByRole('button', { name: 'Export SVG' }).click());
    expect(svg.name).toBe(`${SEED_CASE_ID}-course.svg`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        text: root.textContent ?? '',
        markers: root.querySelectorAll('[data-point]').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.name).toBe('svg');
    expect(Number(parsed.width)).toBe(SLIDE_WIDTH);
    expect(Number(parsed.height)).toBe(size.height);
    expect(parsed.text).toContain(seed.title);
    expect(parsed.text).toContain('B lymphocytes, total');
    expect(parsed.text).toContain('20 mg s.c.');
    expect(parsed.markers).toBeGreaterThan(10);

    // The PNG is a picture a browser can open, not just a header.
    const decoded = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, png.bytes.toString('base64'));
    expect(decoded).toEqual(size);

    const bCells = panel(overview, 'B lymphocytes, total');
    const panelPng = await download(page, () =>
      bCells.getByRole('button', { name: 'Export B lymphocytes, total as PNG' }).click(),
    );
    expect(panelPng.name).toBe(`${SEED_CASE_ID}-b-lymphocytes-total.png`);
    const panelSize = pngSize(panelPng.bytes);
    const box = (await bCells.boundingBox())!;
    expect(panelSize.width).toBe(SLIDE_WIDTH);
    expect(Math.abs(panelSize.height - (SLIDE_WIDTH * box.height) / box.width)).toBeLessThan(
      SLIDE_WIDTH / box.width + 1,
    );
  });

  test('tooltips give the date as abstracted, the value as typed, the unit and the note', async ({ page }) => {
    const overview = await openOverview(page);
    const tooltip = page.getByRole('tooltip');
    await panel(overview, 'B lymphocytes, total').locator('[data-point]').nth(1).hover();
    await expect(tooltip).toContainText('B lymphocytes, total');
    await expect(tooltip.locator('[data-tooltip-value]')).toHaveText('0 ×10⁶/L');
    await expect(tooltip.locator('[data-tooltip-date]')).toHaveText('1 Nov 2022');
    await expect(tooltip).toContainText('At ofatumumab dose 2.');

    await panel(overview, 'Creatine kinase (CK)').locator('[data-point]').first().hover();
    await expect(tooltip.locator('[data-tooltip-value]')).toHaveText('400–500 U/L');
    await expect(tooltip.locator('[data-tooltip-date]')).toHaveText('~2017 (year only, approximate)');
    await expect(tooltip).toContainText('Reported as a range.');

    await panel(overview, 'Muscle strength, proximal limbs').locator('[data-point]').nth(1).hover();
    await expect(tooltip.locator('[data-tooltip-date]')).toHaveText('~Nov 2022 (month only, approximate)');
    await expect(tooltip).toContainText('2 months after Ofatumumab dose 1');

    await lane(overview, 'Ofatumumab').locator('path.course-dose').nth(1).hover();
    await expect(tooltip).toContainText('Ofatumumab dose 2');
    await expect(tooltip).toContainText('1 Nov 2022');
    await expect(tooltip).toContainText('20 mg s.c.');

    await page.mouse.move(5, 5);
    await expect(tooltip).toHaveCount(0);
  });

  test('switches a panel to a log scale, marks the zero it cannot place, and remembers the choice', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    const bCells = panel(overview, 'B lymphocytes, total');
    await bCells.getByRole('button', { name: 'Log' }).click();
    await expect(bCells).toHaveAttribute('data-scale', 'log');
    const offScale = bCells.locator('[data-offscale="true"]');
    await expect(offScale).toHaveCount(1);
    await expect(offScale).toHaveAttribute('data-value', '0');
    await expect(bCells.locator('circle.marker')).toHaveCount(2);
    await expect(yTickLabels(bCells)).toHaveText(['0.1', '1', '10', '100', '1000']);

    await page.reload();
    await expect(panel(page.locator('section.course-overview'), 'B lymphocytes, total')).toHaveAttribute(
      'data-scale',
      'log',
    );
  });

  test('remembers the analytes chosen for the case across a restart', async ({ page }) => {
    const overview = await openOverview(page);
    const shown = () => attributes(overview.locator('figure.course-panel'), 'data-analyte');
    expect(await shown()).toEqual([
      'Muscle strength, proximal limbs',
      'B lymphocytes, total',
      'Creatine kinase (CK)',
      'Left ventricular ejection fraction (LVEF)',
    ]);
    await panel(overview, 'Muscle strength, proximal limbs').getByRole('button', { name: /^Hide/ }).click();
    await showAnalytes(overview, ['Anti-SRP antibody (IgG)']);
    const chosen = [
      'B lymphocytes, total',
      'Creatine kinase (CK)',
      'Left ventricular ejection fraction (LVEF)',
      'Anti-SRP antibody (IgG)',
    ];
    expect(await shown()).toEqual(chosen);
    // A text result is a categorical strip.
    await expect(
      panel(overview, 'Anti-SRP antibody (IgG)').locator('svg.text-strip circle[data-text="positive"]'),
    ).toHaveCount(1);

    await page.reload();
    await expect(page.locator('section.course-overview figure.course-panel')).toHaveCount(4);
    expect(await attributes(page.locator('section.course-overview figure.course-panel'), 'data-analyte')).toEqual(
      chosen,
    );
    const stored = await page.evaluate(() => localStorage.getItem('case-abstractor:course-overview'));
    expect(JSON.parse(stored ?? '{}').state.cases[SEED_CASE_ID].analytes).toHaveLength(4);
  });

  test('groups treatment lanes by drug class on request: glucocorticoids hold prednisone and the pulse', async ({
    page,
  }) => {
    const overview = await openOverview(page);
    await overview.getByLabel('Group treatment lanes').selectOption('class');
    const glucocorticoids = lane(overview, 'Glucocorticoids');
    await expect(glucocorticoids.locator('[data-mark="bar"]')).toHaveCount(4);
    await expect(glucocorticoids.locator('[data-mark="open"]')).toHaveAttribute(
      'data-label',
      'Prednisone 60 mg oral daily',
    );
    await expect(lane(overview, 'Anti-CD20 antibodies').locator('[data-mark="dose"]')).toHaveCount(3);
    await expect(lane(overview, 'Methylprednisolone')).toHaveCount(0);
  });
});

test.describe('the way in to the course overview, from the top of the case', () => {
  // The desktop app's page size when the screen has room: the jump must show the whole overview there.
  test.use({ viewport: DEFAULT_CONTENT_SIZE });

  /** The page at its top, the overview (drawn, panels fitted) a long way below the window. */
  async function atTopOfCase(page: Page): Promise<Locator> {
    const overview = await openOverview(page);
    await expect(overview.locator('figure.course-panel')).toHaveCount(4);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect((await overview.boundingBox())!.y).toBeGreaterThan(DEFAULT_CONTENT_SIZE.height * 2);
    return overview;
  }

  /** The whole overview, heading to brush, inside the window, its top at the window's top, its heading focused. */
  async function expectOverviewOnScreen(page: Page, overview: Locator) {
    const box = (await overview.boundingBox())!;
    expect(Math.abs(box.y)).toBeLessThan(1);
    expect(box.y + box.height).toBeLessThanOrEqual(DEFAULT_CONTENT_SIZE.height);
    await expect(overview.locator('svg.time-brush')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('heading', { level: 2, name: 'Course overview' })).toBeFocused();
  }

  test('the case header’s “Course overview” button brings the whole overview on screen and focuses it', async ({
    page,
  }) => {
    const overview = await atTopOfCase(page);
    const button = page.getByRole('region', { name: seed.title }).getByRole('button', { name: 'Course overview' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+Shift\+O/);
    await button.click();
    await expectOverviewOnScreen(page, overview);
  });

  test('Ctrl+Shift+O does the same, even from a text field in the event form, and types nothing there', async ({
    page,
  }) => {
    const overview = await atTopOfCase(page);
    const field = page.getByRole('region', { name: /^Timeline/ }).getByLabel('Event', { exact: true });
    await field.fill('Ofatumumab dose 4');
    await field.press('Control+Shift+O');
    await expectOverviewOnScreen(page, overview);
    await expect(field).toHaveValue('Ofatumumab dose 4');
  });
});
