// Turns zod's issues into Problems that name the field, for every boundary that accepts a case.
import type { z } from 'zod';
import {
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
