// Turns zod's issues into Problems that name the field, for every boundary that accepts a case.
import type { z } from 'zod';
import {
  CaseDetailsSchema,
  CaseSchema,
  ObservationSchema,
  TimelineEventSchema,
  type Case,
  type Observation,
  type TimelineEvent,
} from './case';
import { formatPath, type Result } from './result';

export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: PropertyKey[] = [],
): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      where: formatPath([...basePath, ...issue.path]),
      message: issue.message,
    })),
  };
}

export const validateCase = (input: unknown, basePath: PropertyKey[] = []): Result<Case> =>
  validateWith(CaseSchema, input, basePath);
export const validateEvent = (input: unknown): Result<TimelineEvent> => validateWith(TimelineEventSchema, input);
export const validateObservation = (input: unknown): Result<Observation> => validateWith(ObservationSchema, input);

/**
 * What a stored case's details break of today's rules (a title stored before the 500-character
 * limit): the case still opens and nothing is cut; the view names the field so a person can shorten it.
 */
export function storedDetailsProblems(details: Pick<Case, 'title' | 'citation' | 'patient' | 'diagnoses'>) {
  const { title, citation, patient, diagnoses } = details;
  const checked = validateWith(CaseDetailsSchema, { title, citation, patient, diagnoses });
  return checked.ok ? [] : checked.problems;
}
