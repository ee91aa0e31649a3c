// The compare view, in place of the open case while a compare is open: the two abstractions side
// by side, keyboard-first (arrows move, L / R take a side, E edits, Enter goes to the next item to
// decide, A shows the agreeing items too), a running count of what is left, the agreement, and
// "Write reconciled case" once nothing is left.
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { undecidedCount } from '../../../shared/compare/decisions';
import type { ComparedRow } from '../../../shared/compare/compare-types';
import { keysOf, matchesChord, parseChord, type KeyCommandId } from '../../../shared/keymap/keymap';
import { hintFor, IS_MAC } from '../keys/platform-keys';
import {
  abstractorsOf,
  closeCompare,
  confirmAndGoOn,
  decide,
  exportAgreementCsv,
  keepEdited,
  writeReconciled,
} from './compare-actions';
import { compareGroups, kindText, SECTION_TITLES, stepFrom } from './compare-items';
import { CompareChooser } from './CompareChooser';
import { CompareEditor, editableKinds } from './CompareEditor';
import { CompareItemRow, optionId } from './CompareItemRow';
import { AgreementPanel } from './AgreementPanel';
import {
  COMPARE_LIST_ID,
  COMPARE_RECONCILER_ID,
  COMPARE_VIEW_ID,
  COMPARE_WRITE_ID,
  focusSoon,
  useCompareStore,
  type CompareReady,
} from './compare-store';
import type { Case } from '../../../shared/model/case';
import './compare.css';

const chords = (id: KeyCommandId) => keysOf(id).map(parseChord);
const KEYS = {
  next: chords('compare-next'),
  previous: chords('compare-previous'),
  left: chords('compare-take-left'),
  right: chords('compare-take-right'),
  edit: chords('compare-edit'),
  confirm: chords('compare-confirm'),
  showAll: chords('compare-show-all'),
};
const pressed = (list: ReturnType<typeof chords>, e: KeyboardEvent) =>
  list.some((c) => matchesChord(c, e.nativeEvent, IS_MAC));

function SideHeader({ side, c, from }: { side: 'left' | 'right'; c: Case; from: string }) {
  const names = abstractorsOf(c);
  return (
    <div className={`compare-side-head compare-${side}`} aria-label={side === 'left' ? 'Left side' : 'Right side'}>
      <span className="compare-side-tag">{side === 'left' ? 'Left' : 'Right'}</span> <span>{from}</span>
      <strong className="compare-side-title">{c.title}</strong>
      <span className="small">
        Abstracted by: {names.length > 0 ? names.join(', ') : <span className="muted">not recorded</span>}
      </span>
    </div>
  );
}

