// Specification of a backup made from the repository (fake-indexeddb): every case, the cited sources, their dismissals.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipBounded } from '../../../shared/backups/backup-file';
import { decodeCaseFileWithSources } from '../../../shared/codecs/json/case-file';
import { createSeedCase, SEED_CASE_ID } from '../../../shared/seed/seed-case';
import { CaseRepository } from '../../data/case-repository';
import { makeBackup } from './backup-bytes';

let repo: CaseRepository;
let count = 0;
beforeEach(async () => {
  count += 1;
  repo = new CaseRepository(`backup-bytes-${count}`);
  await repo.ensureSeeded();
});
afterEach(() => repo.close());

const seed = createSeedCase();

describe('makeBackup', () => {
  it('holds every case and each cited source with its dismissed suggestions, gzip-compressed', async () => {
    const listed = seed.sources![0]!;
    await repo.saveSource({ ...listed, name: 'case-report.txt', text: 'CK 1620 U/l on admission.', parts: [] });
    await repo.setSuggestionsDismissed(listed.fingerprint, [{ start: 0, end: 11, kind: 'observation' }], true);
    await repo.createCase({ ...seed, id: 'second', title: 'Second' });

    const made = await makeBackup(repo);

    expect([made.caseCount, made.sourcesLeftOut, made.bytes[0], made.bytes[1]]).toEqual([2, [], 0x1f, 0x8b]);
    const decoded = decodeCaseFileWithSources(new TextDecoder().decode(await gunzipBounded(made.bytes)));
    expect(decoded.ok && decoded.value.cases.map((c) => c.id).sort()).toEqual(['second', SEED_CASE_ID].sort());
    expect(decoded.ok && decoded.value.sources.map((s) => [s.fingerprint, s.dismissedSuggestions])).toEqual([
      [listed.fingerprint, [{ start: 0, end: 11, kind: 'observation' }]],
    ]);
  });
});
