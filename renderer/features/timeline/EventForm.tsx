// The event form: keyboard-first entry of timeline events, including treatments with dose, route,
// frequency and duration, and dates relative to other events.
import { useCallback, useMemo, useRef } from 'react';
import {
  BLANK_EVENT_FIELDS,
  COMMON_FREQUENCIES,
  COMMON_ROUTES,
  eventToFields,
  fieldsToEvent,
  type EventFields,
} from '../../../shared/editing/event-fields';
import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../../../shared/model/case';
import { commitEdit } from '../../data/edit-actions';
import { DatePreview } from '../forms/DatePreview';
import { CheckboxField, SelectField, TextField } from '../forms/Field';
import { FormActions, FormProblems } from '../forms/FormParts';
import { useEntryForm } from '../forms/use-entry-form';

/** Case-level problems come as schema paths ("events[3].start"); the form shows them by field name. */
function fieldOf(where: string): string {
  const match = /(start|end|duration|label|kind|doseValue|doseUnit|dose)/.exec(where);
  if (match?.[1] === 'dose') return 'doseValue';
  return match?.[1] ?? 'form';
}

// The next row keeps the kind: abstracting goes kind by kind (the symptoms, then the treatments).
const blankAfter = (previous: EventFields): EventFields => ({ ...BLANK_EVENT_FIELDS, kind: previous.kind });

export function EventForm({
  caseId,
  events,
  editing,
}: {
  caseId: string;
  events: TimelineEvent[];
  editing: TimelineEvent | undefined;
}) {
  const firstFieldRef = useRef<HTMLSelectElement>(null);
  const initial = useMemo(() => (editing ? eventToFields(editing, events) : BLANK_EVENT_FIELDS), [editing, events]);
  const parse = useCallback((fields: EventFields, id: string) => fieldsToEvent(fields, id, events), [events]);
  const commit = useCallback(
    (event: TimelineEvent) => commitEdit(caseId, { type: 'save-event', event }, `Save “${event.label}”`),
    [caseId],
  );
  const form = useEntryForm({
    caseId,
    editingId: editing?.id,
    draftKind: 'event',
    initial,
    blank: blankAfter,
    parse,
    commit,
    fieldOf,
    firstFieldRef,
  });
  const { fields, setField, problemAt } = form;
  const others = useMemo(() => events.filter((e) => e.id !== form.rowId), [events, form.rowId]);
  const id = (name: keyof EventFields & string) => `event-${name}`;

  return (
    <form
      className="entry-form"
      aria-label={editing ? `Edit event ${editing.label}` : 'New event'}
      onKeyDown={form.onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      <div className="entry-form-title">{editing ? `Editing “${editing.label}”` : 'Add an event'}</div>
      <div className="entry-grid">
        <SelectField
          id={id('kind')}
          label="Kind"
          value={fields.kind as EventKind}
          options={EVENT_KINDS}
          onChange={(v) => setField('kind', v)}
          problem={problemAt('kind')}
          selectRef={firstFieldRef}
        />
        <TextField
          id={id('label')}
          label="Event"
          className="wide"
          value={fields.label}
          onChange={(v) => setField('label', v)}
          problem={problemAt('label')}
          placeholder="e.g. Ofatumumab dose 1"
        />
        <TextField
          id={id('start')}
          label="Start"
          value={fields.start}
          onChange={(v) => setField('start', v)}
          problem={problemAt('start')}
          placeholder="2022-03-31, or 2 weeks after …"
          hint={<DatePreview text={fields.start} approximate={fields.startApproximate} events={others} />}
        />
        <CheckboxField
          id={id('startApproximate')}
          label="Start approximate"
          checked={fields.startApproximate}
          onChange={(v) => setField('startApproximate', v)}
        />
        <TextField
          id={id('end')}
          label="End"
          value={fields.end}
          onChange={(v) => setField('end', v)}
          problem={problemAt('end')}
          hint={<DatePreview text={fields.end} approximate={fields.endApproximate} events={others} />}
        />
        <CheckboxField
          id={id('endApproximate')}
          label="End approximate"
          checked={fields.endApproximate}
          onChange={(v) => setField('endApproximate', v)}
        />
        <TextField
          id={id('duration')}
          label="Duration"
          value={fields.duration}
          onChange={(v) => setField('duration', v)}
          problem={problemAt('duration')}
          placeholder="3 days, ×5"
        />
        <TextField
          id={id('doseValue')}
          label="Dose"
          value={fields.doseValue}
          onChange={(v) => setField('doseValue', v)}
          problem={problemAt('doseValue')}
          inputMode="decimal"
        />
        <TextField
          id={id('doseUnit')}
          label="Dose unit"
          value={fields.doseUnit}
          onChange={(v) => setField('doseUnit', v)}
          problem={problemAt('doseUnit')}
          placeholder="mg"
        />
        <TextField
          id={id('route')}
          label="Route"
          value={fields.route}
          onChange={(v) => setField('route', v)}
          list="event-routes"
        />
        <TextField
          id={id('frequency')}
          label="Frequency"
          value={fields.frequency}
          onChange={(v) => setField('frequency', v)}
          list="event-frequencies"
        />
        <TextField
          id={id('notes')}
          label="Notes"
          className="wide"
          value={fields.notes}
          onChange={(v) => setField('notes', v)}
        />
      </div>
      <FormProblems problems={form.general} />
      <FormActions
        saveLabel={editing ? 'Save changes' : 'Add event'}
        cancelLabel={editing ? 'Cancel' : 'Clear'}
        onCancel={() => void form.cancel()}
      />
      <datalist id="event-routes">
        {COMMON_ROUTES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <datalist id="event-frequencies">
        {COMMON_FREQUENCIES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
    </form>
  );
}
