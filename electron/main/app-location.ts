// Where the renderer is loaded from, and whether a URL belongs to it (navigation and IPC sender checks).
import { pathToFileURL } from 'node:url';

export type AppLocation = { kind: 'file'; indexPath: string; url: string } | { kind: 'dev-server'; url: string };

export interface AppLocationInput {
  /** Absolute path of the built `index.html`. */
  indexPath: string;
  /** `app.isPackaged`: a shipped app never loads a URL taken from the environment. */
  isPackaged: boolean;
  /** Value of `CASE_ABSTRACTOR_DEV_URL`, if set. */
  devUrl: string | undefined;
}

export function resolveAppLocation({ indexPath, isPackaged, devUrl }: AppLocationInput): AppLocation {
  if (!isPackaged && devUrl !== undefined && devUrl !== '') {
    const parsed = URL.canParse(devUrl) ? new URL(devUrl) : undefined;
    if (parsed !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      return { kind: 'dev-server', url: parsed.href };
    }
  }
  return { kind: 'file', indexPath, url: pathToFileURL(indexPath).href };
}

/**
 * True when `candidate` is the app itself. For a file load only our own index.html counts (any
 * hash or query, since the renderer may route with them); other file:// pages are not the app. For
 * a dev server, anything on its origin counts.
 */
export function isAppUrl(candidate: string, location: AppLocation): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  const app = new URL(location.url);
  if (location.kind === 'dev-server') return url.origin === app.origin;
  return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
}
