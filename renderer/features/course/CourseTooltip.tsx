// The overview's tooltip: for a result, its date as abstracted (with its precision), its value
// as typed, its unit and what it came with; for a lane mark, each event with dates and dose.
import type { ReactNode } from 'react';
import type { CourseLane } from '../../../shared/course/lanes';
import { formatDose } from '../../../shared/course/lanes';
import { formatPartialDate, precisionOf, type PartialDate } from '../../../shared/dates/partial-date';
import type { TimelineEvent } from '../../../shared/model/case';
import type { AnalytePanelData } from '../../../shared/trends/series';
import { displayUnit } from '../../../shared/units/display';
import { useCourseHover } from './course-store';

const PRECISION_WORDS = { day: 'day', month: 'month only', year: 'year only' } as const;

/** "~Aug 2022 (month only, approximate)". */
function dateAsAbstracted(date: PartialDate): string {
  const notes: string[] = [];
  const precision = precisionOf(date.date);
  if (precision !== 'day') notes.push(PRECISION_WORDS[precision]);
  if (date.approximate) notes.push('approximate');
  return notes.length === 0 ? formatPartialDate(date) : `${formatPartialDate(date)} (${notes.join(', ')})`;
}

/** "2 months after Ofatumumab dose 1": how the report dated it, when it dated it from an event. */
function relativeDescription(date: PartialDate, eventsById: ReadonlyMap<string, TimelineEvent>): string | undefined {
  const link = date.relativeTo;
  if (!link) return undefined;
  const anchor = eventsById.get(link.eventId)?.label ?? 'another event';
  const unit = link.amount === 1 ? link.unit.replace(/s$/, '') : link.unit;
  return `${link.amount} ${unit} ${link.direction} ${anchor}`;
}

const CENSORED_WORDS: Record<string, string> = {
  '>': 'above',
  '>=': 'at or above',
  '<': 'below',
  '<=': 'at or below',
};

export interface CourseTooltipProps {
  panels: readonly AnalytePanelData[];
  lanes: readonly CourseLane[];
  eventsById: ReadonlyMap<string, TimelineEvent>;
}

export function CourseTooltip({ panels, lanes, eventsById }: CourseTooltipProps) {
  const target = useCourseHover((s) => s.target);
  const anchor = useCourseHover((s) => s.anchor);
  if (!target || !anchor) return null;

  let body: ReactNode;
  if (target.kind === 'point' || target.kind === 'text') {
    const panel = panels.find((p) => p.key === target.panelKey);
    const item = target.kind === 'point' ? panel?.points[target.index] : panel?.texts[target.index];
    if (!panel || !item) return null;
    const unit = displayUnit(panel.unit);
    const related = relativeDescription(item.date, eventsById);
    const value = 'label' in item ? item.label : item.text;
    body = (
      <>
        <div className="tooltip-title">{panel.analyte}</div>
        <div className="tooltip-value" data-tooltip-value={value}>
          <strong>{value}</strong>
          {unit && 'label' in item ? ` ${unit}` : ''}
        </div>
        <div className="tooltip-date" data-tooltip-date={item.date.date}>
          {dateAsAbstracted(item.date)}
        </div>
        {'censored' in item && item.censored && item.comparator ? (
          <div className="tooltip-note">
            Censored: the result was {CENSORED_WORDS[item.comparator]} {item.value}
            {unit ? ` ${unit}` : ''}, not that value.
          </div>
        ) : null}
        {'valueHigh' in item && item.valueHigh !== undefined ? (
          <div className="tooltip-note">Reported as a range.</div>
        ) : null}
        {'reported' in item && item.reported ? (
          <div className="tooltip-note" data-tooltip-reported={item.reported.label}>
            Reported as {item.reported.label} {displayUnit(item.reported.unit)}, converted to {unit}.
          </div>
        ) : null}
        {related ? <div className="tooltip-note">{related}</div> : null}
        {item.notes ? <div className="tooltip-note">{item.notes}</div> : null}
      </>
    );
  } else {
    const lane = lanes.find((l) => l.key === target.laneKey);
    const mark = lane?.marks.find((m) => m.id === target.markId);
    if (!lane || !mark) return null;
    body = (
      <>
        <div className="tooltip-title">{lane.title}</div>
        {mark.eventIds.map((id) => {
          const e = eventsById.get(id);
          if (!e) return null;
          const dose = formatDose(e.dose);
          const duration = e.duration
            ? e.duration.unit === 'doses'
              ? `×${e.duration.value}`
              : `${e.duration.value} ${e.duration.unit}`
            : '';
          const end = e.end ?? (mark.endDerived ? mark.end : undefined);
          return (
            <div key={id} className="tooltip-event">
              <strong>{e.label}</strong>
              <div className="tooltip-date">
                {dateAsAbstracted(e.start)}
                {end ? ` to ${dateAsAbstracted(end)}${e.end ? '' : ' (from the duration)'}` : ''}
                {!end && mark.shape === 'open' ? '; end not reported' : ''}
              </div>
              {dose || duration ? <div>{[dose, duration].filter(Boolean).join(', ')}</div> : null}
              {relativeDescription(e.start, eventsById) ? (
                <div className="tooltip-note">{relativeDescription(e.start, eventsById)}</div>
              ) : null}
              {e.notes ? <div className="tooltip-note">{e.notes}</div> : null}
            </div>
          );
        })}
      </>
    );
  }
  // Kept on screen: flipped left of the pointer near the right edge.
  const flip = anchor.x > window.innerWidth - 320;
  return (
    <div
      className="course-tooltip"
      role="tooltip"
      style={{ top: anchor.y + 14, ...(flip ? { right: window.innerWidth - anchor.x + 14 } : { left: anchor.x + 14 }) }}
    >
      {body}
    </div>
  );
}
