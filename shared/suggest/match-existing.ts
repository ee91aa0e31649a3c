// Whether the case already holds a suggestion's fact: same analyte, value and date for a lab; same
// drug and date for a treatment. STAND-IN: lands in its own change.
import type { CaseRows } from './accept-suggestion';
import type { Suggestion } from './suggestion';

export interface ExistingRow {
  kind: 'observation' | 'event';
  id: string;
}

export function existingRowFor(_suggestion: Suggestion, _rows: CaseRows): ExistingRow | undefined {
  return undefined;
}
