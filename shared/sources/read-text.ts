// The sections of a plain-text or Markdown source: its headings become parts; the text itself is
// kept as written (Markdown's marks included), so offsets count into what the file says.
import type { SourcePart } from './source-document';

/** The part before the first heading, where there is text there. */
export const BEFORE_FIRST_HEADING = 'Beginning';

interface Heading {
  /** Offset of the heading line's first character. */
  start: number;
  label: string;
}

/**
 * Markdown headings: ATX ("## Case presentation") and setext (a line underlined with = or -),
 * outside fenced code blocks (CommonMark §4.2, §4.3, §4.5).
 */
export function markdownParts(text: string): SourcePart[] {
  const lines = linesOf(text);
  const headings: Heading[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line.text)?.[1];
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark[0]!;
      else if (fenceMark[0] === fence) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line.text);
    if (atx) {
      const label = plainLabel(atx[1] ?? '');
      if (label !== '') headings.push({ start: line.start, label });
      return;
    }
    const previous = lines[index - 1];
    if (
      /^ {0,3}(=+|-+)[ \t]*$/.test(line.text) &&
      previous !== undefined &&
      previous.text.trim() !== '' &&
      !/^ {0,3}#/.test(previous.text) &&
      headings.at(-1)?.start !== previous.start
    ) {
      headings.push({ start: previous.start, label: plainLabel(previous.text) });
    }
  });
  return partsFrom(text, headings);
}

/**
 * Headings of a plain-text report, as a text export of an article writes them: a short line on its
 * own between blank lines, starting with a capital (or a section number), not ending like a
 * sentence ("Case presentation", "2. Discussion"; not "Figure 1." or "Funding:").
 */
export function plainTextParts(text: string): SourcePart[] {
  const lines = linesOf(text);
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    const label = line.text.trim();
    const blankBefore = index === 0 || lines[index - 1]!.text.trim() === '';
    const blankAfter = index + 1 < lines.length && lines[index + 1]!.text.trim() === '';
    if (!blankBefore || !blankAfter) return;
    if (label.length > 80 || label.split(/\s+/).length > 10) return;
    if (!/^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}/u.test(label) || /[.,;:!?]$/.test(label)) return;
    headings.push({ start: line.start, label });
  });
  return partsFrom(text, headings);
}

function linesOf(text: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** Emphasis and code marks off a heading's words: "**Case** `presentation`" → "Case presentation". */
function plainLabel(text: string): string {
  return text.replace(/[*_`]+/g, '').trim();
}

/** Each heading's part runs to the next heading; text before the first is a part of its own. */
function partsFrom(text: string, headings: readonly Heading[]): SourcePart[] {
  if (headings.length === 0) return [];
  const parts: SourcePart[] = [];
  if (text.slice(0, headings[0]!.start).trim() !== '') {
    parts.push({ label: BEFORE_FIRST_HEADING, start: 0, end: headings[0]!.start });
  }
  headings.forEach((heading, index) => {
    parts.push({ label: heading.label, start: heading.start, end: headings[index + 1]?.start ?? text.length });
  });
  return parts;
}
