// The fuses electron-builder flips in the packaged binary, read from electron-builder.yml as electron-builder reads it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// js-yaml is the YAML reader electron-builder itself uses for this file, so the test sees what the
// packager sees (it ships no types of its own).
const yaml = require('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, unknown>;
};
const fuses = config.electronFuses ?? {};

describe('electron-builder.yml electronFuses', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it("uses only names the installed electron-builder's schema knows, so none is silently ignored", () => {
    const scheme = require('app-builder-lib/scheme.json') as { definitions: { FuseOptionsV1: object } };
    const validate = new Ajv({ strict: false, allErrors: true }).compile(scheme.definitions.FuseOptionsV1);
    expect(validate(fuses), JSON.stringify(validate.errors)).toBe(true);
  });

  it('packs the app into an archive, which the archive fuses rely on', () => {
    expect(config).toMatchObject({ asar: true });
  });
});
