// The compare view's list as plain data: which items show, in which groups, which is next to
// decide, and each side of an item in one line. Pure, so the tests read it without a window.
import type {
  ComparedItem,
  ComparedKind,
  ComparedRow,
  Comparison,
  Decisions,
  PairStatus,
} from '../../../shared/compare/compare-types';
import { isUndecided, needsDecision } from '../../../shared/compare/decisions';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Citation, Diagnosis, Observation, Patient, TimelineEvent } from '../../../shared/model/case';
import { formatCitation } from '../../../shared/model/citation';
import { formatObservationValue } from '../../../shared/model/observation-value';

export type CompareSection = 'details' | 'diagnoses' | 'events' | 'labs';

export const SECTION_TITLES: Record<CompareSection, string> = {
  details: 'Case details',
  diagnoses: 'Diagnoses',
  events: 'Events',
  labs: 'Labs and measurements',
};

const SECTION_OF: Record<ComparedKind, CompareSection> = {
  citation: 'details',
  patient: 'details',
  diagnosis: 'diagnoses',
  event: 'events',
  observation: 'labs',
};

export const STATUS_TEXT: Record<PairStatus, string> = {
  agree: 'agree',
  differ: 'differ',
  'left-only': 'left only',
  'right-only': 'right only',
};

/** A field in the clinician's words: `datePrecision` is "date precision". */
export const fieldWords = (field: string): string => field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

export interface CompareGroup {
  section: CompareSection;
  items: ComparedItem[];
}

/** The items shown, by section in the case's own order; agreeing items only with `showAll`. */
export function compareGroups(comparison: Comparison, showAll: boolean): CompareGroup[] {
  const by = new Map<CompareSection, ComparedItem[]>();
  for (const item of comparison.items) {
    if (!showAll && !needsDecision(item)) continue;
    const section = SECTION_OF[item.kind];
    by.set(section, [...(by.get(section) ?? []), item]);
  }
  return (Object.keys(SECTION_TITLES) as CompareSection[]).flatMap((section) => {
    const items = by.get(section);
    return items ? [{ section, items }] : [];
  });
}

/** The next undecided item after `key` (wrapping round), or undefined when none is left. */
export function nextUndecided(
  items: readonly ComparedItem[],
  decisions: Decisions,
  key: string | undefined,
): string | undefined {
  const at = items.findIndex((i) => i.key === key);
  for (let step = 1; step <= items.length; step += 1) {
    const item = items[(at + step + items.length) % items.length];
    if (item && isUndecided(item, decisions)) return item.key;
  }
  return undefined;
}

/** One step up or down the shown list, stopping at its ends. */
export function stepFrom(items: readonly ComparedItem[], key: string | undefined, by: 1 | -1): string | undefined {
  const at = items.findIndex((i) => i.key === key);
  if (at < 0) return items[0]?.key;
  return items[Math.min(items.length - 1, Math.max(0, at + by))]?.key;
}

const KIND_WORDS: Record<ComparedKind, string> = {
  citation: 'Citation',
  patient: 'Patient',
  diagnosis: 'Diagnosis',
  event: 'Event',
  observation: 'Lab',
};

/** "Lab", "Event (treatment)": what the item is, for its row and for messages. */
export function kindText(item: ComparedItem): string {
  return item.eventKind ? `${KIND_WORDS[item.kind]} (${item.eventKind})` : KIND_WORDS[item.kind];
}

/** One side of an item in one line, as the clinician reads it in the tables. */
export function rowLine(kind: ComparedKind, row: ComparedRow | undefined): string {
  if (row === undefined) return '';
  switch (kind) {
    case 'citation':
      return formatCitation(row as Citation) || '(no citation)';
    case 'patient': {
      const p = row as Patient;
      const age = p.ageAtPresentation ? `, ${p.ageAtPresentation.value} ${p.ageAtPresentation.unit}` : '';
      return `${p.sex}${age}`;
    }
    case 'diagnosis': {
      const d = row as Diagnosis;
      const criteria = d.criteria.length > 0 ? ` (${d.criteria.join('; ')})` : '';
      return `${d.label}${criteria}${d.date ? ` · ${formatPartialDate(d.date)}` : ''}`;
    }
    case 'event': {
      const e = row as TimelineEvent;
      const dose = e.dose
        ? ` · ${[
            e.dose.value === undefined ? '' : `${e.dose.value} ${e.dose.unit ?? ''}`,
            e.dose.route,
            e.dose.frequency,
          ]
            .filter(Boolean)
            .join(' ')
            .trim()}`
        : '';
      const end = e.end ? ` to ${formatPartialDate(e.end)}` : '';
      return `${e.label} · ${formatPartialDate(e.start)}${end}${dose}`;
    }
    case 'observation': {
      const o = row as Observation;
      const unit = o.unit ? ` ${o.unit}` : '';
      return `${o.analyte} ${formatObservationValue(o)}${unit} · ${formatPartialDate(o.date)}`;
    }
  }
}
