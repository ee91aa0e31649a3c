// Desktop smoke test: the built app starts in Electron, shows the seed case, and keeps the renderer locked down.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WebContents, WebPreferences } from 'electron';
import { APP_INDEX_URL, APP_ORIGIN } from '../../electron/main/app-scheme';
import { detectInstalledElectronRuntime } from '../../electron/main/runtime';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/window-options';
import { DATABASE_NAME } from '../../renderer/data/case-repository';
import { BACKUP_FILE_NAME_PATTERN, parseBackupFileName } from '../../shared/backups/backup-name';
import { encodeLabsCsv, LABS_COLUMNS } from '../../shared/codecs/csv/case-csv';
import { decodeCaseFile } from '../../shared/codecs/json/case-file';
import { createSeedCase } from '../../shared/seed/seed-case';
import { createLargeCase } from '../support/large-case';

/** Undocumented and missing from electron.d.ts, but long-standing: the preferences a renderer was created with. */
type WithLastWebPreferences = WebContents & { getLastWebPreferences(): WebPreferences | null };

const electronRuntimeAvailable = detectInstalledElectronRuntime().available;
test.skip(
  !electronRuntimeAvailable,
  'Electron runtime not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1); this spec runs where the runtime exists',
);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainScript = path.join(root, 'dist/electron/main.cjs');

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  // A fresh profile, so the preloaded case is what opens rather than whatever a previous run left.
  userData = await mkdtemp(path.join(os.tmpdir(), 'case-abstractor-e2e-'));
  app = await _electron.launch({
    args: [mainScript],
    cwd: root,
    env: { ...stringEnv(), CASE_ABSTRACTOR_USER_DATA: userData },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData !== undefined) await rm(userData, { recursive: true, force: true });
});

test('opens a window titled Case Abstractor', async () => {
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? ''))
    .toContain('Case Abstractor');
});

test('shows the preloaded anti-SRP case', async () => {
  await expect(page.getByText('anti-SRP').first()).toBeVisible();
});

test('finds the app’s icon beside its page, on the app’s own scheme', async () => {
  const icon = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? '';
    const response = await fetch(href);
    return { href, status: response.status, type: response.headers.get('content-type') };
  });
  expect(icon.href).toMatch(/^app:\/\/case-abstractor\/.*\.svg$/);
  expect(icon).toMatchObject({ status: 200, type: 'image/svg+xml' });
});

test('loads from app://case-abstractor, with the policy in its headers, IndexedDB at that origin, and nothing outside the renderer', async () => {
  expect(page.url().startsWith(APP_INDEX_URL)).toBe(true);
  const seen = await page.evaluate(async () => {
    const index = await fetch('/index.html');
    const traversal = await fetch('/..%2f..%2fpackage.json');
    return {
      origin: location.origin,
      secure: isSecureContext,
      status: index.status,
      policy: index.headers.get('content-security-policy'),
      nosniff: index.headers.get('x-content-type-options'),
      traversal: traversal.status,
      databases: (await indexedDB.databases()).map((database) => database.name),
    };
  });
  expect(seen).toEqual({
    origin: APP_ORIGIN,
    secure: true,
    status: 200,
    policy: CONTENT_SECURITY_POLICY,
    nosniff: 'nosniff',
    traversal: 400,
    databases: expect.arrayContaining([DATABASE_NAME]),
  });
});

test('refuses to navigate to file://, even to its own built page, and stays on the app', async () => {
  const builtPage = pathToFileURL(path.join(root, 'dist/renderer/index.html')).href;
  const before = page.url();

  // What the app's own will-navigate handler decides, asked directly.
  const decisions = await app.evaluate(
    ({ BrowserWindow }, urls) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return urls.map((url) => {
        let refused = false;
        contents.emit('will-navigate', { url, preventDefault: () => (refused = true) }, url);
        return [url, refused];
      });
    },
    [builtPage, 'file:///etc/passwd', `${APP_INDEX_URL}#/cases`],
  );
  expect(decisions).toEqual([
    [builtPage, true],
    ['file:///etc/passwd', true],
    [`${APP_INDEX_URL}#/cases`, false],
  ]);

  // The page trying it itself: Chromium refuses a file:// navigation from another origin before the
  // app is asked; where it does ask, the app's handler refuses. Either way the page stays.
  await app.evaluate(({ BrowserWindow }) => {
    const seen: Array<{ url: string; refused: boolean }> = [];
    (globalThis as Record<string, unknown>)['e2eNavigations'] = seen;
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) =>
      seen.push({ url: event.url, refused: event.defaultPrevented }),
    );
  });
  const chromiumRefusals: string[] = [];
  const onConsole = (message: { text(): string }) => {
    if (message.text().includes('Not allowed to load local resource')) chromiumRefusals.push(message.text());
  };
  page.on('console', onConsole);
  try {
    await page.evaluate((url) => {
      (window as unknown as Record<string, unknown>)['e2eSamePage'] = true;
      window.location.href = url;
    }, builtPage);
    await expect
      .poll(async () => {
        if (chromiumRefusals.some((text) => text.includes(builtPage))) return 'refused by Chromium';
        const navigations = await app.evaluate(
          () => (globalThis as Record<string, unknown>)['e2eNavigations'] as Array<{ url: string; refused: boolean }>,
        );
        const attempt = navigations.find((navigation) => navigation.url === builtPage);
        if (attempt === undefined) return 'not yet attempted';
        return attempt.refused ? 'refused by the app' : 'allowed';
      })
      .toMatch(/^refused/);
  } finally {
    page.off('console', onConsole);
  }
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['e2eSamePage'])).toBe(true);
});

