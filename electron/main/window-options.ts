// The security settings every Case Abstractor window is created with: BrowserWindow options and the CSP.
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

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  preloadPath: string;
}

export function createWindowOptions({ preloadPath }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Case Abstractor',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
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
      spellcheck: true,
    },
  };
}
