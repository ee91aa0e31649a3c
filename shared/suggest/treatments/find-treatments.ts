// Treatments and other dated events in prose. Shaped like chrono-node: parsers propose per sentence
// (./dosed-treatments.ts for drugs with a dose, ./clinical-events.ts for admissions, vaccines,
// procedures and undosed drugs), then named refiners number repeated doses and drop overlaps.
import type { EventCandidate, ReadingText } from '../candidates';
import { isGeneralStatement, patientTextEnd, plainSpaces } from '../dates/guards';
import { findAdmissions, findProcedures, findUndosedTreatments, findVaccinations } from './clinical-events';
import { findDosedTreatments, type DosedTreatment } from './dosed-treatments';
import { findDrugNames, type DrugMention } from './drug-names';

/**
 * Refiner: one drug given as single doses ("a second s.c. injection", "a third injection") is
 * labelled "<Drug> dose N"; the same drug's dose just before a "second" one becomes "dose 1".
 * Our call: a numbered label tells the doses apart in the queue and in the course overview.
 */
function numberDoses(treatments: DosedTreatment[]): void {
  treatments.forEach((t, index) => {
    if (t.ordinal === undefined || t.ordinal < 1) return;
    t.row = { ...t.row, label: `${t.drug.name} dose ${t.ordinal}` };
    if (t.ordinal < 2) return;
    const earlier = treatments
      .slice(0, index)
      .reverse()
      .find((e) => e.drug.name === t.drug.name);
    if (earlier && earlier.ordinal === undefined) {
      earlier.ordinal = t.ordinal - 1;
      earlier.row = { ...earlier.row, label: `${earlier.drug.name} dose ${t.ordinal - 1}` };
    }
  });
}

/**
 * Refiner: the steps of one list ("methylprednisolone 500 mg 3 days, 250 mg 3 days, …") are
 * labelled with their dose, "<Drug> 500 mg", so the taper's steps are told apart by name in the
 * queue, the tables and the course overview. Our call, as for numbered doses.
 */
function nameListSteps(sentenceDosed: DosedTreatment[]): void {
  sentenceDosed.forEach((t, index) => {
    const first = index > 0 && !t.carried ? undefined : t;
    if (first === undefined || first.carried) return;
    const steps = [first];
    for (const next of sentenceDosed.slice(index + 1)) {
      if (!next.carried || next.drug.name !== first.drug.name) break;
      steps.push(next);
    }
    const amounts = new Set(steps.map((s) => `${s.row.dose?.value} ${s.row.dose?.unit}`));
    if (steps.length < 2 || amounts.size !== steps.length) return;
    for (const step of steps) {
      if (step.ordinal !== undefined) continue;
      step.row = { ...step.row, label: `${step.drug.name} ${step.row.dose?.value} ${step.row.dose?.unit}` };
    }
  });
}

/** Refiner: an undosed mention inside a dosed treatment, or a procedure that is a drug, goes. */
function dropCovered(events: EventCandidate[], dosed: readonly EventCandidate[]): EventCandidate[] {
  return events.filter((e) => !dosed.some((d) => e.start < d.end && d.start < e.end));
}

export function findTreatments(reading: ReadingText): EventCandidate[] {
  const { text } = reading;
  const end = patientTextEnd(text);
  const drugs = findDrugNames(text, 0, end);
  const dosed: DosedTreatment[] = [];
  const others: EventCandidate[] = [];
  let d = 0;
  for (const sentence of reading.sentences) {
    if (sentence.start >= end) break;
    const inSentence: DrugMention[] = [];
    while (d < drugs.length && (drugs[d]?.start ?? Infinity) < sentence.start) d += 1;
    for (let k = d; k < drugs.length && (drugs[k]?.end ?? Infinity) <= sentence.end; k += 1) {
      const m = drugs[k]!;
      inSentence.push({ ...m, start: m.start - sentence.start, end: m.end - sentence.start });
    }
    const words = plainSpaces(text.slice(sentence.start, sentence.end));
    if (isGeneralStatement(words)) continue;
    const move = <T extends EventCandidate>(e: T): T => ({
      ...e,
      start: e.start + sentence.start,
      end: e.end + sentence.start,
    });
    const sentenceDosed = findDosedTreatments(words, inSentence);
    nameListSteps(sentenceDosed);
    dosed.push(...sentenceDosed.map(move));
    const sentenceOthers = [
      ...findAdmissions(words),
      ...findVaccinations(words),
      ...findProcedures(words),
      ...dropCovered(findUndosedTreatments(words, inSentence), sentenceDosed),
    ];
    others.push(...sentenceOthers.map(move));
  }
  numberDoses(dosed);
  const events: EventCandidate[] = [
    ...dosed.map(({ start, end, row, guessed, confidence }) => ({ start, end, row, guessed, confidence })),
    ...others,
  ];
  return events.sort((a, b) => a.start - b.start || a.end - b.end);
}
