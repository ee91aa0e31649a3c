// Where the renderer is loaded from, and whether a URL belongs to it (navigation and IPC sender checks).
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './app-scheme';

export type AppLocation =
  { kind: 'app-scheme'; url: string; rendererFolder: string } | { kind: 'dev-server'; url: string };

export interface AppLocationInput {
  /** Absolute path of the built renderer folder, served at app://case-abstractor/. */
  rendererFolder: string;
  /** `app.isPackaged`: a shipped app never loads a URL taken from the environment. */
  isPackaged: boolean;
  /** Value of `CASE_ABSTRACTOR_DEV_URL`, if set. */
  devUrl: string | undefined;
}

export function resolveAppLocation({ rendererFolder, isPackaged, devUrl }: AppLocationInput): AppLocation {
  if (!isPackaged && devUrl !== undefined && devUrl !== '') {
    const parsed = URL.canParse(devUrl) ? new URL(devUrl) : undefined;
    if (parsed !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { kind: 'dev-server', url: parsed.href };
    }
  }
  return { kind: 'app-scheme', url: APP_INDEX_URL, rendererFolder };
}

/**
 * True when `candidate` is the app itself: anything on its origin. For the app's scheme that is
 * app://case-abstractor with any path, query or hash, since the origin is the boundary that matters
 * (its IndexedDB, its CSP 'self') and its handler serves only the built renderer. file:// never
 * counts, not even the built index.html, so a page on disk can never pass for the app.
 */
export function isAppUrl(candidate: string, location: AppLocation): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  if (location.kind === 'dev-server') return url.origin === new URL(location.url).origin;
  // Compared part by part: Node gives a non-special scheme the origin "null".
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
