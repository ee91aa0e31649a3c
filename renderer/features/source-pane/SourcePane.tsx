// The source pane beside the case: the report's text by section or page, find within it, the words
// rows cite highlighted, the sentences with numbers no row cites yet counted and marked, and the
// commands that make evidence from selected words.
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { keysOf, matchesChord, parseChord } from '../../../shared/keymap/keymap';
import type { CaseSource } from '../../../shared/model/evidence';
import { platform } from '../../platform';
import { IS_MAC, hintFor } from '../keys/platform-keys';
import { rowsCiting, useEvidenceIndex, type CitingRow } from './evidence-index';
import {
  attachSelection,
  foldSourcePane,
  goToRow,
  openPastedText,
  openSourceFile,
  openSourceFromDesktop,
  showNextUncited,
  SOURCE_PANE_ID,
  startRowFromSelection,
} from './pane-actions';
import { PaneDivider } from './PaneDivider';
import { useCasePane, usePaneStore } from './pane-store';
import { offsetOfPoint, SourceText, type TextMark } from './SourceText';
import { findMatches, MATCH_LIMIT } from './find-in-text';
import { useQueueStore } from '../suggestion-queue/queue-store';
import './source-pane.css';

// The review queue loads with its first showing: the window's own bundle stays within its budget.
const SuggestionQueue = lazy(() => import('../suggestion-queue/SuggestionQueue'));

