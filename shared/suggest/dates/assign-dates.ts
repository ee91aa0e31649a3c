// Which date each fact gets: its own words' date, else the date its context gives, resolved against
// the case's timeline with the date fields' rules (../../dates/relative-date.ts), the link kept.
import { identifyDrug } from '../../course/drugs';
import type { PartialDate } from '../../dates/partial-date';
import { resolveRelativeDate, type RelativeOffset } from '../../dates/relative-date';
import type { Duration, Patient, TimelineEvent } from '../../model/case';
import type { DateMention, ReadingText } from '../candidates';
import type { TextSpan } from '../suggestion';
import { patientTextEnd } from './guards';

/** A fact to date: its span, its kind, and its id (relative dates may name another fact's id). */
export interface FactToDate extends TextSpan {
  id: string;
  kind: 'observation' | 'event';
  /** The event's own start when the finder read one (a treatment "on 5 September 2022"). */
  row: {
    start?: PartialDate | undefined;
    date?: PartialDate | undefined;
    kind?: string | undefined;
    label?: string | undefined;
    duration?: Duration | undefined;
  };
}

export interface DatingContext {
  /** The case's events, when suggesting for a case: relative dates may link to them. */
  events?: readonly TimelineEvent[];
  patient?: Patient;
}

export interface AssignedDate {
  date?: PartialDate;
  /** True when the date came from context (the paragraph, an earlier fact), not the fact's own words. */
  guessed: boolean;
}

/** A date mention once resolved: its date, and whether the words left part of it to a rule. */
interface Resolved {
  mention: DateMention;
  date: PartialDate | undefined;
  guessed: boolean;
}

/** An event a relative date can count from: a case event, or a fact suggested from this source. */
interface Anchor {
  id: string;
  date: PartialDate;
}

const isLasting = (m: DateMention) => m.kind === 'relative' && m.from === 'lasting';

const COURSE_KINDS = new Set(['treatment', 'procedure', 'admission', 'vaccination']);
const NOT_OUTCOMES = new Set([...COURSE_KINDS, 'symptom', 'diagnosis', 'other']);

/** How many sentences a date carries to facts that have none of their own. */
const CARRY_SENTENCES = 2;

