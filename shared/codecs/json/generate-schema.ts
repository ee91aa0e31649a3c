// The published JSON Schema of the case file, generated from the zod schemas (the single source of
// truth). Pure: `npm run schema` writes it to case-abstraction.schema.json through the CLI, since
// shared/ does not touch the file system.
import { z } from 'zod';
import { PartialDateSchema, RelativeDateLinkSchema } from '../../dates/partial-date';
import {
  CaseReconciliationSchema,
  CaseSchema,
  CitationSchema,
  DiagnosisSchema,
  DoseSchema,
  DurationSchema,
  ObservationSchema,
  PatientSchema,
  ReconciledSideSchema,
  ReferenceRangeSchema,
  RowReconciledSchema,
  TimelineEventSchema,
} from '../../model/case';
import { CaseSourceSchema, EvidenceAnchorSchema, FingerprintSchema } from '../../model/evidence';
import { IdSchema } from '../../model/id';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, CaseFileSchema, SourceTextSchema } from './case-file';

export const CASE_FILE_SCHEMA_NAME = 'case-abstraction.schema.json';

/** Names under `$defs`, so the schema reads like the model rather than one inlined tree. */
const DEFINITIONS: ReadonlyArray<readonly [z.ZodType, string]> = [
  [CaseSchema, 'Case'],
  [CitationSchema, 'Citation'],
  [PatientSchema, 'Patient'],
  [DiagnosisSchema, 'Diagnosis'],
  [TimelineEventSchema, 'TimelineEvent'],
  [DoseSchema, 'Dose'],
  [DurationSchema, 'Duration'],
  [ObservationSchema, 'Observation'],
  [ReferenceRangeSchema, 'ReferenceRange'],
  [PartialDateSchema, 'PartialDate'],
  [RelativeDateLinkSchema, 'RelativeDateLink'],
  [IdSchema, 'Id'],
  [EvidenceAnchorSchema, 'EvidenceAnchor'],
  [CaseSourceSchema, 'CaseSource'],
  [FingerprintSchema, 'Fingerprint'],
  [SourceTextSchema, 'SourceText'],
  [RowReconciledSchema, 'RowReconciled'],
  [CaseReconciliationSchema, 'CaseReconciliation'],
  [ReconciledSideSchema, 'ReconciledSide'],
];

/**
 * What JSON Schema cannot say: zod's refinements run in code only, so a file that passes this
 * schema can still be refused by the app, always with the JSON path of the reason.
 */
const DESCRIPTION =
  `A Case Abstractor case file, format "${CASE_FILE_FORMAT}" version ${CASE_FILE_VERSION}. ` +
  'Generated from the zod schemas in shared/model by `npm run schema`; do not edit. ' +
  'Checks the app makes that this schema does not express: dates that exist (YYYY, YYYY-MM or YYYY-MM-DD), ' +
  'texts that are not only spaces, texts without control characters (tab and line breaks in notes only) or ' +
  'lone surrogates (invisible format characters are removed and texts composed to NFC on the way in), finite numbers and their ranges (dose > 0, age 0–150), LOINC check digits, ' +
  'dose amount and unit together, a result that is a number or a text (with a unit for a number), ' +
  'ranges and comparators, reference ranges, end not before start, unique ids, ' +
  'dates that follow from their anchor event or duration, ' +
  'evidence whose end is after its start, whose quote spans exactly start to end (in Unicode code points) and ' +
  "whose source is listed once in the case's sources, a case's abstractors each listed once. " +
  'Version-1 and version-2 files are read too: the app upgrades them.';

/** The JSON Schema (draft 2020-12) of a case file, as an object. */
export function caseFileJsonSchema(): Record<string, unknown> {
  // A registry of its own: the schemas are named for this output without touching zod's global registry.
  const names = z.registry<{ id: string }>();
  for (const [schema, id] of DEFINITIONS) names.add(schema, { id });
  // 'throw': a zod type with no JSON Schema form (a transform, a date object) must not slip out as {}.
  const schema = z.toJSONSchema(CaseFileSchema, { target: 'draft-2020-12', metadata: names, unrepresentable: 'throw' });
  const { $schema, ...rest } = schema;
  return { $schema, title: 'Case Abstractor case file', description: DESCRIPTION, ...rest };
}

/** The bytes of case-abstraction.schema.json. */
export function generateCaseFileSchema(): string {
  return `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`;
}
