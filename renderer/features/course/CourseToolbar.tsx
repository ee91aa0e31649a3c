// The overview's controls: which analytes to show, how to group the treatment lanes, the period
// shown (typed dates, as well as the brush), the key to the marks and the picture exports.
import type { ChangeEvent } from 'react';
import type { TimeSpan } from '../../../shared/course/lanes';
import { defaultPanelSelection, type AnalytePanelData } from '../../../shared/trends/series';
import { displayUnit } from '../../../shared/units/display';
import { CourseKey } from './CourseKey';
import { useCourseStore, type CaseCourseSettings } from './course-store';

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A typed yyyy-mm-dd as the start (or end) of that day in UTC, or undefined. */
function dayTime(text: string, endOfDay: boolean): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) ? time + (endOfDay ? 86_400_000 - 1 : 0) : undefined;
}

export interface CourseToolbarProps {
  caseId: string;
  panels: AnalytePanelData[];
  shownKeys: string[];
  settings: CaseCourseSettings;
  zoom: TimeSpan | undefined;
  onExport(format: 'png' | 'svg'): void;
}

export function CourseToolbar({ caseId, panels, shownKeys, settings, zoom, onExport }: CourseToolbarProps) {
  const { setAnalytes, setGrouping, setCompressGaps, setZoom } = useCourseStore.getState();

  const toggle = (key: string, on: boolean) => {
    const current = settings.analytes ?? defaultPanelSelection(panels);
    setAnalytes(caseId, on ? [...current.filter((k) => k !== key), key] : current.filter((k) => k !== key));
  };

  const onZoomField = (edge: 'from' | 'to') => (e: ChangeEvent<HTMLInputElement>) => {
    const time = dayTime(e.target.value, edge === 'to');
    if (time === undefined) return;
    const from = edge === 'from' ? time : (zoom?.from ?? time - 365 * 86_400_000);
    const to = edge === 'to' ? time : (zoom?.to ?? time + 365 * 86_400_000);
    if (to > from) setZoom(caseId, { from, to });
  };

  const shown = new Set(shownKeys);
  return (
    <div className="course-toolbar">
      <details className="analyte-picker">
        <summary>
          Analytes ({shownKeys.length} of {panels.length})
        </summary>
        <fieldset>
          <legend className="visually-hidden">Analytes to show</legend>
          {panels.length === 0 ? <p className="empty small">No observations yet.</p> : null}
          {panels.map((p) => {
            const count = p.points.length + p.texts.length;
            const unit = displayUnit(p.unit);
            return (
              <label key={p.key} className="analyte-option">
                <input
                  type="checkbox"
                  checked={shown.has(p.key)}
                  onChange={(e) => toggle(p.key, e.target.checked)}
                  aria-label={unit ? `${p.analyte} (${unit})` : p.analyte}
                />
                <span>
                  {p.analyte}
                  {unit ? <span className="muted"> ({unit})</span> : null}
                </span>
                <span className="muted small">
                  {count}
                  {p.points.length === 0 ? ' text' : ''}
                </span>
              </label>
            );
          })}
        </fieldset>
      </details>
      <CourseKey />
      <label className="toolbar-field">
        Lanes
        <select
          value={settings.grouping}
          onChange={(e) => setGrouping(caseId, e.target.value === 'class' ? 'class' : 'drug')}
          aria-label="Group treatment lanes"
        >
          <option value="drug">by drug</option>
          <option value="class">by drug class</option>
        </select>
      </label>
      <label className="toolbar-field">
        <input
          type="checkbox"
          checked={settings.compressGaps}
          onChange={(e) => setCompressGaps(caseId, e.target.checked)}
        />
        Shorten empty years
      </label>
      <span className="toolbar-field" role="group" aria-label="Period shown">
        From
        <input
          type="date"
          aria-label="Show from"
          value={zoom ? isoDay(zoom.from) : ''}
          onChange={onZoomField('from')}
        />
        to
        <input type="date" aria-label="Show to" value={zoom ? isoDay(zoom.to) : ''} onChange={onZoomField('to')} />
        <button type="button" disabled={!zoom} onClick={() => setZoom(caseId, undefined)}>
          Whole course
        </button>
      </span>
      <span className="toolbar-field toolbar-export" role="group" aria-label="Export the overview">
        Export
        <button
          type="button"
          aria-label="Export PNG"
          title="A PNG picture, 1920 pixels wide"
          onClick={() => onExport('png')}
        >
          PNG
        </button>
        <button
          type="button"
          aria-label="Export SVG"
          title="An SVG drawing, 1920 pixels wide"
          onClick={() => onExport('svg')}
        >
          SVG
        </button>
      </span>
    </div>
  );
}