const firstIndexAtOrAfter = (sorted: readonly number[], value: number) => {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const plain = (d: PartialDate): PartialDate => ({ date: d.date, approximate: d.approximate });

function linked(anchor: Anchor, offset: RelativeOffset): PartialDate | undefined {
  const resolved = resolveRelativeDate(anchor.date, offset);
  return resolved.ok ? { ...resolved.value, relativeTo: { eventId: anchor.id, ...offset } } : undefined;
}

/** Between a fact's words and its own date: nothing, or a preposition ("admitted on", "in"). */
const LEADS_INTO = /^\s*(?:on|in|at|from|since|until|by|during)?\s*$/i;

/** identifyDrug tries every known spelling: a label is read once per run, not once per comparison. */
const drugKeys = new Map<string, string>();
function drugKey(label: string | undefined): string {
  if (label === undefined) return '';
  let key = drugKeys.get(label);
  if (key === undefined) {
    if (drugKeys.size > 10_000) drugKeys.clear();
    key = identifyDrug(label).key;
    drugKeys.set(label, key);
  }
  return key;
}

export function assignDates(
  reading: ReadingText,
  facts: readonly FactToDate[],
  mentions: readonly DateMention[],
  context: DatingContext,
): Map<string, AssignedDate> {
  const { text, sentences } = reading;
  const sentenceStarts = sentences.map((s) => s.start);
  const sentenceOf = (at: number) => {
    const i = firstIndexAtOrAfter(sentenceStarts, at + 1) - 1;
    return i >= 0 && at < (sentences[i]?.end ?? 0) ? i : -1;
  };
  const paragraphBreaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index);
  const paragraphOf = (at: number) => firstIndexAtOrAfter(paragraphBreaks, at);

  const ordered = [...facts].sort((a, b) => a.start - b.start);
  const result = new Map<string, AssignedDate>(facts.map((f) => [f.id, { guessed: false }]));
  const resolved: Resolved[] = [];
  const datedEvents: { fact: FactToDate; date: PartialDate; guessed: boolean }[] = [];

  /** A case event for the fact, when the case has the same one: links then name the case's row. */
  const caseEventId = (fact: FactToDate, date: PartialDate) =>
    context.events?.find(
      (e) =>
        e.kind === fact.row.kind &&
        e.start.date === date.date &&
        (e.kind === 'admission' || drugKey(e.label) === drugKey(fact.row.label)),
    )?.id ?? fact.id;

  // The report's present: the admission (or presentation), dated by its own sentence.
  const admissionFact = ordered.find((f) => f.kind === 'event' && f.row.kind === 'admission');
  let admission: (Anchor & { start: number }) | undefined;
  if (admissionFact) {
    const s = sentenceOf(admissionFact.start);
    const inSentence = mentions.filter((m) => m.kind === 'absolute' && sentenceOf(m.start) === s);
    const distance = (m: DateMention) =>
      m.start >= admissionFact.end ? m.start - admissionFact.end : admissionFact.start - m.end;
    // The date the admission's words lead into ("admitted on …"), else the one nearest them.
    const own =
      inSentence.find((m) => m.start >= admissionFact.end && LEADS_INTO.test(text.slice(admissionFact.end, m.start))) ??
      [...inSentence].sort((a, b) => distance(a) - distance(b))[0];
    if (own?.kind === 'absolute') {
      const date = { date: own.date, approximate: own.approximate };
      admission = { id: caseEventId(admissionFact, date), date, start: admissionFact.start };
    }
  }
  const caseAdmission = context.events?.find((e) => e.kind === 'admission');
  if (!admission && caseAdmission) admission = { id: caseAdmission.id, date: plain(caseAdmission.start), start: 0 };

  const ageAtPresentation = (() => {
    const age = context.patient?.ageAtPresentation;
    if (age) return age.unit === 'years' ? age.value : undefined;
    const written = /(?<![\d])(\d{1,3})[- ]year[- ]old\b/i.exec(text.slice(0, patientTextEnd(text)));
    return written ? Number(written[1]) : undefined;
  })();

  /** The event a phrase like "After 2 months" counts from: the last dated one, a course's first dose. */
  const previousEvent = (before: number, afterCourse = false): Anchor | undefined => {
    // An outcome is itself counted from something: never an anchor. "After 2 months" counts from
    // the last course given (or procedure, admission, vaccine), not from the last symptom.
    const anchors = afterCourse ? COURSE_KINDS : NOT_OUTCOMES;
    const candidates = datedEvents.filter(
      (e) => e.fact.start < before && !e.guessed && anchors.has(e.fact.row.kind ?? ''),
    );
    const last = candidates.at(-1);
    if (!last) return undefined;
    // Our call: outcome phrases after a treatment course count from the course's first dose
    // ("After 2 weeks" after the third injection of a drug counts from the first).
    let head = last;
    if (last.fact.row.kind === 'treatment') {
      const key = drugKey(last.fact.row.label);
      for (let i = candidates.length - 2; i >= 0; i -= 1) {
        const e = candidates[i]!;
        if (e.fact.row.kind !== 'treatment') continue;
        if (drugKey(e.fact.row.label) !== key) break;
        head = e;
      }
    }
    return { id: caseEventId(head.fact, head.date), date: head.date };
  };

  /** The event the words name: the admission, a drug (its course's first dose), or a procedure. */
  const namedEvent = (words: string, before: number): Anchor | undefined => {
    if (/admission|hospitali|presentation/i.test(words)) return admission;
    const key = identifyDrug(words);
    const candidates = datedEvents.filter((e) => e.fact.start < before && !e.guessed);
    if (key.drugClass !== undefined) {
      const same = candidates.filter((e) => e.fact.row.kind === 'treatment' && drugKey(e.fact.row.label) === key.key);
      const pick = /\b(?:last|final|latest)\b/i.test(words) ? same.at(-1) : same[0];
      return pick ? { id: caseEventId(pick.fact, pick.date), date: pick.date } : undefined;
    }
    const noun = words.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (/^(?:dose|injection|infusion|course|cycle|treatment|therapy|start|initiation)s?$/.test(noun)) {
      return previousEvent(before);
    }
    const match = candidates.filter((e) => (e.fact.row.label ?? '').toLowerCase().includes(noun)).at(-1);
    return match && noun.length > 3 ? { id: caseEventId(match.fact, match.date), date: match.date } : undefined;
  };

  const resolve = (m: DateMention): Resolved => {
    switch (m.kind) {
      case 'absolute':
        return { mention: m, date: { date: m.date, approximate: m.approximate }, guessed: m.yearGuessed === true };
      case 'age': {
        if (!admission || ageAtPresentation === undefined || m.years > ageAtPresentation) {
          return { mention: m, date: undefined, guessed: false };
        }
        const offset: RelativeOffset = { amount: ageAtPresentation - m.years, unit: 'years', direction: 'before' };
        return { mention: m, date: linked(admission, offset), guessed: false };
      }
      case 'relative': {
        const anchor =
          m.from === 'report-present' || m.from === 'lasting'
            ? admission
            : m.from === 'named-event'
              ? namedEvent(m.anchor ?? '', m.start)
              : previousEvent(m.start, m.afterCourse === true);
        if (!anchor) return { mention: m, date: undefined, guessed: false };
        // "after admission": some time after it, so its date, approximate, and no link to keep.
        if (m.amount === 0) {
          const approximate = m.sameDay === true ? anchor.date.approximate : true;
          return { mention: m, date: { date: anchor.date.date, approximate }, guessed: false };
        }
        return {
          mention: m,
          date: linked(anchor, { amount: m.amount, unit: m.unit, direction: m.direction }),
          guessed: false,
        };
      }
    }
  };

  const bySentence = new Map<number, { facts: FactToDate[]; mentions: DateMention[] }>();
  const slot = (i: number) => {
    let s = bySentence.get(i);
    if (!s) bySentence.set(i, (s = { facts: [], mentions: [] }));
    return s;
  };
  for (const f of ordered) slot(sentenceOf(f.start)).facts.push(f);
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) slot(sentenceOf(m.start)).mentions.push(m);

  for (const i of [...bySentence.keys()].sort((a, b) => a - b)) {
    const { facts: sentenceFacts, mentions: sentenceMentions } = bySentence.get(i)!;
    // Absolute dates first, so that "On 3 May she received X; two weeks later…" can count from X.
    const here: Resolved[] = sentenceMentions.map((m) =>
      m.kind === 'absolute' ? resolve(m) : { mention: m, date: undefined, guessed: false },
    );
    const dateFact = (f: FactToDate, usable: readonly Resolved[]): AssignedDate | undefined => {
      // "with weakness for 5 years": the duration dates the symptom right before it, and nothing else.
      const lasting = usable.find(
        (r) =>
          isLasting(r.mention) &&
          r.date &&
          f.row.kind === 'symptom' &&
          f.end <= r.mention.start &&
          r.mention.start - f.end <= 3,
      );
      if (lasting?.date) return { date: lasting.date, guessed: false };
      const dated = usable.filter((r) => r.date !== undefined && !isLasting(r.mention));
      const inside = dated.filter((r) => f.start <= r.mention.start && r.mention.end <= f.end).at(-1);
      // Else the nearest date of the sentence: "X on 3 May and Y on 10 May" gives each its own.
      const before = dated.filter((r) => r.mention.end <= f.start).at(-1);
      const after = dated.find((r) => r.mention.start >= f.end);
      // "was admitted on 3 February 2023": a date the fact's words lead into is its own, however
      // close a date of the clause before ("diagnosed in 2015, was admitted on …").
      const leadsInto = after !== undefined && LEADS_INTO.test(reading.text.slice(f.end, after.mention.start));
      const nearest = leadsInto
        ? after
        : before && after
          ? f.start - before.mention.end <= after.mention.start - f.end
            ? before
            : after
          : (before ?? after);
      const own = inside ?? nearest ?? dated.at(-1);
      return own?.date ? { date: own.date, guessed: own.guessed } : undefined;
    };
    for (const [k, m] of sentenceMentions.entries()) {
      if (m.kind === 'absolute') continue;
      for (const f of sentenceFacts) {
        if (f.kind !== 'event' || f.end > m.start || datedEvents.some((e) => e.fact === f)) continue;
        const own = dateFact(
          f,
          here.filter((r) => r.mention.kind === 'absolute'),
        );
        if (own?.date) datedEvents.push({ fact: f, date: own.date, guessed: own.guessed });
      }
      here[k] = resolve(m);
    }
    resolved.push(...here);
    for (const f of sentenceFacts) {
      if (f.row.start !== undefined || f.row.date !== undefined) continue;
      let assigned = dateFact(f, here);
      // A sentence with a date of its own that could not be resolved ("After 2 weeks" with nothing
      // dated before it) says the fact is not the paragraph's date: it stays undated.
      const ownUnresolved = here.some((r) => !isLasting(r.mention)) && here.every((r) => r.date === undefined);
      if (!assigned && !ownUnresolved) {
        // Context: the last date written in the same paragraph at most CARRY_SENTENCES before,
        // approximate. Further on, a report has usually moved on (to the admission's findings).
        const paragraph = paragraphOf(f.start);
        const carried = resolved
          .filter(
            (r) =>
              r.date &&
              !isLasting(r.mention) &&
              r.mention.end <= f.start &&
              paragraphOf(r.mention.start) === paragraph &&
              i - sentenceOf(r.mention.start) <= CARRY_SENTENCES,
          )
          .at(-1);
        if (carried?.date) assigned = { date: borrowed(carried.date), guessed: true };
      }
      if (!assigned && !ownUnresolved && admission && admission.start < f.start && f.row.kind !== 'admission') {
        // A finding reported after a dated admission, with no date of its own nor in its
        // paragraph, is the admission's work-up: reports list it without a day, so the admission's
        // month, approximate, and marked guessed for the abstractor to confirm.
        // In the admission's own paragraph the findings are its day's, still approximate.
        const sameParagraph = paragraphOf(admission.start) === paragraphOf(f.start);
        const date = sameParagraph ? admission.date.date : admission.date.date.slice(0, 7);
        assigned = { date: { date, approximate: true }, guessed: true };
      }
      if (!assigned) continue;
      result.set(f.id, assigned);
      if (f.kind === 'event' && assigned.date) {
        const existing = datedEvents.findIndex((e) => e.fact === f);
        const entry = { fact: f, date: assigned.date, guessed: assigned.guessed };
        if (existing >= 0) datedEvents[existing] = entry;
        else datedEvents.push(entry);
      }
    }
    datedEvents.sort((a, b) => a.fact.start - b.fact.start);
    chainSteps(sentenceFacts, result, caseEventId);
  }
  return result;
}

