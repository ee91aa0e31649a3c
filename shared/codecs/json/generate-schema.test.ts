import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../../seed/seed-case';
import { anyCase } from './arbitrary-case';
import { encodeCaseFile } from './case-file';
import { CASE_FILE_SCHEMA_NAME, caseFileJsonSchema } from './generate-schema';

const committed = JSON.parse(readFileSync(path.join(import.meta.dirname, CASE_FILE_SCHEMA_NAME), 'utf8')) as object;

// An independent validator. "date-time" is declared known but not checked by ajv (that needs
// ajv-formats); zod puts the ISO pattern beside the format, and ajv checks that.
const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { 'date-time': true } });
const validate = ajv.compile(committed);

function errorsOf(file: unknown): string[] {
  return validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

function seedFile(): { format: string; version: number; cases: Record<string, unknown>[] } {
  return JSON.parse(encodeCaseFile([createSeedCase()])) as {
    format: string;
    version: number;
    cases: Record<string, unknown>[];
  };
}

describe(CASE_FILE_SCHEMA_NAME, () => {
  it('is what the zod schemas generate now (run `npm run schema` after changing them)', () => {
    expect(committed).toEqual(caseFileJsonSchema());
  });

  it('is a draft 2020-12 schema that names the model’s parts', () => {
    expect(committed).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      properties: { cases: { items: { $ref: '#/$defs/Case' } } },
      additionalProperties: false,
    });
    expect(Object.keys((committed as { $defs: object }).$defs)).toEqual(
      expect.arrayContaining([
        'Case',
        'TimelineEvent',
        'Observation',
        'PartialDate',
        'Citation',
        'Id',
        'EvidenceAnchor',
        'CaseSource',
      ]),
    );
  });

  it('accepts the seed case as exported', () => {
    expect(errorsOf(seedFile())).toEqual([]);
  });

  it('accepts every export of valid cases', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyCase(), { selector: (c) => c.id, maxLength: 3 }), (cases) => {
        expect(errorsOf(JSON.parse(encodeCaseFile(cases)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, (file: ReturnType<typeof seedFile>) => void, string]>([
    ['another format', (f) => (f.format = 'case-file'), '/format must be equal to constant'],
    ['another version', (f) => (f.version = 1), '/version must be equal to constant'],
    [
      'an anchor without its source',
      (f) => ((f.cases[0]!.events as { evidence?: unknown }[])[0]!.evidence = [{ start: 1, end: 2 }]),
      "/cases/0/events/0/evidence/0 must have required property 'source'",
    ],
    ['a key the model does not have', (f) => (f.cases[0]!.extra = 1), '/cases/0 must NOT have additional properties'],
    ['a missing citation', (f) => delete f.cases[0]!.citation, "/cases/0 must have required property 'citation'"],
    ['an id with capitals', (f) => (f.cases[0]!.id = 'Case-1'), '/cases/0/id must match pattern'],
    [
      'an unknown event kind',
      (f) => ((f.cases[0]!.events as { kind: string }[])[0]!.kind = 'drug'),
      '/cases/0/events/0/kind must be equal to one of the allowed values',
    ],
    [
      'a date as a number',
      (f) => ((f.cases[0]!.events as { start: { date: unknown } }[])[0]!.start.date = 2022),
      '/cases/0/events/0/start/date must be string',
    ],
    [
      'a timestamp without a zone',
      (f) => (f.cases[0]!.createdAt = '2024-01-31T12:00:00'),
      '/cases/0/createdAt must match pattern',
    ],
    [
      'an empty author list',
      (f) => ((f.cases[0]!.citation as { authors: string[] }).authors = []),
      '/cases/0/citation/authors must NOT have fewer than 1 items',
    ],
    [
      'a value as text',
      (f) => ((f.cases[0]!.observations as { value?: unknown }[]).find((o) => o.value !== undefined)!.value = '300'),
      'must be number',
    ],
  ])('rejects %s', (_name, breakIt, message) => {
    const file = seedFile();
    breakIt(file);
    expect(errorsOf(file).join('\n')).toContain(message);
  });

  it('rejects what is not a case file at all', () => {
    expect(errorsOf([])).not.toEqual([]);
    expect(errorsOf({ format: 'case-abstraction', version: 3 })).toEqual([" must have required property 'cases'"]);
  });
});
