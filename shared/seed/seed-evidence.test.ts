// The preloaded case's evidence against the seed report: pinned fingerprint, every row anchored,
// and each row's anchored words holding its figures. Needs ../shared/seed/case-report.txt.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../dates/partial-date';
import type { EvidenceAnchor } from '../model/evidence';
import type { Observation, TimelineEvent } from '../model/case';
import { fingerprintText } from '../sources/fingerprint';
import { NORMALISER_VERSION, normaliseText } from '../sources/normalise';
import { createSeedCase } from './seed-case';
import { SEED_REPORT_FINGERPRINT, seedEvidenceIds } from './seed-evidence';

/** Beside every clone (the report is not ours to commit): `../shared/seed/case-report.txt` from the repo root. */
const REPORT_PATH = fileURLToPath(new URL('../../../shared/seed/case-report.txt', import.meta.url));

function readReport(): string {
  if (!existsSync(REPORT_PATH)) throw new Error(`the seed report is missing: ${REPORT_PATH}`);
  return readFileSync(REPORT_PATH, 'utf8');
}

const seed = createSeedCase();
const rows = [
  ...seed.events.map((row) => ({ kind: 'events' as const, row })),
  ...seed.observations.map((row) => ({ kind: 'observations' as const, row })),
  ...seed.diagnoses.map((row) => ({ kind: 'diagnoses' as const, row })),
];

/** Offsets are Unicode code points (W3C TextPositionSelector), not UTF-16 units. */
const wordsOf = (codePoints: readonly string[], anchors: readonly EvidenceAnchor[] | undefined) =>
  (anchors ?? []).map((a) => codePoints.slice(a.start, a.end).join('')).join(' … ');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The number stands alone in the words ("5" not inside "15" or "2.5"), after its comparator if any. */
const holdsNumber = (words: string, number: string, comparator = '') =>
  new RegExp(`${comparator}\\s*(?<![\\d.])${escape(number)}(?![\\d]|\\.\\d)`).test(words);
const COMPARATOR_GLYPH: Record<string, string> = {
  '>': '>',
  '<': '<',
  '~': '[~∼]',
  '>=': '(?:>=|≥)',
  '<=': '(?:<=|≤)',
};

/** The figures a checker looks for in an event's words: dose, duration, offsets and reported days. */
function eventFigures(e: TimelineEvent): string[] {
  return [e.dose?.value, e.duration?.value, e.start.relativeTo?.amount, e.end?.relativeTo?.amount].flatMap((n) =>
    n === undefined ? [] : [String(n)],
  );
}

/** A date the report gives outright (no "about"): its year, month name and day are in the words. */
function exactDateWords(date: PartialDate | undefined): string[] {
  if (!date || date.approximate || date.relativeTo) return [];
  const [year, month, day] = date.date.split('-');
  const monthName =
    month && new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return [year, monthName, day && String(Number(day))].flatMap((w) => (w ? [w] : []));
}

describe('the seed report', () => {
  it('normalises to the text the anchors were counted in (pinned fingerprint and normaliser)', async () => {
    const text = normaliseText(readReport());
    expect(await fingerprintText(text)).toBe(SEED_REPORT_FINGERPRINT);
    expect(seed.sources).toEqual([
      {
        fingerprint: SEED_REPORT_FINGERPRINT,
        name: 'case-report.txt',
        kind: 'text',
        normaliserVersion: NORMALISER_VERSION,
      },
    ]);
  });

  it('is already normal: no ligature and no line-end hyphen, so neither expansion nor PDF joining can move an anchor', () => {
    const raw = readReport();
    expect(normaliseText(raw)).toBe(raw);
    expect(raw).not.toMatch(/[\uFB00-\uFB06]/u);
    expect(raw).not.toMatch(/-\n/);
  });
});

describe('the preloaded case’s evidence', () => {
  it('anchors every event, observation and diagnosis, and names no row the case lacks', () => {
    expect(rows.filter(({ row }) => (row.evidence ?? []).length === 0).map(({ row }) => row.id)).toEqual([]);
    for (const kind of ['events', 'observations', 'diagnoses'] as const) {
      expect(seedEvidenceIds(kind).sort()).toEqual(seed[kind].map((r) => r.id).sort());
    }
  });

  it('keeps positions and the fingerprint only: no quote, prefix or suffix', () => {
    const anchors = rows.flatMap(({ row }) => row.evidence ?? []);
    expect(anchors.length).toBeGreaterThan(rows.length);
    for (const anchor of anchors) {
      expect(Object.keys(anchor).sort()).toEqual(['end', 'source', 'start']);
      expect(anchor.source).toBe(SEED_REPORT_FINGERPRINT);
    }
  });

  it('puts every anchor inside the text, on whole words', () => {
    const codePoints = [...normaliseText(readReport())];
    const wordChar = /[\p{L}\p{N}]/u;
    for (const { row } of rows) {
      for (const { start, end } of row.evidence ?? []) {
        const where = `${row.id} [${start}, ${end})`;
        expect(end, where).toBeLessThanOrEqual(codePoints.length);
        expect(wordChar.test(codePoints[start - 1] ?? ' '), `${where} starts inside a word`).toBe(false);
        expect(wordChar.test(codePoints[end] ?? ' '), `${where} ends inside a word`).toBe(false);
        expect(codePoints[start]?.trim(), `${where} starts on a space`).toBeTruthy();
        expect(codePoints[end - 1]?.trim(), `${where} ends on a space`).toBeTruthy();
      }
    }
  });

  it('anchors each event to words holding its dose, duration, time offsets and reported day', () => {
    const codePoints = [...normaliseText(readReport())];
    for (const e of seed.events) {
      const words = wordsOf(codePoints, e.evidence);
      for (const figure of eventFigures(e)) expect(holdsNumber(words, figure), `${e.id}: ${figure}`).toBe(true);
      for (const word of exactDateWords(e.start)) expect(words, `${e.id}: ${word}`).toContain(word);
    }
  });

  it('anchors each observation to words holding its value with comparator, range, reference and date', () => {
    const codePoints = [...normaliseText(readReport())];
    const figure = (n: number | undefined, places?: number) =>
      n === undefined ? [] : [places === undefined ? String(n) : n.toFixed(places)];
    for (const o of seed.observations as Observation[]) {
      const words = wordsOf(codePoints, o.evidence);
      const comparator = o.comparator ? COMPARATOR_GLYPH[o.comparator] : '';
      for (const n of figure(o.value, o.decimalPlaces))
        expect(holdsNumber(words, n, comparator), `${o.id}: ${n}`).toBe(true);
      for (const n of [
        ...figure(o.valueHigh),
        ...figure(o.referenceRange?.low),
        ...figure(o.referenceRange?.high),
        ...figure(o.date.relativeTo?.amount),
      ]) {
        expect(holdsNumber(words, n), `${o.id}: ${n}`).toBe(true);
      }
      if (o.valueText) expect(words.toLowerCase(), o.id).toContain(o.valueText.toLowerCase());
      for (const word of exactDateWords(o.date)) expect(words, `${o.id}: ${word}`).toContain(word);
    }
  });

  it('anchors each diagnosis to words holding every year and number of its criteria', () => {
    const codePoints = [...normaliseText(readReport())];
    for (const d of seed.diagnoses) {
      const words = wordsOf(codePoints, d.evidence);
      for (const n of d.criteria.flatMap((c) => c.match(/\d+/g) ?? [])) {
        expect(holdsNumber(words, n), `${d.id}: ${n}`).toBe(true);
      }
    }
  });
});