test('exposes window.caseAbstractor and no Node to the renderer', async () => {
  const globals = await page.evaluate(() => ({
    bridge: typeof (window as unknown as Record<string, unknown>)['caseAbstractor'],
    methods: Object.keys((window as unknown as Record<string, Record<string, unknown>>)['caseAbstractor'] ?? {}).sort(),
    require: typeof (globalThis as Record<string, unknown>)['require'],
    process: typeof (globalThis as Record<string, unknown>)['process'],
    module: typeof (globalThis as Record<string, unknown>)['module'],
  }));
  expect(globals).toEqual({
    bridge: 'object',
    methods: [
      'listBackups',
      'onMenuCommand',
      'openSourceFile',
      'openTextFile',
      'readBackup',
      'saveBinaryFile',
      'saveTextFile',
      'saveTextFilesToFolder',
      'writeBackup',
    ],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
});

test('runs the renderer isolated and sandboxed', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as WithLastWebPreferences | undefined;
    const prefs = contents?.getLastWebPreferences();
    return prefs === null || prefs === undefined
      ? null
      : {
          contextIsolation: prefs.contextIsolation,
          sandbox: prefs.sandbox,
          nodeIntegration: prefs.nodeIntegration,
          webSecurity: prefs.webSecurity,
        };
  });
  expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
});

