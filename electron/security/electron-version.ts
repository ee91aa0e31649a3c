// Whether the installed Electron is still one of the majors that get security fixes.

/** Electron backports security fixes to its latest three majors only. */
export const SUPPORTED_MAJORS = 3;

/** The major of a version such as `45.5.0`, `v45.0.0-beta.2`; undefined when the text is no version. */
export function majorOf(version: string): number | undefined {
  const match = /^v?(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version.trim());
  return match ? Number(match[1]) : undefined;
}

export type ElectronSupport =
  | { kind: 'latest unknown'; installed: string }
  | { kind: 'supported' | 'unsupported'; installed: string; latest: string; majorsBehind: number };

/**
 * Compares the installed Electron with the registry's latest. An unknown latest (registry out of
 * reach, or an answer that is no version) is reported as such and never counts as unsupported.
 */
export function electronSupport(installed: string, latest: string | undefined): ElectronSupport {
  const installedMajor = majorOf(installed);
  if (installedMajor === undefined) {
    throw new Error(`node_modules/electron/package.json: version "${installed}" is not a version number`);
  }
  const latestMajor = latest === undefined ? undefined : majorOf(latest);
  if (latest === undefined || latestMajor === undefined) return { kind: 'latest unknown', installed };
  const majorsBehind = Math.max(0, latestMajor - installedMajor);
  return {
    kind: majorsBehind < SUPPORTED_MAJORS ? 'supported' : 'unsupported',
    installed,
    latest: latest.trim(),
    majorsBehind,
  };
}
