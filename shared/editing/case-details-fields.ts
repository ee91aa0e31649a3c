// The case details form (title, citation, patient, diagnoses) as typed, and its conversion.
import { parsePartialDate, type PartialDate } from '../dates/partial-date';
import { AGE_UNITS, SEXES, type Case, type Diagnosis } from '../model/case';
import type { EvidenceAnchor } from '../model/evidence';
import type { Problem, Result } from '../model/result';
import { knownCitation } from '../model/citation';
import { validateWith } from '../model/validate';
import { CaseDetailsSchema } from '../model/case';
import type { CaseDetails } from './case-edits';
import { optionalText } from './date-input';

export interface DiagnosisFields {
  id: string;
  label: string;
  criteria: string;
  date: string;
  dateApproximate: boolean;
  notes: string;
  /** Anchors into the case's sources, carried through the form as they are. */
  evidence?: EvidenceAnchor[];
}

// A type alias, not an interface: drafts store it as a plain record of text and tick boxes.
export type CaseDetailsFields = {
  title: string;
  authors: string;
  journal: string;
  year: string;
  articleTitle: string;
  volume: string;
  issue: string;
  pages: string;
  doi: string;
  citationNotes: string;
  age: string;
  ageUnit: string;
  sex: string;
  /** The diagnoses as JSON of DiagnosisFields[]: drafts store flat text fields. */
  diagnoses: string;
};

export const BLANK_CASE_DETAILS: CaseDetailsFields = {
  title: '',
  authors: '',
  journal: '',
  year: '',
  articleTitle: '',
  volume: '',
  issue: '',
  pages: '',
  doi: '',
  citationNotes: '',
  age: '',
  ageUnit: 'years',
  sex: 'unknown',
  diagnoses: '[]',
};

/** Authors and criteria are typed as one line, separated by semicolons (names contain commas). */
const splitList = (text: string): string[] =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function readDiagnoses(fields: CaseDetailsFields): DiagnosisFields[] {
  try {
    const parsed = JSON.parse(fields.diagnoses) as unknown;
    return Array.isArray(parsed) ? (parsed as DiagnosisFields[]) : [];
  } catch {
    return [];
  }
}

export function caseToDetailsFields(c: Pick<Case, 'title' | 'citation' | 'patient' | 'diagnoses'>): CaseDetailsFields {
  const { patient } = c;
  // An old CSV import's "Unknown" and import year open blank: saving the form drops them.
  const citation = knownCitation(c.citation);
  return {
    title: c.title,
    authors: citation.authors?.join('; ') ?? '',
    journal: citation.journal ?? '',
    year: citation.year === undefined ? '' : String(citation.year),
    articleTitle: citation.title ?? '',
    volume: citation.volume ?? '',
    issue: citation.issue ?? '',
    pages: citation.pages ?? '',
    doi: citation.doi ?? '',
    citationNotes: citation.notes ?? '',
    age: patient.ageAtPresentation ? String(patient.ageAtPresentation.value) : '',
    ageUnit: patient.ageAtPresentation?.unit ?? 'years',
    sex: patient.sex,
    diagnoses: JSON.stringify(
      c.diagnoses.map((d): DiagnosisFields => ({
        id: d.id,
        label: d.label,
        criteria: d.criteria.join('; '),
        date: d.date?.date ?? '',
        dateApproximate: d.date?.approximate ?? false,
        notes: d.notes ?? '',
        ...(d.evidence && d.evidence.length > 0 ? { evidence: d.evidence } : {}),
      })),
    ),
  };
}

export function fieldsToCaseDetails(fields: CaseDetailsFields): Result<CaseDetails> {
  const problems: Problem[] = [];
  const year = optionalText(fields.year);
  if (year !== undefined && !/^\d{4}$/.test(year))
    problems.push({ where: 'year', message: 'year must be four digits' });
  const age = optionalText(fields.age);
  if (age !== undefined && !/^\d+(\.\d+)?$/.test(age))
    problems.push({ where: 'age', message: `age “${age}” is not a number` });

  const diagnoses: Diagnosis[] = [];
  readDiagnoses(fields).forEach((d, index) => {
    let date: PartialDate | undefined;
    if (optionalText(d.date) !== undefined) {
      const parsed = parsePartialDate(d.date);
      if (parsed.ok) date = { date: parsed.value.date, approximate: d.dateApproximate };
      else problems.push(...parsed.problems.map((p) => ({ where: `diagnoses[${index}].date`, message: p.message })));
    }
    diagnoses.push({
      id: d.id,
      label: d.label.trim(),
      criteria: splitList(d.criteria),
      ...(date ? { date } : {}),
      ...(optionalText(d.notes) !== undefined ? { notes: d.notes.trim() } : {}),
      ...(d.evidence && d.evidence.length > 0 ? { evidence: d.evidence } : {}),
    });
  });
  if (problems.length > 0) return { ok: false, problems };

  const details = {
    title: fields.title.trim(),
    // Authors, journal and year left empty are absent: not known yet, and nothing is invented for them.
    citation: {
      ...(splitList(fields.authors).length > 0 ? { authors: splitList(fields.authors) } : {}),
      ...(optionalText(fields.journal) !== undefined ? { journal: fields.journal.trim() } : {}),
      ...(year !== undefined ? { year: Number(year) } : {}),
      ...(optionalText(fields.articleTitle) !== undefined ? { title: fields.articleTitle.trim() } : {}),
      ...(optionalText(fields.volume) !== undefined ? { volume: fields.volume.trim() } : {}),
      ...(optionalText(fields.issue) !== undefined ? { issue: fields.issue.trim() } : {}),
      ...(optionalText(fields.pages) !== undefined ? { pages: fields.pages.trim() } : {}),
      ...(optionalText(fields.doi) !== undefined ? { doi: fields.doi.trim() } : {}),
      ...(optionalText(fields.citationNotes) !== undefined ? { notes: fields.citationNotes.trim() } : {}),
    },
    patient: {
      ...(age !== undefined ? { ageAtPresentation: { value: Number(age), unit: fields.ageUnit } } : {}),
      sex: fields.sex,
    },
    diagnoses,
  };
  const valid = validateWith(CaseDetailsSchema, details);
  if (!valid.ok) {
    return {
      ok: false,
      problems: valid.problems.map((p) => ({ where: detailsFieldOf(p.where), message: p.message })),
    };
  }
  return valid;
}

/** Schema paths ("citation.authors") to the form's field names ("authors"). */
function detailsFieldOf(path: string): string {
  if (path.startsWith('citation.title')) return 'articleTitle';
  if (path.startsWith('citation.notes')) return 'citationNotes';
  if (path.startsWith('citation.')) return path.split('.')[1] ?? path;
  if (path.startsWith('patient.ageAtPresentation')) return 'age';
  if (path.startsWith('patient.sex')) return 'sex';
  return path;
}

export { AGE_UNITS, SEXES };