test('exports the two CSV tables into one chosen folder, asking once before replacing them', async () => {
  const seed = createSeedCase();
  const names = [`${seed.id}-events.csv`, `${seed.id}-labs.csv`];
  const folder = await mkdtemp(path.join(os.tmpdir(), 'case-abstractor-export-'));
  try {
    // Native dialogs cannot be clicked from Playwright: stub them in the main process, counting calls.
    await app.evaluate(({ dialog }, chosen) => {
      const seen = { folderDialogs: 0, questions: [] as string[] };
      (globalThis as Record<string, unknown>)['e2eDialogs'] = seen;
      dialog.showOpenDialog = (async () => {
        seen.folderDialogs += 1;
        return { canceled: false, filePaths: [chosen] };
      }) as unknown as typeof dialog.showOpenDialog;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        seen.questions.push((args.at(-1) as { message: string }).message);
        return { response: 0, checkboxChecked: false }; // "Replace"
      }) as unknown as typeof dialog.showMessageBox;
    }, folder);
    const seen = () =>
      app.evaluate(
        () => (globalThis as Record<string, unknown>)['e2eDialogs'] as { folderDialogs: number; questions: string[] },
      );

    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByText(`Exported ${names[0]} and ${names[1]} to ${folder}.`)).toBeVisible();
    expect((await readdir(folder)).sort()).toEqual(names);
    const labs = await readFile(path.join(folder, `${seed.id}-labs.csv`), 'utf8');
    expect(labs.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(LABS_COLUMNS.join(','));
    expect(await seen()).toEqual({ folderDialogs: 1, questions: [] });

    // Exporting again into the same folder asks once for both files, then replaces them.
    const labsPath = path.join(folder, `${seed.id}-labs.csv`);
    const firstWrite = (await stat(labsPath)).mtimeMs;
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(seen).toEqual({ folderDialogs: 2, questions: ['Replace 2 existing files?'] });
    await expect.poll(async () => (await stat(labsPath)).mtimeMs).toBeGreaterThan(firstWrite);
    await expect.poll(async () => (await readdir(folder)).sort()).toEqual(names);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('File → Import… reads a large CSV in its worker and stores it in the desktop profile', async () => {
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'case-abstractor-import-'));
  const file = path.join(folder, 'big-labs.csv');
  try {
    await writeFile(file, encodeLabsCsv([createLargeCase({ events: 0, observations: 100_000 })]), 'utf8');
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [chosen],
      })) as unknown as typeof dialog.showOpenDialog;
    }, file);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('import-file')?.click());
    const panel = page.getByRole('region', { name: 'Import' });
    await panel.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
    await expect(page.getByText('Imported big-labs.csv: 1 case, 0 events, 100000 observations.')).toBeVisible({
      timeout: 60_000,
    });
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1, { timeout: 30_000 });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('View → Course overview brings the overview into the window with the focus on its heading', async () => {
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('show-course-overview')?.click());
  const heading = page.getByRole('heading', { name: 'Course overview' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('File → Open source… sends open-source to the window, whose bridge then gets the picked file’s bytes', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'case-abstractor-source-'));
  const file = path.join(folder, 'report.txt');
  const onDisk = Buffer.from('CK 1620 U/l on admission.\n', 'utf8');
  try {
    await writeFile(file, onDisk);
    const item = await app.evaluate(({ Menu }) => {
      const found = Menu.getApplicationMenu()?.getMenuItemById('open-source');
      return found && { label: found.label, accelerator: found.accelerator };
    });
    expect(item).toEqual({ label: 'Open source…', accelerator: 'CmdOrCtrl+Shift+S' });

    // The command reaches the window's menu listener (the source pane answers it with the dialog).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as Record<string, unknown>)['e2eMenuCommands'] = seen;
      (
        window as unknown as { caseAbstractor: { onMenuCommand(l: (c: string) => void): void } }
      ).caseAbstractor.onMenuCommand((command) => seen.push(command));
    });
    await app.evaluate(({ dialog }, chosen) => {
      const seen = { dialogs: [] as unknown[] };
      (globalThis as Record<string, unknown>)['e2eSourceDialogs'] = seen;
      dialog.showOpenDialog = (async (...args: unknown[]) => {
        seen.dialogs.push(args.at(-1));
        return { canceled: false, filePaths: [chosen] };
      }) as unknown as typeof dialog.showOpenDialog;
    }, file);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('open-source')?.click());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Record<string, string[]>)['e2eMenuCommands']))
      .toContain('open-source');

    // Only the file picked in the main process's dialog is read, and it arrives as bytes.
    const opened = await page.evaluate(async () => {
      const api = (window as unknown as { caseAbstractor: { openSourceFile(): Promise<Record<string, unknown>> } })
        .caseAbstractor;
      const result = await api.openSourceFile();
      return {
        ...result,
        bytes: result['bytes'] instanceof Uint8Array ? Array.from(result['bytes']) : result['bytes'],
      };
    });
    expect(opened).toEqual({ status: 'opened', name: 'report.txt', bytes: [...onDisk] });
    const dialogs = await app.evaluate(
      () => (globalThis as Record<string, unknown>)['e2eSourceDialogs'] as { dialogs: Array<{ title?: string }> },
    );
    expect(dialogs.dialogs.at(-1)).toMatchObject({ title: 'Open source', properties: ['openFile'] });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('backs up into the user data folder’s backups, and File → Restore from backup… restores through the preview', async () => {
  test.setTimeout(90_000);
  const folder = path.join(userData, 'backups');
  const backups = async () =>
    (await readdir(folder).catch(() => [] as string[])).filter((name) => BACKUP_FILE_NAME_PATTERN.test(name));
  // The first backup of a fresh profile is taken a few seconds after the window opens.
  await expect.poll(backups, { timeout: 30_000 }).toHaveLength(1);
  const [name = ''] = await backups();
  // No temporary file is left beside it, and it is the gzip of a case file holding as many cases as its name says.
  expect((await readdir(folder)).filter((entry) => entry.startsWith('.'))).toEqual([]);
  const decoded = decodeCaseFile(gunzipSync(await readFile(path.join(folder, name))).toString('utf8'));
  expect(decoded.ok && decoded.value.length).toBe(parseBackupFileName(name)?.caseCount);
  expect(decoded.ok && decoded.value.map((c) => c.id)).toContain(createSeedCase().id);

  const item = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('restore-backup')?.label);
  expect(item).toBe('Restore from backup…');
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('restore-backup')?.click());
  const list = page.getByRole('region', { name: 'Restore from backup' }).getByRole('list', { name: 'Backups' });
  const newest = list.getByRole('button').first();
  await expect(newest).toBeFocused();
  await expect(newest).toContainText(`${parseBackupFileName(name)?.caseCount} case`);
  await page.keyboard.press('Enter');

  const preview = page.getByRole('region', { name: 'Import' });
  await expect(preview.getByRole('heading')).toHaveText(`Import ${name}`);
  await preview.getByRole('combobox', { name: `What to do with ${createSeedCase().id}` }).selectOption('copy');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  // The seed case as a copy, and any case of the backup since deleted, as it was.
  await expect(page.getByText(`Imported ${name}:`)).toBeVisible();
  await page.keyboard.press('Control+z');
});

// Compare and reconcile (issue #15)
test('Case → Compare with… opens the compare for the open case, its file picker first', async () => {
  const label = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('compare-case')?.label);
  expect(label).toBe('Compare with…');
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('compare-case')?.click());
  await expect(page.getByRole('button', { name: 'Open a case file…' })).toBeFocused();
  await page
    .getByRole('region', { name: /^Compare “/ })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(page.getByRole('button', { name: 'Open a case file…' })).toHaveCount(0);
});

test('refuses to navigate away from the app', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});

/** `process.env` minus unset entries, as `launch({ env })` wants strings only. */
function stringEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
