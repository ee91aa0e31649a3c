// The app's own scheme, app://case-abstractor/: its privileges, and the handler that serves the built renderer.
import path from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'case-abstractor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before 'ready' (Chromium fixes its scheme lists at start-up).
 * - standard: a real origin (app://case-abstractor), so relative URLs resolve, the page has its own
 *   IndexedDB, and module workers and `new URL(…, import.meta.url)` assets are same-origin loads.
 * - secure: a secure context like https, which IndexedDB, crypto.subtle and workers expect.
 * - supportFetchAPI: the workers fetch() their own chunks (pdf.js and its worker).
 * - codeCache: V8 keeps compiled code for the 1 MB bundle between starts, as it does for file://.
 * Left unset on purpose: corsEnabled (it would let other origins read our files, since Electron
 * checks no Access-Control-Allow-Origin for custom schemes; our own loads are same-origin and need
 * none), bypassCSP, allowServiceWorkers and stream, none of which the renderer uses.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * What each built file is sent as. Anything else in the folder is not served: the renderer's build
 * holds only these kinds, and a type guessed wrong is one the browser might run.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The part of `fs/promises` the handler reads with. */
export interface RendererFileSystem {
  realpath(filePath: string): Promise<string>;
  stat(filePath: string): Promise<{ isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export interface AppSchemeOptions {
  /** Absolute path of the built renderer folder (dist/renderer). Nothing outside it is ever served. */
  rendererFolder: string;
  /** Sent as the Content-Security-Policy header of every response. */
  contentSecurityPolicy: string;
  fs: RendererFileSystem;
}

export type AppSchemeHandler = (request: Request) => Promise<Response>;

/** The part of Electron's `protocol` (of the window's session) the handler is installed with. */
export interface SchemeProtocol {
  handle(scheme: string, handler: AppSchemeHandler): void;
}

/** Serves the built renderer at app://case-abstractor/ on `protocol`'s session. Call once, after 'ready'. */
export function serveAppScheme(protocol: SchemeProtocol, options: AppSchemeOptions): void {
  protocol.handle(APP_SCHEME, createAppSchemeHandler(options));
}

export function createAppSchemeHandler({
  rendererFolder,
  contentSecurityPolicy,
  fs,
}: AppSchemeOptions): AppSchemeHandler {
  const respond = (status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8') =>
    new Response(body, {
      status,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': contentSecurityPolicy,
        // Without it Chromium may sniff a file into a type that runs (a .json read as HTML).
        'X-Content-Type-Options': 'nosniff',
      },
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
    if (url === undefined || !isOurOrigin(url)) return respond(404, 'Not found');

    const segments = fileSegments(url.pathname);
    if (segments === 'malformed') return respond(400, 'Bad path');
    if (segments === 'folder') return respond(404, 'Not found');
    const contentType = CONTENT_TYPES[path.extname(segments.at(-1) ?? '').toLowerCase()];
    if (contentType === undefined) return respond(404, 'Not found');

    const root = path.resolve(rendererFolder);
    const filePath = path.join(root, ...segments);
    if (!isInside(root, filePath)) return respond(400, 'Bad path');

    let body: Uint8Array;
    try {
      // A link inside the folder may point anywhere: what counts is where it resolves to.
      const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(filePath)]);
      if (!isInside(realRoot, realFile)) return respond(403, 'Forbidden');
      if (!(await fs.stat(realFile)).isFile()) return respond(404, 'Not found');
      body = await fs.readFile(realFile);
    } catch (error) {
      if (isMissing(error)) return respond(404, 'Not found');
      // Said in the main process's log, not to the page: the page only needs to know it failed.
      console.error(`Could not serve ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      return respond(500, 'Could not read the file');
    }
    // Copied into a plain ArrayBuffer: a Buffer is typed as possibly shared memory, which BodyInit does not take.
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), contentType);
  };
}

function isOurOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/**
 * The path's segments, each percent-decoded once, or why there are none. The URL parser has
 * already removed `.` and `..` segments (also spelt %2e); a segment that decodes to one, or to
 * something holding a separator (%2f, %5c, a backslash), a NUL or a drive colon, could only be
 * meant to leave the folder, so the whole request is refused rather than cleaned up.
 */
function fileSegments(pathname: string): string[] | 'malformed' | 'folder' {
  if (pathname === '/') return ['index.html'];
  const raw = pathname.split('/').slice(1);
  if (raw.at(-1) === '') return raw.slice(0, -1).includes('') ? 'malformed' : 'folder';
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'malformed';
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || /[/\\:\0]/.test(decoded)) return 'malformed';
    segments.push(decoded);
  }
  return segments;
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ELOOP';
}
