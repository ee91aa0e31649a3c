// Specification of the window's security settings and Content-Security-Policy.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createWindowOptions } from './window-options';

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

  it('is titled Case Abstractor and stays hidden until the first paint', () => {
    expect(options.title).toBe('Case Abstractor');
    expect(options.show).toBe(false);
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
