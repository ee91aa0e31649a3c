// The app's icon in the built renderer: declared by the page, served by `vite preview` and found from
// file:// (the desktop app's base is './'), so no load ends in a 404 for /favicon.ico.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { createSeedCase } from '../shared/seed/seed-case';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// E2E_OUT_DIR, as for the preview server: a build elsewhere, relative to Vite's root (renderer/).
const outDir = path.resolve(root, 'renderer', process.env.E2E_OUT_DIR ?? '../dist/renderer');
const appIcon = path.join(root, 'assets/icon.svg');

/** Every request the preview server answered, with its status: the browser fetches icons itself, out of the page's sight. */
const answered: { url: string; status: number }[] = [];
let server: PreviewServer;
let baseUrl: string;

test.beforeAll(async () => {
  server = await preview({
    ...(process.env.E2E_OUT_DIR ? { build: { outDir: process.env.E2E_OUT_DIR } } : {}),
    // Port 0: any free port, so runs beside other checkouts' servers do not collide.
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-answers',
        configurePreviewServer(preview) {
          preview.middlewares.use((req, res, next) => {
            res.on('finish', () => answered.push({ url: req.url ?? '', status: res.statusCode }));
            next();
          });
        },
      },
    ],
  });
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  expect(baseUrl, 'the preview server’s address').not.toBe('');
});

test.afterAll(async () => {
  await server?.close();
});

const declaredIcons = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((link) => ({
      href: link.href,
      type: link.type,
    })),
  );

test('a load asks for nothing the server does not have, the icon included', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  answered.length = 0;
  await page.goto(baseUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(createSeedCase().title);
  const icons = (await declaredIcons(page)).map((icon) => new URL(icon.href).pathname);
  // The browser asks for an icon once the page has loaded: the declared one, or /favicon.ico without one.
  await expect
    .poll(() => answered.some((a) => a.url === '/favicon.ico' || icons.includes(a.url)), {
      message: 'the browser asked for the page’s icon',
    })
    .toBe(true);
  expect(answered.filter((a) => a.status >= 400)).toEqual([]);
  expect(icons, 'the page declares an icon').not.toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the declared icon is the app’s own, served from the build', async ({ page }) => {
  await page.goto(baseUrl);
  const icons = await declaredIcons(page);
  expect(icons.map((icon) => icon.type)).toEqual(['image/svg+xml']);
  const served = await page.request.get(icons[0]?.href ?? '');
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('image/svg+xml');
  expect(await served.text()).toBe(await readFile(appIcon, 'utf8'));
});

test('from file://, as the desktop app loads it, the icon is found beside the page', async ({ page }) => {
  // Only the markup is read here: module scripts do not run from file:// in a plain browser.
  await page.goto(pathToFileURL(path.join(outDir, 'index.html')).href);
  const icons = await declaredIcons(page);
  expect(icons).not.toEqual([]);
  for (const icon of icons) {
    expect(icon.href.startsWith(pathToFileURL(outDir).href), `${icon.href} lies inside the build`).toBe(true);
    const file = fileURLToPath(icon.href);
    expect((await stat(file)).isFile(), `${file} exists`).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(await readFile(appIcon, 'utf8'));
  }
});