function ReadyView({ session }: { session: CompareReady }) {
  const { comparison, decisions, currentKey, showAll, editing, problem } = session;
  const update = useCompareStore((s) => s.update);
  const listRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => compareGroups(comparison, showAll), [comparison, showAll]);
  const shown = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const left = undecidedCount(comparison, decisions);
  const needing = comparison.items.filter((i) => i.status !== 'agree').length;
  const agreeing = comparison.items.length - needing;
  const current = shown.find((i) => i.key === currentKey) ?? shown[0];

  const move = (key: string | undefined) => {
    if (key === undefined) return;
    update({ currentKey: key, problem: undefined });
    document.getElementById(optionId(key))?.scrollIntoView({ block: 'nearest' });
  };

  const editBase = (): { base: ComparedRow; events: Case['events'] } | undefined => {
    if (!current) return undefined;
    const decision = decisions[current.key];
    if (decision?.choice === 'edited') {
      const fromRight = current.left === undefined;
      return { base: decision.row, events: fromRight ? session.right.events : session.left.events };
    }
    const side = decision?.choice === 'right' || current.left === undefined ? 'right' : 'left';
    const base = current[side];
    return base ? { base, events: session[side].events } : undefined;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.nativeEvent.isComposing) return;
    const handled = () => e.preventDefault();
    if (pressed(KEYS.next, e)) {
      handled();
      move(stepFrom(shown, current?.key, 1));
    } else if (pressed(KEYS.previous, e)) {
      handled();
      move(stepFrom(shown, current?.key, -1));
    } else if (pressed(KEYS.showAll, e)) {
      handled();
      update({ showAll: !showAll });
    } else if (!current) {
      return;
    } else if (pressed(KEYS.left, e) || pressed(KEYS.right, e)) {
      handled();
      if (current.status === 'agree') return;
      decide(current.key, { choice: pressed(KEYS.left, e) ? 'left' : 'right' });
    } else if (pressed(KEYS.edit, e)) {
      handled();
      if (current.status === 'agree') return;
      if (!editableKinds.has(current.kind)) {
        update({
          problem: {
            key: current.key,
            problems: [
              {
                where: kindText(current),
                message: 'take a side here (L or R), then edit it in the reconciled case’s details',
              },
            ],
          },
        });
        return;
      }
      update({ editing: current.key, problem: undefined });
    } else if (pressed(KEYS.confirm, e)) {
      handled();
      confirmAndGoOn(session, shown);
    }
  };

  const base = editing && current?.key === editing ? editBase() : undefined;
  const rightFrom = session.rightFrom.kind === 'file' ? `file ${session.rightFrom.fileName}` : 'case in this app';
  return (
    <section id={COMPARE_VIEW_ID} className="compare-view" aria-labelledby="compare-title">
      <div className="compare-head">
        {/* The view stands in for the open case, whose title is the page's h1 otherwise. */}
        <h1 id="compare-title">Compare and reconcile</h1>
        <button type="button" onClick={closeCompare}>
          Close compare
        </button>
      </div>
      <div className="compare-sides">
        <SideHeader side="left" c={session.left} from="open case" />
        <SideHeader side="right" c={session.right} from={rightFrom} />
      </div>
      <div className="compare-toolbar">
        <p className="compare-count" role="status" aria-live="polite" data-left={left}>
          <strong>{left === 0 ? 'Nothing left to decide' : `${left} left to decide`}</strong>{' '}
          <span className="muted">
            · {needing} differ or are found by one side · {agreeing} agree
          </span>
        </p>
        <button type="button" aria-pressed={showAll} onClick={() => update({ showAll: !showAll })}>
          Show agreeing items too ({hintFor('compare-show-all')})
        </button>
        <label className="compare-reconciler">
          Reconciled by{' '}
          <input
            id={COMPARE_RECONCILER_ID}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={session.reconciler}
            onChange={(e) => update({ reconciler: e.target.value })}
          />
        </label>
        <button
          type="button"
          id={COMPARE_WRITE_ID}
          className="primary"
          aria-disabled={left > 0}
          disabled={session.writing}
          onClick={() => void writeReconciled(session)}
        >
          Write reconciled case
        </button>
      </div>
      {problem?.key === 'write' ? (
        <ul className="compare-problems" role="alert" aria-label="Why the case was not written">
          {problem.problems.map((p, i) => (
            <li key={i}>
              <span className="mono">{p.where}</span>: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="compare-keys small muted">
        ↑ ↓ move · {hintFor('compare-take-left')} take left · {hintFor('compare-take-right')} take right ·{' '}
        {hintFor('compare-edit')} edit · Enter next to decide · {hintFor('compare-show-all')} show all · F1 every key
      </p>
      <div className="compare-columns" aria-hidden="true">
        <span>Status</span>
        <span>Left</span>
        <span>Right</span>
        <span>Decision</span>
      </div>
      <div
        ref={listRef}
        id={COMPARE_LIST_ID}
        role="listbox"
        tabIndex={0}
        className="compare-list"
        aria-label={`Compared items (${showAll ? 'all' : 'only what needs deciding'}): L takes left, R right, E edits, Enter goes to the next`}
        aria-activedescendant={current ? optionId(current.key) : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.length === 0 ? (
          <p className="compare-empty">
            {comparison.items.length === 0
              ? 'Neither case has anything to compare.'
              : 'The two abstractions agree in every item: nothing to decide (A shows them).'}
          </p>
        ) : (
          groups.map((g) => (
            <div key={g.section} role="group" aria-labelledby={`compare-group-${g.section}`}>
              <div className="compare-group-title" id={`compare-group-${g.section}`}>
                {SECTION_TITLES[g.section]} <span className="muted">({g.items.length})</span>
              </div>
              {g.items.map((item) => (
                <CompareItemRow
                  key={item.key}
                  item={item}
                  decision={decisions[item.key]}
                  current={item.key === current?.key}
                  onPick={(key) => {
                    move(key);
                    listRef.current?.focus();
                  }}
                />
              ))}
            </div>
          ))
        )}
      </div>
      {problem && problem.key !== 'write' && problem.key === current?.key ? (
        <ul className="compare-problems" role="alert">
          {problem.problems.map((p, i) => (
            <li key={i}>
              <span className="mono">{p.where}</span>: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {current && base ? (
        <CompareEditor
          key={current.key}
          item={current}
          base={base.base}
          events={base.events}
          onKeep={(row) => keepEdited(current.key, row)}
          onCancel={() => {
            update({ editing: undefined });
            focusSoon(COMPARE_LIST_ID);
          }}
        />
      ) : null}
      <AgreementPanel agreement={comparison.agreement} onExport={() => void exportAgreementCsv(session)} />
    </section>
  );
}

/** The compare, in whichever phase it is; nothing while no compare is open. */
export default function CompareView() {
  const session = useCompareStore((s) => s.session);
  switch (session.phase) {
    case 'idle':
      return null;
    case 'choosing':
      return <CompareChooser session={session} />;
    case 'reading':
      return (
        <section className="compare-chooser" aria-labelledby="compare-reading-title">
          <h1 id="compare-reading-title">Compare</h1>
          <p role="status">Reading and pairing {session.what}…</p>
          <div className="entry-actions">
            <button type="button" onClick={closeCompare}>
              Close
            </button>
          </div>
        </section>
      );
    case 'problems':
      return (
        <section className="compare-chooser" aria-labelledby="compare-problems-title">
          <h1 id="compare-problems-title">Compare</h1>
          <p role="alert">
            <strong>{session.what} cannot be compared</strong>: {session.problems.length} problem
            {session.problems.length === 1 ? '' : 's'}. Nothing was changed.
          </p>
          <ol className="compare-problems" aria-label="Compare problems">
            {session.problems.map((p, i) => (
              <li key={i}>
                <span className="mono">{p.where}</span>: {p.message}
              </li>
            ))}
          </ol>
          <div className="entry-actions">
            <button type="button" onClick={closeCompare} autoFocus>
              Close
            </button>
          </div>
        </section>
      );
    case 'ready':
      return <ReadyView session={session} />;
  }
}
