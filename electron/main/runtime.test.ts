// Specification of Electron runtime detection for the launcher and the desktop e2e spec.
import { describe, expect, it } from 'vitest';
import { detectElectronRuntime, detectInstalledElectronRuntime } from './runtime';

const installFailure = () => {
  throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
};

describe('detectElectronRuntime', () => {
  it('is available when the package returns a path that exists', () => {
    const runtime = detectElectronRuntime({
      resolveElectron: () => '/nm/electron/dist/electron',
      exists: (p) => p === '/nm/electron/dist/electron',
    });
    expect(runtime).toEqual({ available: true, executablePath: '/nm/electron/dist/electron' });
  });

  it('is unavailable when the binary download was skipped and the package throws', () => {
    const runtime = detectElectronRuntime({ resolveElectron: installFailure, exists: () => true });
    expect(runtime).toEqual({
      available: false,
      reason: expect.stringContaining('Electron failed to install correctly'),
    });
  });

  it('is unavailable when the recorded path no longer exists', () => {
    const runtime = detectElectronRuntime({ resolveElectron: () => '/nm/electron/dist/electron', exists: () => false });
    expect(runtime).toEqual({ available: false, reason: expect.stringContaining('/nm/electron/dist/electron') });
  });

  it.each([[undefined], [''], [{ default: '/x' }]])(
    'is unavailable when the package returns %j instead of a path',
    (value) => {
      expect(detectElectronRuntime({ resolveElectron: () => value, exists: () => true }).available).toBe(false);
    },
  );
});

describe('detectInstalledElectronRuntime', () => {
  it('answers without throwing in this checkout, whichever way', () => {
    const runtime = detectInstalledElectronRuntime();
    expect(typeof runtime.available).toBe('boolean');
  });
});
