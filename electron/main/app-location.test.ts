// Specification of where the renderer loads from and which URLs count as the app.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppLocation } from './app-location';

const rendererFolder = path.resolve('/opt/case-abstractor/dist/renderer');
const indexFileUrl = pathToFileURL(path.join(rendererFolder, 'index.html')).href;

describe('resolveAppLocation', () => {
  it('loads the built renderer from the app’s own scheme by default', () => {
    expect(resolveAppLocation({ rendererFolder, isPackaged: false, devUrl: undefined })).toEqual({
      kind: 'app-scheme',
      url: 'app://case-abstractor/index.html',
      rendererFolder,
    });
  });

  it('loads CASE_ABSTRACTOR_DEV_URL in development', () => {
    expect(resolveAppLocation({ rendererFolder, isPackaged: false, devUrl: 'http://localhost:5173' })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });

  it('ignores the dev URL in a packaged app', () => {
    expect(resolveAppLocation({ rendererFolder, isPackaged: true, devUrl: 'http://localhost:5173' }).kind).toBe(
      'app-scheme',
    );
  });

  it.each(['', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)', 'app://case-abstractor/index.html'])(
    'ignores a dev URL that is not http(s): %j',
    (devUrl) => {
      expect(resolveAppLocation({ rendererFolder, isPackaged: false, devUrl }).kind).toBe('app-scheme');
    },
  );
});

describe('isAppUrl', () => {
  const scheme = resolveAppLocation({ rendererFolder, isPackaged: false, devUrl: undefined });
  const dev = resolveAppLocation({ rendererFolder, isPackaged: false, devUrl: 'http://localhost:5173/' });

  it.each([
    ['app://case-abstractor/index.html', true],
    ['app://case-abstractor/index.html#/cases/seed', true],
    ['app://case-abstractor/index.html?tab=timeline', true],
    ['app://case-abstractor/', true],
    ['app://case-abstractor/assets/index.js', true],
    // The page's old home, and any other page on disk, is not the app.
    [indexFileUrl, false],
    [`${indexFileUrl}#/cases/seed`, false],
    [pathToFileURL(path.resolve('/home/user/Downloads/evil.html')).href, false],
    ['file:///etc/passwd', false],
    ['app://example.org/index.html', false],
    ['app://case-abstractor.example.org/index.html', false],
    ['app://someone@case-abstractor/index.html', false],
    ['app://case-abstractor:8080/index.html', false],
    ['apps://case-abstractor/index.html', false],
    ['https://case-abstractor/index.html', false],
    ['https://example.org/', false],
    ['about:blank', false],
    ['garbage', false],
  ])('for the app scheme, %s → %s', (url, expected) => {
    expect(isAppUrl(url, scheme)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['app://case-abstractor/index.html', false],
    [indexFileUrl, false],
  ])('for a dev server, %s → %s', (url, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});
