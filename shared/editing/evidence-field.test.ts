// Specification of a form's evidence field: anchors carried as JSON text through the draft and the save.
import { describe, expect, it } from 'vitest';
import type { EvidenceAnchor } from '../model/evidence';
import { addEvidence, evidenceText, parseEvidenceText, removeEvidence } from './evidence-field';
import { BLANK_EVENT_FIELDS, eventToFields, fieldsToEvent } from './event-fields';
import { BLANK_OBSERVATION_FIELDS, fieldsToObservation, observationToFields } from './observation-fields';

const anchor: EvidenceAnchor = { source: 'c'.repeat(64), start: 10, end: 15, quote: '20 mg' };

describe('the evidence field', () => {
  it('is empty for a row without evidence, so its fields are as before', () => {
    expect(evidenceText(undefined)).toBe('');
    expect(parseEvidenceText('')).toEqual({ ok: true, value: undefined });
  });

  it('adds an anchor once, and removes it by its place in the list', () => {
    const one = addEvidence('', [anchor]);
    expect(addEvidence(one, [anchor])).toBe(one);
    const two = addEvidence(one, [{ ...anchor, start: 20, end: 25 }]);
    expect(parseEvidenceText(removeEvidence(two, 0))).toEqual({ ok: true, value: [{ ...anchor, start: 20, end: 25 }] });
  });

  it('names the evidence field when its text is not anchors', () => {
    const bad = parseEvidenceText('[{"source":"x","start":1,"end":0}]');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.where).toBe('evidence');
    expect(parseEvidenceText('{').ok).toBe(false);
  });
});

describe('rows carry their evidence through the forms', () => {
  it('saves an event with the anchors the form holds, and opens it with them again', () => {
    const fields = {
      ...BLANK_EVENT_FIELDS,
      label: 'Ofatumumab dose 1',
      start: '2022-09-05',
      evidence: addEvidence('', [anchor]),
    };
    const saved = fieldsToEvent(fields, 'e1', []);
    expect(saved.ok && saved.value.evidence).toEqual([anchor]);
    if (saved.ok) expect(eventToFields(saved.value, []).evidence).toBe(fields.evidence);
  });

  it('saves an event without evidence without an evidence key', () => {
    const saved = fieldsToEvent({ ...BLANK_EVENT_FIELDS, label: 'Weakness', start: '2017' }, 'e2', []);
    expect(saved.ok && 'evidence' in saved.value).toBe(false);
  });

  it('saves an observation with its anchors and refuses broken evidence at the evidence field', () => {
    const fields = {
      ...BLANK_OBSERVATION_FIELDS,
      analyte: 'CK',
      date: '2022-08-22',
      value: '9000',
      unit: 'U/L',
      evidence: addEvidence('', [anchor]),
    };
    const saved = fieldsToObservation(fields, 'o1', []);
    expect(saved.ok && saved.value.evidence).toEqual([anchor]);
    if (saved.ok) expect(observationToFields(saved.value, []).evidence).toBe(fields.evidence);
    const broken = fieldsToObservation({ ...fields, evidence: 'not json' }, 'o1', []);
    expect(broken.ok ? [] : broken.problems.map((p) => p.where)).toEqual(['evidence']);
  });
});
