// The source's text as the pane shows it: one paragraph element per line of the text, under its
// section or page heading. Only the words that are marked (cited, possibly not abstracted, found,
// shown) get elements of their own, so a 200,000-character report is a few thousand nodes.
import { forwardRef, memo, useMemo } from 'react';
import type { SourceDocument, SourcePart } from '../../../shared/sources/source-document';

export type MarkKind = 'cited' | 'uncited' | 'match' | 'current' | 'shown' | 'suggested';

export interface TextMark {
  start: number;
  end: number;
  kind: MarkKind;
}

interface Paragraph {
  start: number;
  end: number;
  /** The heading of the section or page this paragraph opens, if it opens one. */
  heading?: string;
}

/** Lines of the text, blank ones left out; each part's label heads its first line. */
export function paragraphsOf(text: string, parts: readonly SourcePart[]): Paragraph[] {
  const out: Paragraph[] = [];
  let partIndex = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== '') {
      const paragraph: Paragraph = { start, end };
      // A part that starts at or before this line and after the previous one heads it.
      for (let part = parts[partIndex]; part && part.start < end; part = parts[partIndex]) {
        paragraph.heading = part.label;
        partIndex += 1;
      }
      out.push(paragraph);
    }
    start = end + 1;
  }
  return out;
}

/** The paragraph holding `offset`, by binary search over their starts. */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paragraphs[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Each paragraph's marks, cut to it. */
function marksByParagraph(paragraphs: readonly Paragraph[], marks: readonly TextMark[]): Map<number, TextMark[]> {
  const out = new Map<number, TextMark[]>();
  if (paragraphs.length === 0) return out;
  for (const mark of marks) {
    for (let i = paragraphAt(paragraphs, mark.start); i < paragraphs.length; i += 1) {
      const p = paragraphs[i];
      if (!p || p.start >= mark.end) break;
      const start = Math.max(mark.start, p.start);
      const end = Math.min(mark.end, p.end);
      if (end > start) {
        const list = out.get(i) ?? [];
        list.push({ start, end, kind: mark.kind });
        out.set(i, list);
      }
    }
  }
  return out;
}

const KIND_ORDER: MarkKind[] = ['uncited', 'cited', 'match', 'shown', 'suggested', 'current'];

const ParagraphText = memo(
  function ParagraphText({ text, start, marks }: { text: string; start: number; marks: TextMark[]; marksKey: string }) {
    if (marks.length === 0) {
      return (
        <p className="source-paragraph" data-start={start}>
          {text}
        </p>
      );
    }
    const cuts = new Set<number>([0, text.length]);
    for (const m of marks) {
      cuts.add(m.start - start);
      cuts.add(m.end - start);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = points.slice(0, -1).map((from, i) => {
      const to = points[i + 1] ?? text.length;
      const kinds = KIND_ORDER.filter((k) =>
        marks.some((m) => m.kind === k && m.start - start <= from && m.end - start >= to),
      );
      const words = text.slice(from, to);
      if (kinds.length === 0) return words;
      return (
        <span
          key={from}
          className={kinds.map((k) => `source-${k}`).join(' ')}
          data-offset={start + from}
          {...(kinds.includes('uncited') ? { title: 'A number or date not cited by any row yet' } : {})}
        >
          {words}
        </span>
      );
    });
    return (
      <p className="source-paragraph" data-start={start}>
        {pieces}
      </p>
    );
  },
  (a, b) => a.text === b.text && a.start === b.start && a.marksKey === b.marksKey,
);

const NO_MARKS: TextMark[] = [];

export const SourceText = forwardRef<
  HTMLDivElement,
  { source: SourceDocument; marks: readonly TextMark[]; onClick: (offset: number) => void }
>(function SourceText({ source, marks, onClick }, ref) {
  const paragraphs = useMemo(() => paragraphsOf(source.text, source.parts), [source]);
  const byParagraph = useMemo(() => marksByParagraph(paragraphs, marks), [paragraphs, marks]);
  return (
    <div
      ref={ref}
      className="source-text"
      role="document"
      tabIndex={0}
      aria-label={`Text of ${source.name}`}
      onClick={(e) => {
        const span = (e.target as Element).closest<HTMLElement>('[data-offset]');
        if (span && window.getSelection()?.isCollapsed !== false) onClick(Number(span.dataset.offset));
      }}
    >
      {paragraphs.map((p, i) => {
        const list = byParagraph.get(i) ?? NO_MARKS;
        return (
          <div key={p.start} className="source-block">
            {p.heading ? <h3 className="source-heading">{p.heading}</h3> : null}
            <ParagraphText
              text={source.text.slice(p.start, p.end)}
              start={p.start}
              marks={list}
              marksKey={list.map((m) => `${m.start}-${m.end}-${m.kind}`).join(',')}
            />
          </div>
        );
      })}
    </div>
  );
});

/** UTF-16 offset into the source of a point in the pane's DOM; undefined outside its paragraphs. */
export function offsetOfPoint(node: Node, offset: number): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('.source-paragraph');
  if (!paragraph) return undefined;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/** The DOM point for a UTF-16 offset into the source, for putting the selection on found words. */
export function pointOfOffset(container: HTMLElement, offset: number): { node: Node; offset: number } | undefined {
  const paragraphs = [...container.querySelectorAll<HTMLElement>('.source-paragraph')];
  const paragraph = paragraphs.findLast((p) => Number(p.dataset.start) <= offset);
  if (!paragraph) return undefined;
  let left = offset - Number(paragraph.dataset.start);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = n.textContent?.length ?? 0;
    if (left <= length) return { node: n, offset: left };
    left -= length;
  }
  return { node: paragraph, offset: paragraph.childNodes.length };
}
