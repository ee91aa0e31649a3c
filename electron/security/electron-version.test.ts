// Specification of the supported-Electron check: at most two majors behind the registry's latest.
import { describe, expect, it } from 'vitest';
import { electronSupport, majorOf } from './electron-version';

describe('majorOf', () => {
  it.each([
    ['45.5.0', 45],
    ['v45.0.0', 45],
    ['46.0.0-beta.3', 46],
    [' 9.4.4\n', 9],
  ])('reads %j as major %d', (version, major) => {
    expect(majorOf(version)).toBe(major);
  });

  it.each(['', 'latest', '45', '45.5', 'npm ERR! network'])('finds no major in %j', (text) => {
    expect(majorOf(text)).toBeUndefined();
  });
});

describe('electronSupport', () => {
  it('accepts the latest major and the two before it', () => {
    expect(electronSupport('45.5.0', '45.5.0')).toEqual({
      kind: 'supported',
      installed: '45.5.0',
      latest: '45.5.0',
      majorsBehind: 0,
    });
    expect(electronSupport('43.0.1', '45.5.0')).toMatchObject({ kind: 'supported', majorsBehind: 2 });
  });

  it('refuses a major three or more behind, which gets no security fixes', () => {
    expect(electronSupport('42.9.9', '45.0.0')).toMatchObject({ kind: 'unsupported', majorsBehind: 3 });
    expect(electronSupport('41.7.1', '45.5.0')).toMatchObject({ kind: 'unsupported', majorsBehind: 4 });
  });

  it('treats an installed prerelease ahead of the latest as current', () => {
    expect(electronSupport('46.0.0-beta.1', '45.5.0')).toMatchObject({ kind: 'supported', majorsBehind: 0 });
  });

  it('says the latest is unknown, without failing, when the registry gave no version', () => {
    expect(electronSupport('41.7.1', undefined)).toEqual({ kind: 'latest unknown', installed: '41.7.1' });
    expect(electronSupport('41.7.1', 'npm error code E405')).toEqual({ kind: 'latest unknown', installed: '41.7.1' });
  });

  it('names the file when the installed version cannot be read', () => {
    expect(() => electronSupport('next', '45.5.0')).toThrow(/node_modules\/electron\/package\.json.*"next"/);
  });
});
