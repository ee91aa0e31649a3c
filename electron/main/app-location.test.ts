// Specification of where the renderer loads from and which URLs count as the app.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppLocation } from './app-location';

const indexPath = path.resolve('/opt/case-abstractor/dist/renderer/index.html');
const indexUrl = pathToFileURL(indexPath).href;

describe('resolveAppLocation', () => {
  it('loads the built index.html by default', () => {
    expect(resolveAppLocation({ indexPath, isPackaged: false, devUrl: undefined })).toEqual({
      kind: 'file',
      indexPath,
      url: indexUrl,
    });
  });

  it('loads CASE_ABSTRACTOR_DEV_URL in development', () => {
    expect(resolveAppLocation({ indexPath, isPackaged: false, devUrl: 'http://localhost:5173' })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });

  it('ignores the dev URL in a packaged app', () => {
    expect(resolveAppLocation({ indexPath, isPackaged: true, devUrl: 'http://localhost:5173' }).kind).toBe('file');
  });

  it.each(['', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'ignores a dev URL that is not http(s): %j',
    (devUrl) => {
      expect(resolveAppLocation({ indexPath, isPackaged: false, devUrl }).kind).toBe('file');
    },
  );
});

describe('isAppUrl', () => {
  const file = resolveAppLocation({ indexPath, isPackaged: false, devUrl: undefined });
  const dev = resolveAppLocation({ indexPath, isPackaged: false, devUrl: 'http://localhost:5173/' });

  it.each([
    [indexUrl, true],
    [`${indexUrl}#/cases/seed`, true],
    [`${indexUrl}?tab=timeline`, true],
    [pathToFileURL(path.resolve('/opt/case-abstractor/dist/renderer/other.html')).href, false],
    [pathToFileURL(path.resolve('/home/user/Downloads/evil.html')).href, false],
    ['https://example.org/', false],
    ['about:blank', false],
    ['garbage', false],
  ])('for a file load, %s → %s', (url, expected) => {
    expect(isAppUrl(url, file)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    [indexUrl, false],
  ])('for a dev server, %s → %s', (url, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});
