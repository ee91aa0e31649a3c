// One compared item in the list: its status, both sides side by side with the differing fields
// marked on each, and what was decided.
import type { ComparedItem, Decision, FieldDifference } from '../../../shared/compare/compare-types';
import { fieldWords, kindText, rowLine, STATUS_TEXT } from './compare-items';

export const optionId = (key: string) => `compare-option-${key}`;

/** What the decision does to this item, in words: "left taken", "kept", "left out", "edited". */
export function decisionText(item: ComparedItem, decision: Decision | undefined): string {
  if (item.status === 'agree') return 'agree';
  if (!decision) return 'to decide';
  if (decision.choice === 'edited') return 'edited';
  if (item.status === 'left-only') return decision.choice === 'left' ? 'kept' : 'left out';
  if (item.status === 'right-only') return decision.choice === 'right' ? 'kept' : 'left out';
  return decision.choice === 'left' ? 'left taken' : 'right taken';
}

function Side({
  item,
  side,
  decision,
}: {
  item: ComparedItem;
  side: 'left' | 'right';
  decision: Decision | undefined;
}) {
  const row = item[side];
  const taken = decision?.choice === side;
  const text = (d: FieldDifference) => d[side] || '(none)';
  return (
    <div className={`compare-side-cell compare-${side}${taken ? ' compare-taken' : ''}`} data-side={side}>
      <span className="visually-hidden">{side === 'left' ? 'Left: ' : 'Right: '}</span>
      {row === undefined ? (
        <span className="muted">not abstracted</span>
      ) : (
        <>
          <span className="compare-line">{rowLine(item.kind, row)}</span>
          {item.differences.length > 0 ? (
            <span className="compare-diffs">
              {item.differences.map((d) => (
                <mark key={d.field} data-field={d.field}>
                  {fieldWords(d.field)}: {text(d)}
                </mark>
              ))}
            </span>
          ) : null}
        </>
      )}
    </div>
  );
}

export function CompareItemRow({
  item,
  decision,
  current,
  onPick,
}: {
  item: ComparedItem;
  decision: Decision | undefined;
  current: boolean;
  onPick(key: string): void;
}) {
  const decided = decisionText(item, decision);
  return (
    <div
      id={optionId(item.key)}
      role="option"
      aria-selected={current}
      className={`compare-row${current ? ' compare-current' : ''}`}
      data-status={item.status}
      data-key={item.key}
      data-fields={item.differences.map((d) => d.field).join(' ')}
      data-decision={decision?.choice ?? ''}
      onClick={() => onPick(item.key)}
    >
      <span className="compare-status">
        <span className={`compare-badge compare-badge-${item.status}`}>{STATUS_TEXT[item.status]}</span>
        <span className="compare-kind">{kindText(item)}</span>
      </span>
      <Side item={item} side="left" decision={decision} />
      <Side item={item} side="right" decision={decision} />
      <span className={`compare-decision${decision ? ' compare-decided' : ''}`}>{decided}</span>
    </div>
  );
}
