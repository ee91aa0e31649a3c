// Specification of the window's size, security settings and Content-Security-Policy.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createWindowOptions, defaultContentSize } from './window-options';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turns off middle-click (auxclick) navigation', () => {
    expect(options.webPreferences?.disableBlinkFeatures?.split(',')).toContain('Auxclick');
  });

  it('is titled Case Abstractor and stays hidden until the first paint', () => {
    expect(options.title).toBe('Case Abstractor');
    expect(options.show).toBe(false);
  });
});

describe('the window size', () => {
  it('opens with a 1400 × 900 page, where the course overview fits one screen, on a full-HD screen', () => {
    const options = createWindowOptions({ preloadPath: '/p.cjs', workArea: { width: 1920, height: 1040 } });
    expect(options).toMatchObject({ useContentSize: true, width: 1400, height: 900 });
  });

  it('opens at 1400 × 900 when the screen is not known', () => {
    expect(defaultContentSize(undefined)).toEqual({ width: 1400, height: 900 });
  });

  it.each([
    ['a 1366 × 768 laptop (taskbar 40 px)', { width: 1366, height: 728 }, { width: 1350, height: 648 }],
    ['a 1440 × 900 MacBook (menu bar and Dock)', { width: 1440, height: 807 }, { width: 1400, height: 727 }],
    ['a 1280 × 1024 monitor', { width: 1280, height: 984 }, { width: 1264, height: 900 }],
  ])('on %s, shrinks to leave the title and menu bars on screen', (_screen, workArea, page) => {
    expect(defaultContentSize(workArea)).toEqual(page);
  });

  it('never opens smaller than its minimum size, 900 × 600, even on a smaller screen', () => {
    const options = createWindowOptions({ preloadPath: '/p.cjs', workArea: { width: 800, height: 600 } });
    expect(options).toMatchObject({ width: 900, height: 600, minWidth: 900, minHeight: 600 });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ])('sets %s to %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('never allows inline or evaluated script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });

  it('has exactly the directives above', () => {
    expect(policy.size).toBe(9);
  });
});
