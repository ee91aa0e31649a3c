// A row's evidence as a form keeps it: the anchors as JSON text in one draft field (drafts store
// flat text), read back through the model's schema.
import { z } from 'zod';
import { EvidenceAnchorSchema, type EvidenceAnchor } from '../model/evidence';
import type { Result } from '../model/result';
import { formatPath } from '../model/result';

/** '' for no evidence, so a row without any has the same fields as before evidence existed. */
export function evidenceText(anchors: readonly EvidenceAnchor[] | undefined): string {
  return anchors && anchors.length > 0 ? JSON.stringify(anchors) : '';
}

/** The anchors a form holds; none is `undefined`, so a saved row without evidence has no `evidence` key. */
export function parseEvidenceText(text: string): Result<EvidenceAnchor[] | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        { where: 'evidence', message: 'the evidence could not be read; remove it and select the words again' },
      ],
    };
  }
  const parsed = z.array(EvidenceAnchorSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problems: [
        { where: 'evidence', message: `evidence ${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}` },
      ],
    };
  }
  return { ok: true, value: parsed.data.length > 0 ? parsed.data : undefined };
}

/** Adds anchors, leaving out one the row already has (same source and place). */
export function addEvidence(text: string, more: readonly EvidenceAnchor[]): string {
  const current = parseEvidenceText(text);
  const list = current.ok ? (current.value ?? []) : [];
  const same = (a: EvidenceAnchor, b: EvidenceAnchor) =>
    a.source === b.source && a.start === b.start && a.end === b.end;
  return evidenceText([...list, ...more.filter((m) => !list.some((l) => same(l, m)))]);
}

export function removeEvidence(text: string, index: number): string {
  const current = parseEvidenceText(text);
  return evidenceText(current.ok ? (current.value ?? []).filter((_, k) => k !== index) : []);
}
