// The settings every Case Abstractor window is created with: its size, BrowserWindow security options and the CSP.
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer is a bundled single-page app: everything it runs or loads ships inside the app.
 * `style-src 'unsafe-inline'` is the one concession: React `style={…}` props and recharts write
 * inline styles, which CSP treats like inline <style>. Scripts stay strictly 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export interface Size {
  width: number;
  height: number;
}

/**
 * The page's size when the screen has room: the size at which the seed case's course overview,
 * heading to brush, fits one screen with its toolbar on one row (e2e/trends.spec.ts checks it).
 */
export const DEFAULT_CONTENT_SIZE: Size = { width: 1400, height: 900 };

/** Narrower or shorter than this, the case list, the entry forms and the tables no longer fit beside one another. */
export const MIN_CONTENT_SIZE: Size = { width: 900, height: 600 };

/**
 * What the window adds around its page: a title bar, and on Windows and Linux the menu bar (about
 * 30 px each) and a border. A generous guess, so the whole window, title bar included, stays on screen.
 */
const FRAME_ALLOWANCE: Size = { width: 16, height: 80 };

/** The default page size, shrunk to what the screen's work area holds, but never below the minimum. */
export function defaultContentSize(workArea: Size | undefined): Size {
  const fit = (side: keyof Size) =>
    Math.max(
      MIN_CONTENT_SIZE[side],
      Math.min(DEFAULT_CONTENT_SIZE[side], (workArea?.[side] ?? Infinity) - FRAME_ALLOWANCE[side]),
    );
  return { width: fit('width'), height: fit('height') };
}

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  preloadPath: string;
  /** The work area of the display the window opens on (`screen.getPrimaryDisplay().workAreaSize`). */
  workArea?: Size | undefined;
}

export function createWindowOptions({ preloadPath, workArea }: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { width, height } = defaultContentSize(workArea);
  return {
    title: 'Case Abstractor',
    // The sizes are the page's, not the frame's: the overview's fit depends on the page, and the
    // frame (title bar, menu bar) differs from one platform to the next.
    useContentSize: true,
    width,
    height,
    minWidth: MIN_CONTENT_SIZE.width,
    minHeight: MIN_CONTENT_SIZE.height,
    // Shown on 'ready-to-show' so the user never sees an empty white frame while React mounts.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // Electron security checklist items 2–4: the renderer shows text pasted from published case
      // reports, so it gets no Node, its own JS world, and the Chromium sandbox.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle clicks (`auxclick`) are a second way to follow links, which the page can script;
      // nothing in the app uses them, so the feature is off (Electronegativity's AUXCLICK check).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  };
}
