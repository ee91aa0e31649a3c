// Whether an Electron runtime binary is installed, for the `npm start` launcher and the desktop e2e spec.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronRuntime = { available: true; executablePath: string } | { available: false; reason: string };

export interface RuntimeProbe {
  /**
   * `require('electron')` from Node: the package's index returns the binary's path, and throws
   * "Electron failed to install correctly" when the download was skipped.
   */
  resolveElectron: () => unknown;
  exists: (path: string) => boolean;
}

export function detectElectronRuntime({ resolveElectron, exists }: RuntimeProbe): ElectronRuntime {
  let resolved: unknown;
  try {
    resolved = resolveElectron();
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof resolved !== 'string' || resolved === '') {
    return { available: false, reason: 'the electron package did not return an executable path' };
  }
  // path.txt can outlive the binary (a cache cleaned, a copy of node_modules without dist/).
  if (!exists(resolved)) return { available: false, reason: `the Electron executable is missing at ${resolved}` };
  return { available: true, executablePath: resolved };
}

export function detectInstalledElectronRuntime(): ElectronRuntime {
  const require = createRequire(import.meta.url);
  return detectElectronRuntime({ resolveElectron: () => require('electron') as unknown, exists: existsSync });
}
