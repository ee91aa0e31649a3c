// WCAG 2.1 A and AA, checked by axe-core in the states a clinician meets: the open case, its details
// being edited, the course overview with its popovers open, an import refused, a field refused and
// the list of keys. axe is injected past the page's CSP in this spec's context only; the app's own
// CSP stays as it is.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createSeedCase } from '../shared/seed/seed-case';
import { importFile } from './support/import-file';
import { openSeedReport } from './support/source-pane';

const seed = createSeedCase();
const require = createRequire(import.meta.url);
const axeSource = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

test.use({ bypassCSP: true, viewport: { width: 1400, height: 900 } });

/** The WCAG 2.1 A/AA rules, and one h1 per page (a best practice the issue asks for). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXTRA_RULES = ['page-has-heading-one'];

interface Found {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every violation axe finds on the page as it is, with the first few elements of each. */
async function violations(page: Page): Promise<Found[]> {
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(
    async ({ tags, extra }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const rules = [...axe.getRules(tags).map((r) => r.ruleId), ...extra];
      const result = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`),
      }));
    },
    { tags: TAGS, extra: EXTRA_RULES },
  );
}

async function openSeed(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('svg.course-lanes')).toBeVisible();
}

test.describe('axe finds no WCAG 2.1 A/AA violation and one h1', () => {
  test('in the open case', async ({ page }) => {
    await openSeed(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with the source pane open beside the case, words found and shown', async ({ page }) => {
    await openSeed(page);
    await openSeedReport(page);
    await page.keyboard.press('Alt+U');
    await page.keyboard.press('Control+F');
    await page.keyboard.type('ofatumumab');
    expect(await violations(page)).toEqual([]);
  });

  test('while the case’s details are edited', async ({ page }) => {
    await openSeed(page);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('form', { name: 'Case details' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('in the course overview with the analyte list and the key open', async ({ page }) => {
    await openSeed(page);
    const overview = page.locator('section.course-overview');
    await overview.locator('details.analyte-picker > summary').click();
    await overview.locator('details.course-key > summary').click();
    await expect(overview.getByRole('list', { name: 'Key to the marks' })).toBeVisible();
    await expect(overview.locator('details.analyte-picker fieldset')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('when an import is refused', async ({ page }) => {
    await openSeed(page);
    await importFile(page, 'case.json', '{"schemaVersion": 1, "title": ');
    await expect(page.getByRole('region', { name: 'Import' }).getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('when a form refuses a bad date beside its field', async ({ page }) => {
    await openSeed(page);
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Event', { exact: true }).fill('Prednisone');
    await form.getByLabel('Start', { exact: true }).fill('2021-13-45');
    await form.getByLabel('Start', { exact: true }).press('Enter');
    await expect(form.getByRole('alert').first()).toBeVisible();
    await expect(form.getByLabel('Start', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await violations(page)).toEqual([]);
  });

  test('with the list of keys open', async ({ page }) => {
    await openSeed(page);
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