const FIND = keysOf('find-in-source').map(parseChord);
function CitedBy({ rows, onClose }: { rows: CitingRow[]; onClose: () => void }) {
  if (rows.length === 0) return null;
  return (
    <div className="source-cited-by" role="group" aria-label="Rows citing these words">
      <span className="small muted">Cited by</span>
      {rows.map((row) => (
        <button key={row.id} type="button" className="source-row-link" onClick={() => goToRow(row)}>
          {row.name}
          <span className="visually-hidden">
            {' '}
            ({row.table === 'observations' ? 'lab' : row.table.replace(/s$/, '')})
          </span>
        </button>
      ))}
      <button type="button" className="link-button" aria-label="Close the list of citing rows" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

function PasteForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [text, setText] = useState('');
  return (
    <form
      className="source-paste"
      aria-label="Paste the report's text"
      onSubmit={(e) => {
        e.preventDefault();
        void openPastedText(caseId, text).then((opened) => opened && onDone());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <label htmlFor="source-paste-text">Paste the report’s text</label>
      <textarea id="source-paste-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="entry-actions">
        <button type="submit" disabled={text.trim() === ''}>
          Open as source
        </button>
        <button type="button" onClick={onDone}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  );
}

function SourceChoice({
  sources,
  shown,
  onChoose,
}: {
  sources: CaseSource[];
  shown: string | undefined;
  onChoose: (fingerprint: string) => void;
}) {
  if (sources.length < 2) return null;
  return (
    <label className="source-choice small">
      Source{' '}
      <select value={shown} onChange={(e) => onChoose(e.target.value)}>
        {sources.map((s) => (
          <option key={s.fingerprint} value={s.fingerprint}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SourcePane({ caseId }: { caseId: string }) {
  const settings = useCasePane(caseId);
  const source = useEvidenceIndex((s) => s.source);
  const sources = useEvidenceIndex((s) => s.sources);
  const missing = useEvidenceIndex((s) => s.missing);
  const update = usePaneStore((s) => s.update);
  const shown = usePaneStore((s) => s.shown);
  const selection = usePaneStore((s) => s.selection);
  const cited = useEvidenceIndex((s) => s.cited);
  const uncited = useEvidenceIndex((s) => s.uncited);
  const suggested = useQueueStore((s) => s.words);
  const textRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [pasting, setPasting] = useState(false);
  // Cited words clicked since the words last shown, or the list closed; else the shown words.
  const [clicked, setClicked] = useState<{ range: { start: number; end: number } | undefined; shownSeq?: number }>();
  const [dropping, setDropping] = useState(false);

  const text = source?.text ?? '';
  const matches = useMemo(() => (findOpen ? findMatches(text, query) : []), [findOpen, text, query]);
  const currentMatch = matches[Math.min(current, matches.length - 1)];

  const marks = useMemo(() => {
    const list: TextMark[] = [
      ...uncited.map((r) => ({ ...r, kind: 'uncited' as const })),
      ...cited.map((r) => ({ start: r.start, end: r.end, kind: 'cited' as const })),
      ...matches.map((m) => ({ ...m, kind: 'match' as const })),
    ];
    if (currentMatch) list.push({ ...currentMatch, kind: 'current' });
    if (shown) list.push({ start: shown.start, end: shown.end, kind: 'shown' });
    if (suggested) list.push({ ...suggested, kind: 'suggested' });
    return list;
  }, [uncited, cited, matches, currentMatch, shown, suggested]);

  // Words selected in the text are the words the evidence commands use.
  useEffect(() => {
    const onSelection = () => {
      const sel = window.getSelection();
      const container = textRef.current;
      if (!sel || !container || !source || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return;
      if (range.collapsed) return;
      const start = offsetOfPoint(range.startContainer, range.startOffset);
      const end = offsetOfPoint(range.endContainer, range.endOffset);
      if (start === undefined || end === undefined || end <= start) return;
      // Trimmed: a double-click takes the space after a word with it.
      const raw = source.text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      if (raw.trim() === '') return;
      usePaneStore.getState().select({
        fingerprint: source.fingerprint,
        start: start + lead,
        end: end - trail,
        text: raw.trim(),
      });
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [source]);

  // Brings shown words (a row's evidence, the next uncited sentence, a find match) into view.
  const scrollTarget = shown ? `shown:${shown.seq}` : currentMatch ? `match:${currentMatch.start}` : undefined;
  useEffect(() => {
    const container = textRef.current;
    if (!container || !scrollTarget) return;
    const keepInView = () => {
      const el = container.querySelector<HTMLElement>(
        scrollTarget.startsWith('shown') ? '.source-shown' : '.source-current',
      );
      if (!el) return;
      const box = container.getBoundingClientRect();
      const at = el.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) {
        container.scrollTop += at.top - box.top - box.height / 3;
      }
    };
    keepInView();
    // The review queue above the text loads a moment later and takes height from it: the words
    // shown stay in view as the text's box shrinks.
    const resized = new ResizeObserver(keepInView);
    resized.observe(container);
    return () => resized.disconnect();
  }, [scrollTarget, marks]);

  /** The current find match becomes the selection, so the keyboard alone can make evidence. */
  const selectMatch = (match: { start: number; end: number } | undefined) => {
    if (!match || !source) return;
    usePaneStore.getState().select({
      fingerprint: source.fingerprint,
      start: match.start,
      end: match.end,
      text: source.text.slice(match.start, match.end),
    });
  };
  useEffect(() => {
    if (findOpen) selectMatch(currentMatch);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [findOpen, currentMatch?.start, currentMatch?.end]);

  const closeFind = () => {
    setFindOpen(false);
    // The found words stay marked, and selected for the evidence commands (selectMatch).
    if (currentMatch) usePaneStore.getState().show(currentMatch);
    textRef.current?.focus({ preventScroll: true });
  };

  const onPaneKeyDown = (e: KeyboardEvent) => {
    if (FIND.some((c) => matchesChord(c, e.nativeEvent, IS_MAC))) {
      e.preventDefault();
      setFindOpen(true);
      requestAnimationFrame(() => findRef.current?.select());
    }
  };

  const onFindKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (matches.length === 0) return;
      setCurrent((c) => (e.shiftKey ? (c - 1 + matches.length) % matches.length : (c + 1) % matches.length));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeFind();
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) void openSourceFile(caseId, file);
  };

  if (!settings.open) {
    return (
      <aside
        id={SOURCE_PANE_ID}
        className="source-pane source-pane-folded"
        aria-label="Source"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <button
          type="button"
          className="source-unfold"
          aria-expanded="false"
          aria-controls={SOURCE_PANE_ID}
          title={`Show the source pane (${hintFor('toggle-source-pane')})`}
          onClick={() => update(caseId, { open: true })}
        >
          Source
        </button>
      </aside>
    );
  }

  // A shown row's words list the rows citing them, as a click on cited words does.
  const citedAt = clicked && clicked.shownSeq === shown?.seq ? clicked.range : shown;
  const citingRows = citedAt ? rowsCiting(cited, citedAt.start, citedAt.end) : [];
  const setCitedAt = (range: { start: number; end: number } | undefined) =>
    setClicked({ range, ...(shown ? { shownSeq: shown.seq } : {}) });
  const hasSelection = selection !== undefined && selection.fingerprint === source?.fingerprint;

  return (
    <>
      <PaneDivider
        width={settings.width}
        onWidth={(width) => update(caseId, { width })}
        onFold={() => foldSourcePane(caseId)}
      />
      <aside
        id={SOURCE_PANE_ID}
        className={`source-pane${dropping ? ' source-dropping' : ''}`}
        aria-label="Source"
        style={{ width: settings.width }}
        onKeyDown={onPaneKeyDown}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <div className="source-head">
          <h2 className="source-title">
            {source ? source.name : 'Source'}
            {source ? (
              <span className="count" data-uncited-count={uncited.length}>
                {uncited.length} possibly not abstracted
              </span>
            ) : null}
          </h2>
          <div className="source-tools">
            <SourceChoice
              sources={sources}
              shown={source?.fingerprint}
              onChoose={(fingerprint) => update(caseId, { fingerprint })}
            />
            {source ? (
              <>
                <button
                  type="button"
                  onClick={showNextUncited}
                  disabled={uncited.length === 0}
                  title={`The next sentence with a number or date that no row cites (${hintFor('next-uncited-sentence')})`}
                >
                  Next not abstracted
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setFindOpen(true);
                    requestAnimationFrame(() => findRef.current?.select());
                  }}
                  title={`Find in the source (${hintFor('find-in-source')})`}
                >
                  Find
                </button>
              </>
            ) : null}
            <button
              type="button"
              onClick={() =>
                platform.kind === 'electron' ? void openSourceFromDesktop(caseId) : fileRef.current?.click()
              }
            >
              Open file…
            </button>
            <button type="button" onClick={() => setPasting(true)}>
              Paste text
            </button>
            <button
              type="button"
              aria-expanded="true"
              aria-controls={SOURCE_PANE_ID}
              onClick={() => foldSourcePane(caseId)}
              title={`Fold the source pane away (${hintFor('toggle-source-pane')})`}
            >
              Fold
            </button>
            <input
              ref={fileRef}
              type="file"
              hidden
              aria-label="Source file"
              accept=".txt,.text,.md,.markdown,.pdf,.xml,.nxml,.html,.htm,text/plain,text/markdown,application/pdf"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void openSourceFile(caseId, file);
              }}
            />
          </div>
          {source && hasSelection ? (
            <div className="source-selection" role="group" aria-label="Selected words">
              <span className="source-selected-words" title={selection.text}>
                “{selection.text.length > 40 ? `${selection.text.slice(0, 40)}…` : selection.text}”
              </span>
              <button type="button" onClick={() => startRowFromSelection('events')}>
                New event ({hintFor('new-event-from-selection')})
              </button>
              <button type="button" onClick={() => startRowFromSelection('observations')}>
                New lab ({hintFor('new-lab-from-selection')})
              </button>
              <button type="button" onClick={attachSelection}>
                Attach to row ({hintFor('attach-selection')})
              </button>
            </div>
          ) : null}
          {findOpen ? (
            <div className="source-find" role="search" aria-label="Find in the source">
              <input
                ref={findRef}
                type="search"
                aria-label="Find in the source"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setCurrent(0);
                }}
                onKeyDown={onFindKeyDown}
                placeholder="Find (Enter next, Shift+Enter previous)"
              />
              <span className="small muted" aria-live="polite">
                {query.trim() === ''
                  ? ''
                  : matches.length === 0
                    ? 'not found'
                    : `${Math.min(current, matches.length - 1) + 1} of ${matches.length}${matches.length >= MATCH_LIMIT ? '+' : ''}`}
              </span>
              <button type="button" className="link-button" aria-label="Close find" onClick={closeFind}>
                ×
              </button>
            </div>
          ) : null}
          <CitedBy rows={citingRows} onClose={() => setCitedAt(undefined)} />
        </div>
        {pasting ? <PasteForm caseId={caseId} onDone={() => setPasting(false)} /> : null}
        {source ? (
          <Suspense fallback={null}>
            <SuggestionQueue caseId={caseId} />
          </Suspense>
        ) : null}
        {source ? (
          <SourceText
            ref={textRef}
            source={source}
            marks={marks}
            onClick={(offset) => {
              const hit = cited.find((c) => c.start <= offset && c.end > offset);
              setCitedAt(hit ? { start: hit.start, end: hit.end } : undefined);
            }}
          />
        ) : (
          <div className="source-empty">
            {missing ? (
              <p>
                This case was abstracted from{' '}
                <strong>{sources.find((s) => s.fingerprint === settings.fingerprint)?.name ?? sources[0]?.name}</strong>
                . Open that file here to see each row’s words.
              </p>
            ) : (
              <p>Open the case report here to keep its words beside the case.</p>
            )}
            <p className="muted small">
              Open a text file (or drop one here), or paste the text. Select words, then press{' '}
              {hintFor('new-event-from-selection')} for a new event, {hintFor('new-lab-from-selection')} for a new lab.
            </p>
          </div>
        )}
      </aside>
    </>
  );
}
