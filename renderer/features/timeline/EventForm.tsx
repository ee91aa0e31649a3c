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
import { NumberFlag } from '../forms/FieldFlag';
import { CheckboxField, SelectField, TextField } from '../forms/Field';
import { EntryForm } from '../forms/FormParts';
import { useEntryForm } from '../forms/use-entry-form';
import { EvidenceField, useEvidenceRequests } from '../source-pane/EvidenceField';
import { RowStamps } from '../who/RowStamps';

/** Case-level problems come as schema paths ("events[3].start"); the form shows them by field name. */
function fieldOf(where: string): string {
  const match = /(start|end|duration|label|kind|doseValue|doseUnit|dose|evidence)/.exec(where);
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
  useEvidenceRequests({
    table: 'events',
    editing: editing !== undefined,
    evidence: fields.evidence,
    name: { field: 'label', value: fields.label },
    setField: (name, value) => setField(name as keyof EventFields & string, value),
    // With its name filled in, the row starts at its kind; without, at its name.
    focus: (named) => (named ? firstFieldRef.current : document.getElementById(id('label')))?.focus(),
  });

  return (
    <EntryForm
      name={editing ? `Edit event ${editing.label}` : 'New event'}
      title={editing ? `Editing “${editing.label}”` : 'Add an event'}
      form={form}
      saveLabel={editing ? 'Save changes' : 'Add event'}
      cancelLabel={editing ? 'Cancel' : 'Clear'}
      after={
        <>
          {editing ? <RowStamps caseId={caseId} table="events" row={editing} name={editing.label} /> : null}
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
        </>
      }
    >
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
        <TextField {...form.text('label')} label="Event" className="wide" placeholder="e.g. Ofatumumab dose 1" />
        <TextField
          {...form.text('start')}
          label="Start"
          placeholder="2022-03-31, or 2 weeks after …"
          hint={<DatePreview text={fields.start} approximate={fields.startApproximate} events={others} />}
        />
        <CheckboxField {...form.check('startApproximate')} label="Start approximate" />
        <TextField
          {...form.text('end')}
          label="End"
          hint={<DatePreview text={fields.end} approximate={fields.endApproximate} events={others} />}
        />
        <CheckboxField {...form.check('endApproximate')} label="End approximate" />
        <TextField {...form.text('duration')} label="Duration" placeholder="3 days, ×5" />
        <TextField
          {...form.text('doseValue')}
          label="Dose"
          inputMode="decimal"
          hint={<NumberFlag text={fields.doseValue} />}
        />
        <TextField {...form.text('doseUnit')} label="Dose unit" placeholder="mg" />
        <TextField {...form.text('route')} label="Route" list="event-routes" />
        <TextField {...form.text('frequency')} label="Frequency" list="event-frequencies" />
        <TextField {...form.text('notes')} label="Notes" className="wide" />
        <EvidenceField
          id={id('evidence')}
          value={fields.evidence}
          onChange={(v) => setField('evidence', v)}
          problem={problemAt('evidence')}
        />
      </div>
    </EntryForm>
  );
}
