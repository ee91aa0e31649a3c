// Specification of app://case-abstractor/: only the built renderer's files, with their type and the security headers.
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_DEFINITION,
  createAppSchemeHandler,
  serveAppScheme,
  type AppSchemeHandler,
} from './app-scheme';
import { CONTENT_SECURITY_POLICY } from './window-options';

const SECRET = 'patient list, not part of the app';
const INDEX = '<!doctype html><title>Case Abstractor</title>';

// tmp/
//   secret.txt, secret.js, elsewhere/secret.txt     outside the renderer
//   renderer/                                        the built renderer
//     index.html, assets/…, notes.xyz, LICENSE
//     link-out.txt → ../secret.txt, link-out.js → ../secret.js, link-dir → ../elsewhere, link-in.js → assets/app.js
//   renderer-link → renderer                         a renderer folder reached through a link
let tmp: string;
let rendererFolder: string;
let handler: AppSchemeHandler;

beforeAll(async () => {
  tmp = await realFs.mkdtemp(path.join(os.tmpdir(), 'case-abstractor-scheme-'));
  rendererFolder = path.join(tmp, 'renderer');
  const files: Record<string, string> = {
    'secret.txt': SECRET,
    'secret.js': SECRET,
    'elsewhere/secret.txt': SECRET,
    'renderer/index.html': INDEX,
    'renderer/assets/app.js': 'export const app = 1;',
    'renderer/assets/chunk.mjs': 'export const chunk = 1;',
    'renderer/assets/app.js.map': '{"version":3}',
    'renderer/assets/index.css': 'body{}',
    'renderer/assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'renderer/assets/icon.png': 'png',
    'renderer/favicon.ico': 'ico',
    'renderer/assets/data.json': '{}',
    'renderer/assets/module.wasm': 'wasm',
    'renderer/assets/font.woff2': 'woff2',
    'renderer/notes.xyz': 'unknown kind',
    'renderer/LICENSE': 'no extension',
  };
  for (const [name, text] of Object.entries(files)) {
    await realFs.mkdir(path.dirname(path.join(tmp, name)), { recursive: true });
    await realFs.writeFile(path.join(tmp, name), text);
  }
  await realFs.mkdir(path.join(rendererFolder, 'empty.js'));
  await realFs.symlink('../secret.txt', path.join(rendererFolder, 'link-out.txt'));
  await realFs.symlink('../secret.js', path.join(rendererFolder, 'link-out.js'));
  await realFs.symlink('../elsewhere', path.join(rendererFolder, 'link-dir'));
  await realFs.symlink('assets/app.js', path.join(rendererFolder, 'link-in.js'));
  await realFs.symlink('renderer', path.join(tmp, 'renderer-link'));
  handler = createAppSchemeHandler({ rendererFolder, contentSecurityPolicy: CONTENT_SECURITY_POLICY, fs: realFs });
});

afterAll(async () => {
  await realFs.rm(tmp, { recursive: true, force: true });
});

