// The compare engine: two abstractions of one report paired, their agreement, and their reconciliation.
export * from './compare-types';
export { compareCases, itemKey } from './compare-cases';
export { agreementOf, cohensKappa, AGREEMENT_FIELDS } from './agreement';
export { agreementCsv, AGREEMENT_CSV_COLUMNS, type CsvType } from './agreement-csv';
export { firstUndecided, isKept, needsDecision, undecidedCount } from './decisions';
export { reconcileCases } from './reconcile';
