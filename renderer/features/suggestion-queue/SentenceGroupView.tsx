// One sentence of the review queue and its suggested rows: each row's fields as found, what the
// report did not give written out ("no date"), what was guessed marked with a "?".
import type { Suggestion } from '../../../shared/suggest/suggestion';
import { summarise, type QueueItem, type SentenceGroup } from './queue-items';

/** Below this confidence a suggestion says so: it may be a reference limit, a population figure… */
const UNSURE_BELOW = 0.6;

export const optionId = (s: Suggestion) => `queue-option-${s.id}`;

/** A field the report did not give: said in words, not left as a blank the eye skips. */
function Missing({ what }: { what: string }) {
  return <span className="queue-missing">no {what}</span>;
}

/** A field filled by a rule, not read from the words: marked, so the abstractor checks it. */
function Guessed({ children, what }: { children: string; what: string }) {
  return (
    <span className="queue-guessed" title={`The ${what} was not in these words: it was taken from the context`}>
      {children}
      <span className="queue-guessed-flag" aria-label={`(${what} guessed)`}>
        ?
      </span>
    </span>
  );
}

function SuggestedRow({ item, current, onPick }: { item: QueueItem; current: boolean; onPick: () => void }) {
  const s = item.suggestion;
  const { name, value, unit, how, date } = summarise(s);
  const guessed = (field: string) => s.guessed.includes(field);
  const dateField = s.kind === 'observation' ? 'date' : 'start';
  const part = (text: string, field: string, what: string) =>
    text === '' ? <Missing what={what} /> : guessed(field) ? <Guessed what={what}>{text}</Guessed> : text;
  return (
    <div
      role="option"
      id={optionId(s)}
      aria-selected={current}
      data-state={item.state}
      data-kind={s.kind}
      className={`queue-row${current ? ' queue-current' : ''}`}
      onClick={onPick}
    >
      <span className="queue-kind">{s.kind === 'observation' ? 'Lab' : 'Event'}</span>
      <span className="queue-name">
        {name === '' ? <Missing what={s.kind === 'observation' ? 'analyte' : 'name'} /> : name}
      </span>
      <span className="queue-value">
        {value === '' && s.kind === 'observation' ? <Missing what="value" /> : value}
        {unit !== '' ? (
          <> {part(unit, 'unit', 'unit')}</>
        ) : s.missing.includes('unit') ? (
          <>
            {' '}
            <Missing what="unit" />
          </>
        ) : null}
      </span>
      {how !== '' ? <span className="queue-how">{how}</span> : null}
      <span className="queue-date">{part(date, dateField, 'date')}</span>
      {s.confidence < UNSURE_BELOW ? (
        <span
          className="queue-tag queue-unsure"
          title={`The reader is ${Math.round(s.confidence * 100)}% sure this is a fact about the patient`}
        >
          unsure
        </span>
      ) : null}
      {item.state === 'abstracted' ? <span className="queue-tag queue-done">✓ in the case</span> : null}
      {item.state === 'dismissed' ? <span className="queue-tag">dismissed</span> : null}
    </div>
  );
}

export function SentenceGroupView({
  group,
  text,
  currentId,
  onPick,
}: {
  group: SentenceGroup;
  text: string;
  currentId: string | undefined;
  onPick: (id: string) => void;
}) {
  const excerpt = text.length > 90 ? `${text.slice(0, 90)}…` : text;
  return (
    <div role="group" aria-label={`Sentence: ${excerpt}`} className="queue-sentence">
      <p className="queue-sentence-text" aria-hidden="true">
        {excerpt}
      </p>
      {group.items.map((item) => (
        <SuggestedRow
          key={item.suggestion.id}
          item={item}
          current={item.suggestion.id === currentId}
          onPick={() => onPick(item.suggestion.id)}
        />
      ))}
    </div>
  );
}
