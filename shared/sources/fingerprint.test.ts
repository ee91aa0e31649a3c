// Specification of source fingerprints, and the pin that keeps the preloaded case's anchors found.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintText } from './fingerprint';
import { normaliseText } from './normalise';
import { readSource } from './read-source';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const SEED_REPORT = path.resolve(repoRoot, '../shared/seed/case-report.txt');
const SEED_FINGERPRINT = 'c20d10a06243369f5b532f0c3f7deca478bc09fbe9ee4c031156c49788c19ff3';

describe('fingerprintText', () => {
  it('is the SHA-256 of the text as UTF-8, in lower-case hex', async () => {
    // FIPS 180-2's test vector.
    expect(await fingerprintText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('counts characters outside ASCII by their UTF-8 bytes', async () => {
    // `printf 'µ' | sha256sum`: the two bytes C2 B5.
    expect(await fingerprintText('\u00b5')).toBe('5a072f1be4c3ee04849a9ad686b287d12d6a99dc4eba13c7a2ca1844e7923a0a');
  });

  it('tells two texts that differ by one character apart', async () => {
    expect(await fingerprintText('CK 4210 U/L')).not.toBe(await fingerprintText('CK 4201 U/L'));
  });
});

/** The report beside every clone; a test that needs it and cannot find it fails naming the path. */
function seedReport(): Uint8Array {
  if (!existsSync(SEED_REPORT)) throw new Error(`the seed report is missing: ${SEED_REPORT}`);
  return readFileSync(SEED_REPORT);
}

describe('the seed report’s fingerprint', () => {
  it('is pinned: a change to the normaliser that moves it orphans the preloaded case’s anchors', async () => {
    const text = normaliseText(new TextDecoder().decode(seedReport()));
    // The file is already normal (NFC, LF, nothing invisible), so this is also its `sha256sum`.
    expect(await fingerprintText(text)).toBe(SEED_FINGERPRINT);
  });

  it('is what the app and the CLI give when they open the file', async () => {
    const read = await readSource(seedReport(), 'case-report.txt', {
      loadPdfJs: () => Promise.reject(new Error('not a PDF')),
    });
    expect(read.ok && read.value.fingerprint).toBe(SEED_FINGERPRINT);
  });
});
