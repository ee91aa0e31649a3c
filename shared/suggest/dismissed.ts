// Suggestions the abstractor dismissed, as the source's record keeps them: the words' span (code
// points, as the evidence anchor counts) and the kind, so the same fact never comes back, whatever
// id a later engine gives it.
import { z } from 'zod';
import type { Suggestion } from './suggestion';

export const DismissedSuggestionSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: z.enum(['observation', 'event']),
  })
  .strict()
  .refine((d) => d.end > d.start, 'end must be after start');

export type DismissedSuggestion = z.infer<typeof DismissedSuggestionSchema>;

export const dismissalOf = (s: Suggestion): DismissedSuggestion => ({
  start: s.evidence.start,
  end: s.evidence.end,
  kind: s.kind,
});

export const sameDismissal = (a: DismissedSuggestion, b: DismissedSuggestion): boolean =>
  a.start === b.start && a.end === b.end && a.kind === b.kind;

export function isDismissed(s: Suggestion, dismissed: readonly DismissedSuggestion[]): boolean {
  const d = dismissalOf(s);
  return dismissed.some((x) => sameDismissal(x, d));
}

/**
 * The dismissals of a stored record that still read as dismissals: a record written by another
 * version or damaged on disk gives back those that parse, never a throw.
 */
export function readDismissals(stored: unknown): DismissedSuggestion[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = DismissedSuggestionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
