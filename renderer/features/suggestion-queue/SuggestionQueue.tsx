// The review queue beside the source: the facts the app read in the open report, in reading order
// and grouped by sentence, each with its prefilled row; the current one's sentence shown in the
// pane. Enter accepts, Shift+Enter accepts the sentence, E edits, Delete dismisses, A attaches the
// words to the row the case has. Loaded on demand: the window's bundle carries none of it.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { codePointIndex } from '../../../shared/evidence/code-points';
import { keysOf, matchesChord, parseChord, type KeyCommandId } from '../../../shared/keymap/keymap';
import type { Problem } from '../../../shared/model/result';
import { useCaseHeader, useDismissedSuggestions, useObservations, useTimelineEvents } from '../../data/hooks';
import { useUiStore } from '../../state/ui-store';
import { IS_MAC, hintFor } from '../keys/platform-keys';
import { useEvidenceIndex } from '../source-pane/evidence-index';
import { usePaneStore } from '../source-pane/pane-store';
import {
  acceptSentence,
  acceptSuggestion,
  attachToExisting,
  editInForm,
  setDismissed,
  suggestionName,
} from './queue-actions';
import { nextNew, queueGroups, stepFrom, type QueueItem } from './queue-items';
import { QueueNoteField } from './QueueNoteField';
import { QueueProblem } from './QueueProblem';
import { optionId, SentenceGroupView } from './SentenceGroupView';
import { REVIEW_QUEUE_ID, REVIEW_QUEUE_LIST_ID, useQueueStore } from './queue-store';
import { useSuggestions } from './use-suggestions';
import './suggestion-queue.css';

const chords = (id: KeyCommandId) => keysOf(id).map(parseChord);
const KEYS = {
  next: chords('queue-next'),
  previous: chords('queue-previous'),
  accept: chords('queue-accept'),
  acceptSentence: chords('queue-accept-sentence'),
  edit: chords('queue-edit'),
  dismiss: chords('queue-dismiss'),
  attach: chords('queue-attach-existing'),
  showDismissed: chords('queue-show-dismissed'),
  acceptWithNote: chords('queue-accept-with-note'),
};
const pressed = (list: ReturnType<typeof chords>, e: KeyboardEvent) =>
  list.some((c) => matchesChord(c, e.nativeEvent, IS_MAC));