/**
 * A taper written as one list ("500 mg 3 days, 250 mg 3 days, 120 mg 3 days") runs step after
 * step: each step starts when the one before has run its course; a worked-out date, so plain (no
 * link), approximate and marked guessed.
 */
function chainSteps(
  facts: readonly FactToDate[],
  result: Map<string, AssignedDate>,
  caseEventId: (fact: FactToDate, date: PartialDate) => string,
): void {
  const written = new Map(facts.map((f) => [f.id, result.get(f.id)?.date?.date]));
  for (let k = 1; k < facts.length; k += 1) {
    const [prev, step] = [facts[k - 1]!, facts[k]!];
    const duration = prev.row.duration;
    if (prev.row.kind !== 'treatment' || step.row.kind !== 'treatment') continue;
    if (drugKey(step.row.label) !== drugKey(prev.row.label)) continue;
    if (!duration || (duration.unit !== 'days' && duration.unit !== 'weeks') || !Number.isInteger(duration.value))
      continue;
    const [prevDate, stepDate] = [result.get(prev.id)?.date, result.get(step.id)?.date];
    // Steps of one list share the date their sentence gave; the ones before were moved already.
    if (!prevDate || !stepDate || stepDate.date !== written.get(prev.id)) continue;
    const date = linked(
      { id: caseEventId(prev, prevDate), date: prevDate },
      { amount: duration.value, unit: duration.unit, direction: 'after' },
    );
    if (date) result.set(step.id, { date: { date: date.date, approximate: true }, guessed: true });
  }
}

/**
 * A date taken from the words around a fact, not its own: approximate, and without the other
 * fact's link, since the report does not say this fact was counted from that event.
 */
function borrowed(date: PartialDate): PartialDate {
  return { date: date.date, approximate: true };
}
