// Every focus stop of the course overview, of the dark header and the skip links is visibly
// focused: measured from screenshot pixels, its ring is 2 px wide or more and 3:1 or more against
// the pixels beside it (WCAG 2.4.7, 1.4.11); every mark and chart is named, none an "application".
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createSeedCase } from '../shared/seed/seed-case';
import { crop, decoder, measureRing, ringShortfalls, type Pixels } from './support/focus-ring';

const seed = createSeedCase();

// Only so that a skip link's outline can be hidden for its "before" picture (an inline style);
// the app's own CSP is untouched.
test.use({ bypassCSP: true, viewport: { width: 1400, height: 900 } });

interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function openSeed(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('svg.course-lanes')).toBeVisible();
  // The panels load with recharts, a moment after the lanes.
  await expect(page.locator('section.course-overview figure.course-panel').first()).toBeAttached();
  await page.mouse.move(0, 899);
}

/** The element's box and `margin` pixels round it, whole pixels, kept inside `within`. */
async function clipAround(element: Locator, margin: number, within?: Clip): Promise<Clip> {
  const box = (await element.boundingBox())!;
  const frame = within ?? { x: 0, y: 0, width: 1400, height: 900 };
  const left = Math.max(frame.x, Math.floor(box.x - margin));
  const top = Math.max(frame.y, Math.floor(box.y - margin));
  const right = Math.min(frame.x + frame.width, Math.ceil(box.x + box.width + margin));
  const bottom = Math.min(frame.y + frame.height, Math.ceil(box.y + box.height + margin));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const activeIs = (element: Locator) => element.evaluate((e) => e === document.activeElement);

test('Tab visits every mark of the course overview, each named and ringed 2 px wide at 3:1 or more', async ({
  page,
}) => {
  await openSeed(page);
  const decode = await decoder(page);
  const overview = page.locator('section.course-overview');
  const lanes = overview.locator('svg.course-lanes');
  const marks = lanes.locator('g.course-mark');
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(29);
  // Named pictures, as a screen reader meets them.
  await expect(lanes.getByRole('img')).toHaveCount(count);
  for (const name of await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    expect(name).toMatch(/\w.*, .*\d{4}/);
  }

  // The overview on screen, from the keyboard: everything is measured where it is drawn.
  await page.getByLabel('Show from').press('Control+Shift+O');
  const svgBox = (await lanes.boundingBox())!;
  const frame = { x: Math.ceil(svgBox.x), y: Math.ceil(svgBox.y), width: Math.floor(svgBox.width), height: 900 };
  // A mark's row across the whole picture: a cut label read whole on focus runs wider than the mark.
  // One picture of the lanes before any focus, cut into each mark's row.
  const lanesClip = { ...frame, height: Math.min(900 - frame.y, Math.floor(svgBox.height)) };
  const unfocused = await decode(await page.screenshot({ clip: lanesClip }));
  const clips: Clip[] = [];
  for (let i = 0; i < count; i += 1) {
    const around = await clipAround(marks.nth(i), 10, lanesClip);
    clips.push({ ...around, x: frame.x, width: frame.width });
  }

  // Tab from the heading to the first mark, then through every one in turn.
  for (let i = 0; i < 40 && !(await activeIs(marks.first())); i += 1) await page.keyboard.press('Tab');
  const failures: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0) await page.keyboard.press('Tab');
    const mark = marks.nth(i);
    await expect(mark).toBeFocused();
    const after = await decode(await page.screenshot({ clip: clips[i]! }));
    const shortfalls = ringShortfalls(measureRing(crop(unfocused, lanesClip, clips[i]!), after));
    if (shortfalls.length > 0) failures.push(`${await mark.getAttribute('aria-label')}: ${shortfalls.join('; ')}`);
  }
  expect(failures).toEqual([]);
});

test('the charts are pictures named by their analyte, described by the labs table, and no Tab stop', async ({
  page,
}) => {
  await openSeed(page);
  const overview = page.locator('section.course-overview');
  const panels = overview.locator('figure.course-panel');
  const analytes = await panels.evaluateAll((els) => els.map((e) => e.getAttribute('data-analyte')!));
  expect(analytes.length).toBeGreaterThanOrEqual(4);
  await expect(overview.locator('[role="application"]')).toHaveCount(0);
  for (const analyte of analytes) {
    const svg = overview.locator(`figure[data-analyte="${analyte}"] svg.recharts-surface`);
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg).toHaveAccessibleName(new RegExp(`^${analyte.replace(/[()]/g, '\\$&')}.* over time`));
    await expect(svg).toHaveAccessibleDescription(/Labs and measurements/);
    await expect(svg).not.toHaveAttribute('tabindex', /.*/);
    const twin = await svg.getAttribute('aria-details');
    await expect(page.locator(`#${twin}`).getByRole('grid', { name: 'Observations' })).toBeVisible();
  }
  // Every Tab stop in the overview has a name.
  const stops = overview
    .locator('[tabindex]:not([tabindex="-1"]), button:not([disabled]), input, select, summary, a[href]')
    .filter({ visible: true });
  const stopCount = await stops.count();
  expect(stopCount).toBeGreaterThan(29);
  for (let i = 0; i < stopCount; i += 1) await expect(stops.nth(i)).toHaveAccessibleName(/\S/);
});

test('the dark header’s buttons and the skip links show a ring 2 px wide at 3:1 or more', async ({ page }) => {
  await openSeed(page);
  const decode = await decoder(page);
  const failures: string[] = [];

  // Skip links: the same link with and without its ring (it only shows while focused).
  const skips = page.getByRole('navigation', { name: 'Skip links' }).getByRole('link');
  const skipCount = await skips.count();
  expect(skipCount).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < skipCount; i += 1) {
    await page.keyboard.press('Tab');
    const link = skips.nth(i);
    await expect(link).toBeFocused();
    const clip = await clipAround(link, 8);
    const after = await decode(await page.screenshot({ clip }));
    const hide = await page.addStyleTag({ content: '.skip-links a { outline: none !important; }' });
    const before = await decode(await page.screenshot({ clip }));
    await hide.evaluate((style) => (style as HTMLStyleElement).remove());
    const shortfalls = ringShortfalls(measureRing(before, after));
    if (shortfalls.length > 0) failures.push(`${await link.textContent()}: ${shortfalls.join('; ')}`);
  }

  // The header's buttons and the export options' boxes: each before and after the Tab that reaches it.
  const buttons = page.locator('.app-header :is(button:not([disabled]), input[type="checkbox"])');
  const buttonCount = await buttons.count();
  expect(buttonCount).toBeGreaterThanOrEqual(4);
  const clips: Clip[] = [];
  const before: Pixels[] = [];
  for (let i = 0; i < buttonCount; i += 1) {
    clips.push(await clipAround(buttons.nth(i), 6));
    before.push(await decode(await page.screenshot({ clip: clips[i]! })));
  }
  for (let i = 0; i < buttonCount; i += 1) {
    await page.keyboard.press('Tab');
    const button = buttons.nth(i);
    await expect(button).toBeFocused();
    const shortfalls = ringShortfalls(
      measureRing(before[i]!, await decode(await page.screenshot({ clip: clips[i]! }))),
    );
    if (shortfalls.length > 0) failures.push(`${await button.textContent()}: ${shortfalls.join('; ')}`);
  }
  expect(failures).toEqual([]);
});