export default function SuggestionQueue({ caseId }: { caseId: string }) {
  const source = useEvidenceIndex((s) => s.source);
  const header = useCaseHeader(caseId);
  const events = useTimelineEvents(caseId);
  const observations = useObservations(caseId);
  const dismissed = useDismissedSuggestions(source?.fingerprint);
  const answer = useSuggestions(source, events, header?.patient);
  const currentId = useQueueStore((s) => s.currentId);
  const showDismissed = useQueueStore((s) => s.showDismissed);
  const problem = useQueueStore((s) => s.problem);
  const noting = useQueueStore((s) => s.noting);
  const busy = useRef(false);

  const rows = useMemo(() => ({ events: events ?? [], observations: observations ?? [] }), [events, observations]);
  const all = useMemo(() => answer.suggestions ?? [], [answer.suggestions]);
  const groups = useMemo(
    () => (dismissed === undefined ? [] : queueGroups(all, rows, dismissed, showDismissed)),
    [all, rows, dismissed, showDismissed],
  );
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const index = useMemo(() => (source ? codePointIndex(source.text) : undefined), [source]);
  const current = items.find((i) => i.suggestion.id === currentId) ?? items.find((i) => i.state === 'new') ?? items[0];
  const currentGroup = groups.find((g) => g.items.includes(current as QueueItem));
  const fresh = items.filter((i) => i.state === 'new').length;

  // While the queue has the focus, the current suggestion's sentence is shown in the pane
  // (highlighted, scrolled to) and its words marked; opening the report alone moves nothing.
  const listRef = useRef<HTMLDivElement>(null);
  const showCurrent = () => {
    if (!current || !currentGroup || !index) return;
    if (!listRef.current?.contains(document.activeElement)) return;
    const e = current.suggestion.evidence;
    usePaneStore.getState().show({ start: index.toUtf16(currentGroup.start), end: index.toUtf16(currentGroup.end) });
    useQueueStore.getState().setWords({ start: index.toUtf16(e.start), end: index.toUtf16(e.end) });
  };
  const shownKey = current ? `${current.suggestion.id}:${currentGroup?.start ?? ''}` : undefined;
  useEffect(() => {
    showCurrent();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownKey, index]);
  useEffect(() => () => useQueueStore.getState().setWords(undefined), []);

  const store = useQueueStore.getState;
  const move = (id: string | undefined) => {
    store().setCurrent(id);
    if (id) document.getElementById(`queue-option-${id}`)?.scrollIntoView({ block: 'nearest' });
  };

  // A suggestion opened in its form (E) and saved there: the form gives the focus back to the
  // queue (ui-store's focusAfterForm), and the queue goes on to the next new suggestion.
  const editing = useQueueStore((s) => s.editing);
  const editedState = items.find((i) => i.suggestion.id === editing)?.state;
  useEffect(() => {
    if (!editing || editedState !== 'abstracted') return;
    useQueueStore.getState().setEditing(undefined);
    move(nextNew(groups, editing));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, editedState]);

  /** Runs one queue command at a time: a key held down never saves a row twice. */
  const run = async (work: () => Promise<Problem[]>, onDone: () => void) => {
    if (busy.current || !current) return;
    busy.current = true;
    try {
      const problems = await work();
      if (problems.length > 0) store().setProblem({ id: current.suggestion.id, problems });
      else {
        store().setProblem(undefined);
        onDone();
      }
    } finally {
      busy.current = false;
    }
  };

  const notify = (text: string) => useUiStore.getState().notify({ tone: 'info', text });

  // The note field takes room under the list: the suggestion it is for stays in view above it.
  useEffect(() => {
    if (noting) document.getElementById(`queue-option-${noting}`)?.scrollIntoView({ block: 'nearest' });
  }, [noting]);

  /** Adds the current suggestion (with the note typed for it, after N), then goes on to the next new one. */
  const accept = (note?: string) => {
    if (!current) return;
    const item = current;
    const id = item.suggestion.id;
    void run(
      () => acceptSuggestion(caseId, item, rows, all, note),
      () => {
        notify(`Added ${suggestionName(item.suggestion)} to the case, with its words as evidence.`);
        move(nextNew(groups, id));
      },
    ).then(() => {
      if (note === undefined) return;
      store().setNoting(undefined);
      listRef.current?.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.nativeEvent.isComposing) return;
    const fingerprint = source?.fingerprint;
    const handled = () => e.preventDefault();
    if (pressed(KEYS.next, e)) {
      handled();
      move(stepFrom(groups, current?.suggestion.id, 1));
    } else if (pressed(KEYS.previous, e)) {
      handled();
      move(stepFrom(groups, current?.suggestion.id, -1));
    } else if (pressed(KEYS.showDismissed, e)) {
      handled();
      store().toggleDismissed();
    } else if (!current) {
      return;
    } else if (pressed(KEYS.accept, e)) {
      handled();
      accept();
    } else if (pressed(KEYS.acceptWithNote, e)) {
      handled();
      if (current.state === 'new') store().setNoting(current.suggestion.id);
    } else if (pressed(KEYS.acceptSentence, e)) {
      handled();
      if (!currentGroup) return;
      const last = currentGroup.items.at(-1)?.suggestion.id;
      void run(
        async () => {
          const outcome = await acceptSentence(caseId, currentGroup.items, rows, all);
          if (outcome.failed) move(outcome.failed.id);
          return outcome.problems;
        },
        () => {
          notify(`Added the sentence’s suggestions to the case.`);
          move(nextNew(groups, last));
        },
      );
    } else if (pressed(KEYS.edit, e)) {
      handled();
      store().setEditing(current.suggestion.id);
      useUiStore.getState().setFocusAfterForm(REVIEW_QUEUE_LIST_ID);
      editInForm(current.suggestion, rows, all);
    } else if (pressed(KEYS.attach, e)) {
      handled();
      void run(
        () => attachToExisting(caseId, current, rows),
        () => notify(`Attached the words to ${suggestionName(current.suggestion)}.`),
      );
    } else if (pressed(KEYS.dismiss, e) && fingerprint) {
      handled();
      const id = current.suggestion.id;
      const restoring = current.state === 'dismissed';
      void run(
        async () =>
          (await setDismissed(fingerprint, current.suggestion, !restoring))
            ? []
            : [{ where: 'form', message: 'the dismissal could not be kept' }],
        () => {
          if (!restoring && !showDismissed) move(nextNew(groups, id));
        },
      );
    }
  };

  if (!source) return null;
  const total = items.length;
  return (
    <section id={REVIEW_QUEUE_ID} className="review-queue" aria-labelledby="review-queue-title">
      <div className="queue-head">
        <h3 id="review-queue-title" className="queue-title">
          Suggested facts{' '}
          <span className="count" data-new-count={fresh}>
            {answer.state === 'reading' ? 'reading…' : `${fresh} to review${total > fresh ? ` of ${total}` : ''}`}
          </span>
        </h3>
        <button type="button" className="queue-show-dismissed" onClick={() => store().toggleDismissed()}>
          {showDismissed ? 'Hide dismissed' : 'Show dismissed'} ({hintFor('queue-show-dismissed')})
        </button>
      </div>
      <div
        ref={listRef}
        id={REVIEW_QUEUE_LIST_ID}
        role="listbox"
        tabIndex={0}
        onFocus={showCurrent}
        className="queue-list"
        aria-label={`Suggested facts, in reading order (${hintFor('focus-review-queue')})`}
        aria-activedescendant={current ? optionId(current.suggestion) : undefined}
        onKeyDown={onKeyDown}
      >
        {answer.state === 'failed' ? (
          <p className="queue-empty">Suggestions could not be read: {answer.problems[0]?.message}</p>
        ) : answer.state === 'read' && total === 0 ? (
          <p className="queue-empty">
            {all.length === 0
              ? 'No facts were found in this report.'
              : 'Every suggestion was dismissed (D shows them).'}
          </p>
        ) : (
          groups.map((g) => (
            <SentenceGroupView
              key={`${g.start}:${g.items[0]?.suggestion.id ?? ''}`}
              group={g}
              text={index ? source.text.slice(index.toUtf16(g.start), index.toUtf16(g.end)).trim() : ''}
              currentId={current?.suggestion.id}
              onPick={move}
            />
          ))
        )}
      </div>
      {noting !== undefined && current && noting === current.suggestion.id ? (
        <QueueNoteField
          name={suggestionName(current.suggestion)}
          initial={current.suggestion.row.notes ?? ''}
          onSubmit={(note) => accept(note)}
          onCancel={() => {
            store().setNoting(undefined);
            listRef.current?.focus();
          }}
        />
      ) : null}
      {problem && problem.id === current?.suggestion.id ? <QueueProblem problems={problem.problems} /> : null}
      <p className="queue-keys small muted">
        Enter add · {hintFor('queue-accept-with-note')} add with a note · {hintFor('queue-accept-sentence')} sentence ·{' '}
        {hintFor('queue-edit')} edit · {hintFor('queue-dismiss')} dismiss · {hintFor('queue-attach-existing')} attach to
        its row
      </p>
    </section>
  );
}