async function get(url: string, init?: RequestInit) {
  const response = await handler(new Request(url, init));
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('APP_SCHEME_DEFINITION', () => {
  it('registers app: as a standard, secure scheme with fetch, so workers and IndexedDB work under it', () => {
    expect(APP_SCHEME_DEFINITION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('leaves CORS, CSP bypass and service workers off', () => {
    expect(APP_SCHEME_DEFINITION.privileges).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_DEFINITION.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_DEFINITION.privileges).not.toHaveProperty('allowServiceWorkers');
  });

  it('names the window’s page app://case-abstractor/index.html', () => {
    expect(APP_ORIGIN).toBe('app://case-abstractor');
    expect(APP_INDEX_URL).toBe('app://case-abstractor/index.html');
  });
});

describe('serveAppScheme', () => {
  it('installs one handler for the app scheme on the protocol it is given, serving the renderer', async () => {
    const installed: Array<[string, AppSchemeHandler]> = [];
    serveAppScheme(
      { handle: (scheme, serve) => installed.push([scheme, serve]) },
      { rendererFolder, contentSecurityPolicy: CONTENT_SECURITY_POLICY, fs: realFs },
    );
    expect(installed.map(([scheme]) => scheme)).toEqual([APP_SCHEME]);
    const response = await installed[0]![1](new Request(APP_INDEX_URL));
    expect(await response.text()).toBe(INDEX);
  });
});

describe('createAppSchemeHandler', () => {
  it('serves index.html with the Content-Security-Policy and nosniff headers', async () => {
    const response = await get('app://case-abstractor/index.html');
    expect(response.status).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await get('app://case-abstractor/')).toMatchObject({ status: 200, body: INDEX });
  });

  it('ignores the query and hash the page routes with', async () => {
    expect(await get('app://case-abstractor/index.html?case=seed#/timeline')).toMatchObject({
      status: 200,
      body: INDEX,
    });
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/icon.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/module.wasm', 'application/wasm'],
    ['assets/font.woff2', 'font/woff2'],
  ])('sends %s as %s', async (file, type) => {
    const response = await get(`app://case-abstractor/${file}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe(await realFs.readFile(path.join(rendererFolder, file), 'utf8'));
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('puts the security headers on refusals too', async () => {
    const response = await get('app://case-abstractor/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a HEAD request with the headers and no body', async () => {
    const response = await get('app://case-abstractor/assets/app.js', { method: 'HEAD' });
    expect(response).toMatchObject({ status: 200, body: '' });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses to be written to', async () => {
    expect((await get('app://case-abstractor/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it.each([
    ['a missing file', 'app://case-abstractor/missing.js'],
    ['a file of a kind the app does not ship', 'app://case-abstractor/notes.xyz'],
    ['a file with no extension', 'app://case-abstractor/LICENSE'],
    ['a folder', 'app://case-abstractor/assets'],
    ['a folder, with a slash', 'app://case-abstractor/assets/'],
    ['a folder named like a script', 'app://case-abstractor/empty.js'],
    ['a name decoded only once (%252e%252e is the file "%2e%2e")', 'app://case-abstractor/%252e%252e/secret.txt'],
  ])('answers 404 for %s', async (_what, url) => {
    expect((await get(url)).status).toBe(404);
  });

  describe('stays inside the renderer folder', () => {
    const secretPath = () => path.join(tmp, 'secret.txt');

    // The URL parser folds these to a path inside the folder, where no such file is: not found.
    it.each([
      ['..', 'app://case-abstractor/../secret.txt'],
      ['.. after a folder', 'app://case-abstractor/assets/../../secret.txt'],
      ['%2e%2e', 'app://case-abstractor/%2e%2e/secret.txt'],
      ['%2E%2E', 'app://case-abstractor/%2E%2E/secret.txt'],
      ['.%2e', 'app://case-abstractor/.%2e/secret.txt'],
    ])('refuses a %s traversal', async (_what, url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain(SECRET);
    });

    // These survive the URL parser and are refused by the handler itself.
    it.each([
      ['%2f', 'app://case-abstractor/..%2fsecret.txt'],
      ['%2F after a folder', 'app://case-abstractor/assets%2F..%2F..%2Fsecret.txt'],
      ['%5c', 'app://case-abstractor/..%5csecret.txt'],
      ['%5C after a folder', 'app://case-abstractor/assets/..%5C..%5Csecret.txt'],
      ['backslash', 'app://case-abstractor/..\\secret.txt'],
      ['%2e%2e%2f', 'app://case-abstractor/%2e%2e%2fsecret.txt'],
      ['NUL', 'app://case-abstractor/index.html%00.png'],
      ['bad percent-encoding', 'app://case-abstractor/%E0%A4%A.js'],
      ['empty segment', 'app://case-abstractor/assets//app.js'],
    ])('refuses a path with %s', async (_what, url) => {
      const response = await get(url);
      expect(response.status).toBe(400);
      expect(response.body).not.toContain(SECRET);
    });

    it('refuses an absolute path after the host', async () => {
      const response = await get(`app://case-abstractor/${secretPath()}`);
      expect(response.status).toBe(400);
      expect(response.body).not.toContain(SECRET);
    });

    it('refuses an absolute path with encoded slashes', async () => {
      const response = await get(`app://case-abstractor/${encodeURIComponent(secretPath())}`);
      expect(response.status).toBe(400);
      expect(response.body).not.toContain(SECRET);
    });

    it('refuses a Windows drive path', async () => {
      const response = await get('app://case-abstractor/C:%5CWindows%5Cwin.ini');
      expect(response.status).toBe(400);
    });

    it('refuses a link to a file outside', async () => {
      const response = await get('app://case-abstractor/link-out.txt');
      expect(response.status).toBe(403);
      expect(response.body).not.toContain(SECRET);
    });

    it('refuses a link to a script outside, whatever its extension promises', async () => {
      const response = await get('app://case-abstractor/link-out.js');
      expect(response.status).toBe(403);
      expect(response.body).not.toContain(SECRET);
    });

    it('refuses a file under a linked folder outside', async () => {
      const response = await get('app://case-abstractor/link-dir/secret.txt');
      expect(response.status).toBe(403);
      expect(response.body).not.toContain(SECRET);
    });

    it('serves a link that stays inside', async () => {
      expect(await get('app://case-abstractor/link-in.js')).toMatchObject({
        status: 200,
        body: 'export const app = 1;',
      });
    });

    it('serves a renderer folder that is itself reached through a link', async () => {
      const linked = createAppSchemeHandler({
        rendererFolder: path.join(tmp, 'renderer-link'),
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
        fs: realFs,
      });
      const response = await linked(new Request('app://case-abstractor/assets/app.js'));
      expect(response.status).toBe(200);
      const outside = await linked(new Request('app://case-abstractor/link-out.txt'));
      expect(outside.status).toBe(403);
    });
  });

  describe('answers only for its own host', () => {
    it.each([
      ['another host', 'app://example.org/index.html'],
      ['a host that starts like ours', 'app://case-abstractor.example.org/index.html'],
      ['no host', 'app:///index.html'],
      ['a port', 'app://case-abstractor:8080/index.html'],
      ['another scheme', 'https://case-abstractor/index.html'],
    ])('refuses %s', async (_what, url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain(INDEX);
    });

    // Node's Request refuses such a URL before it reaches a handler; Chromium's need not.
    it('refuses user info', async () => {
      const request = { url: 'app://someone@case-abstractor/index.html', method: 'GET' } as Request;
      expect((await handler(request)).status).toBe(404);
    });
  });
});
