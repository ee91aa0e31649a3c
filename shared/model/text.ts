// What a text in a case may hold: its length limit by kind, the characters refused, the invisible
// ones removed, and NFC, so that two names that look the same are the same string.
import { z } from 'zod';

/**
 * Limits in characters (UTF-16 code units, as JavaScript and JSON Schema's maxLength count them).
 * Generous for any real report, and small enough that one hostile text cannot freeze a view that
 * lays it out: a 50 MB title once blocked the window for over a minute.
 */
export const TEXT_LIMITS = {
  /** Names, labels, analytes, units, authors, journal: one line each. */
  name: 200,
  title: 500,
  note: 20_000,
  /** A quote from the source report (the source issue to come). */
  quote: 2_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/**
 * Invisible format characters that make two names differ while they look alike: soft hyphen, the
 * zero-width space, non-joiner, joiner and no-break space (BOM), word joiner and invisible operators,
 * directional marks, embeddings, overrides and isolates, the Mongolian vowel separator, the
 * interlinear annotation marks and the tag characters. Copied from PDFs, they split one analyte in two.
 */
// The class lists single invisible code points by escape; the lint rule against misleading classes
// guards against literal combining sequences, which this is not.
const INVISIBLE_SOURCE =
  '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF9-\\uFFFB]|\\uDB40[\\uDC00-\\uDC7F]';
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'g');

/** C0 and C1 controls; tab and line ends are let through where a text may have lines (notes). */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /(?![\t\n\r])\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Printable ASCII only: most texts, which need neither cleaning nor a closer look (100,000 rows' worth). */
const PLAIN = /^[\x20-\x7E]*$/;

const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character a text of this kind must not hold, said so a person can find it; undefined when none. */
export function forbiddenCharacter(text: string, kind: TextKind): string | undefined {
  if (PLAIN.test(text)) return undefined;
  const control = (kind === 'note' || kind === 'quote' ? CONTROL_BUT_LINES : CONTROL).exec(text);
  const surrogate = LONE_SURROGATE.exec(text);
  if (control && (!surrogate || control.index < surrogate.index)) {
    const lines = kind === 'note' || kind === 'quote' ? ' (only tab and line breaks are allowed)' : '';
    return `has the control character ${codePoint(control[0])} at character ${control.index + 1}${lines}: remove it`;
  }
  if (surrogate) {
    return `has half of a character (lone surrogate ${codePoint(surrogate[0])}) at character ${surrogate.index + 1}: the file was cut or mis-encoded`;
  }
  return undefined;
}

/** Characters a name held that {@link cleanText} removes, as `U+200B` codes, in order, each once. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE)?.map(codePoint) ?? [])];
}

/** The text without the invisible format characters above: the source normaliser removes the same set. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Removes invisible format characters and composes to NFC ("é" typed as e + ◌́ is one character),
 * so names compare as they look. A text far over every limit is left as it is: it is refused on its
 * length, and cleaning 50 MB first would only cost time.
 */
export function cleanText(text: string): string {
  if (text.length > TEXT_LIMITS.note * 2 || PLAIN.test(text)) return text;
  return text.replace(INVISIBLE, '').normalize('NFC');
}

const tooLong = (what: string, kind: TextKind) => (text: string) =>
  `${what} is ${text.length.toLocaleString('en')} characters long; at most ${TEXT_LIMITS[kind].toLocaleString('en')} are allowed`;

/** The schema of one text field: cleaned, then checked for length first (cheap) and characters. */
function text(what: string, kind: TextKind, nonEmpty: boolean) {
  // `overwrite` rather than a preprocess: it keeps the type a plain string, so the JSON Schema
  // still says `string` with its maxLength.
  let schema = z.string().overwrite(cleanText);
  if (nonEmpty) schema = schema.trim().min(1, `${what} is empty`);
  return schema
    .max(TEXT_LIMITS[kind], { error: (issue) => tooLong(what, kind)(issue.input as string) })
    .superRefine((value, ctx) => {
      if (value.length > TEXT_LIMITS[kind]) return;
      const problem = forbiddenCharacter(value, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });
}

/** A name, label, analyte or unit: one line, not empty, at most 200 characters. */
export const NameText = (what: string) => text(what, 'name', true);
/** A title: not empty, at most 500 characters. */
export const TitleText = (what: string) => text(what, 'title', true);
/** Free notes: may be empty, may have lines and tabs, at most 20,000 characters. */
export const NoteText = (what = 'notes') => text(what, 'note', false);

/**
 * Words quoted from a source, at most 2,000 characters: kept exactly as the normalised source has
 * them (never cleaned or trimmed), since a quote that differs by one space no longer finds its words.
 */
export const QuoteText = (what = 'quote') =>
  z
    .string()
    .max(TEXT_LIMITS.quote, { error: (issue) => tooLong(what, 'quote')(issue.input as string) })
    .superRefine((value, ctx) => {
      if (value.length > TEXT_LIMITS.quote) return;
      const problem = forbiddenCharacter(value, 'quote');
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });

/**
 * Where a file's text holds invisible characters, as `line:column` warnings: they are removed from
 * the case on the way in (see {@link cleanText}), and a person should know that the file had them.
 * Reads raw characters and JSON's `\u200B` escapes alike. At most `limit` are listed.
 */
export function invisibleCharacterNotices(text: string, limit = 20): { where: string; message: string }[] {
  const notices: { where: string; message: string }[] = [];
  // eslint-disable-next-line no-misleading-character-class -- see INVISIBLE_SOURCE
  const found = new RegExp(`${INVISIBLE_SOURCE}|\\\\u([0-9a-fA-F]{4})`, 'g');
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let match = found.exec(text); match && notices.length < limit; match = found.exec(text)) {
    const char = match[1] === undefined ? match[0] : String.fromCharCode(parseInt(match[1], 16));
    if (match[1] !== undefined && invisibleCharacters(char).length === 0) continue;
    // A byte order mark at the very start is the file's encoding mark, not part of a text.
    if (match.index === 0 && char === '\uFEFF') continue;
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    notices.push({
      where: `${line}:${match.index - lineStart + 1}`,
      message: `an invisible character (${codePoint(char)}) was removed: names that look alike are now alike`,
    });
  }
  return notices;
}
