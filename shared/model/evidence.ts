// Evidence: where in a source document a fact was read. Anchors follow the W3C Web Annotation
// model's selectors, so any annotation tool's reader can follow them.
import { z } from 'zod';
import { NameText, QuoteText } from './text';

/** SHA-256 of a source's normalised text, as 64 lower-case hex digits: names one edition of one report. */
export const FingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'source fingerprint must be 64 lower-case hex digits (SHA-256)');

/** How many characters of context a quote keeps on each side (Hypothesis keeps 32). */
export const QUOTE_CONTEXT_LIMIT = 64;

/**
 * One anchor into one source. `start`/`end` are the W3C TextPositionSelector (offsets into the
 * normalised text in Unicode code points, end exclusive); `quote`/`prefix`/`suffix` are the
 * TextQuoteSelector's `exact`/`prefix`/`suffix`. The quote is optional: the preloaded case and an
 * export made "without quotes" keep positions and the fingerprint only, never the publisher's words.
 */
export const EvidenceAnchorSchema = z
  .object({
    source: FingerprintSchema,
    start: z.number().int().min(0, 'start must be 0 or more'),
    end: z.number().int().min(1, 'end must be 1 or more'),
    quote: QuoteText().min(1, 'quote is empty: leave it out instead').optional(),
    prefix: z.string().max(QUOTE_CONTEXT_LIMIT).optional(),
    suffix: z.string().max(QUOTE_CONTEXT_LIMIT).optional(),
  })
  .strict()
  .superRefine((anchor, ctx) => {
    if (anchor.end <= anchor.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    }
    if (anchor.quote === undefined && (anchor.prefix !== undefined || anchor.suffix !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['quote'], message: 'prefix and suffix need a quote' });
    }
    if (anchor.quote !== undefined && [...anchor.quote].length !== anchor.end - anchor.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: `quote is ${[...anchor.quote].length} characters but start to end spans ${anchor.end - anchor.start}`,
      });
    }
  });

export const SOURCE_KINDS = ['text', 'markdown', 'pdf', 'jats', 'html'] as const;

/** A source document the case was abstracted from; its text lives in the app's source store, not in the case. */
export const CaseSourceSchema = z
  .object({
    fingerprint: FingerprintSchema,
    /** The file name as opened, or "Pasted text". */
    name: NameText('source name'),
    kind: z.enum(SOURCE_KINDS),
    /** Which normaliser made the text the fingerprint and offsets refer to. */
    normaliserVersion: z.number().int().min(1),
  })
  .strict();

export type Fingerprint = z.infer<typeof FingerprintSchema>;
export type EvidenceAnchor = z.infer<typeof EvidenceAnchorSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CaseSource = z.infer<typeof CaseSourceSchema>;
