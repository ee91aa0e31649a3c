// The overview's controls: which analytes to show, how to group the treatment lanes, the period
// shown (typed dates, as well as the brush), the key to the marks and the picture exports.
import { useId, useState } from 'react';
import type { TimeSpan } from '../../../shared/course/lanes';
import { periodEdgeText, typedPeriod, type PeriodEdge } from '../../../shared/course/period';
import { defaultPanelSelection, type AnalytePanelData } from '../../../shared/trends/series';
import { displayUnit } from '../../../shared/units/display';
import { CourseKey } from './CourseKey';
import { useCourseStore, type CaseCourseSettings } from './course-store';

export interface CourseToolbarProps {
  caseId: string;
  panels: AnalytePanelData[];
  shownKeys: string[];
  settings: CaseCourseSettings;
  zoom: TimeSpan | undefined;
  /** The whole course (undefined while nothing is dated): an emptied date box is its edge. */
  course: TimeSpan | undefined;
  onExport(format: 'png' | 'svg'): void;
}

export function CourseToolbar({ caseId, panels, shownKeys, settings, zoom, course, onExport }: CourseToolbarProps) {
  const { setAnalytes, setGrouping, setCompressGaps, setZoom } = useCourseStore.getState();

  const toggle = (key: string, on: boolean) => {
    const current = settings.analytes ?? defaultPanelSelection(panels);
    setAnalytes(caseId, on ? [...current.filter((k) => k !== key), key] : current.filter((k) => k !== key));
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
      <span className="toolbar-field toolbar-period" role="group" aria-label="Period shown">
        <PeriodBox
          key={`${caseId}:from`}
          edge="from"
          zoom={zoom}
          onPeriod={(next) => setZoom(caseId, next)}
          course={course}
        />
        <PeriodBox
          key={`${caseId}:to`}
          edge="to"
          zoom={zoom}
          onPeriod={(next) => setZoom(caseId, next)}
          course={course}
        />
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

interface PeriodBoxProps {
  edge: PeriodEdge;
  zoom: TimeSpan | undefined;
  course: TimeSpan | undefined;
  onPeriod(period: TimeSpan | undefined): void;
}

/**
 * One edge of the period shown, typed as the forms take dates (`2023`, `2023-04`, `2023-04-10`)
 * and applied on Enter or on leaving the box; a bad date is said beside the box and changes
 * nothing. After a brush zoom the box shows the day the period starts (or ends) on.
 */
function PeriodBox({ edge, zoom, course, onPeriod }: PeriodBoxProps) {
  const id = useId();
  const current = zoom?.[edge];
  // What was typed, and the edge it was typed against: once the brush moves that edge, the box
  // shows the new edge instead of stale text.
  const [typed, setTyped] = useState<{ text: string; base: number | undefined }>();
  const [problem, setProblem] = useState<string>();
  const shown = current === undefined ? '' : periodEdgeText(current);
  const text = typed && typed.base === current ? typed.text : shown;

  const apply = () => {
    if (text === shown) return;
    if (!course) {
      setProblem('nothing is dated yet: add timeline events or observations first');
      return;
    }
    const result = typedPeriod(edge, text, zoom, course);
    if (!result.ok) {
      setProblem(result.problems.map((p) => p.message).join('; '));
      return;
    }
    setProblem(undefined);
    setTyped({ text, base: result.value?.[edge] });
    onPeriod(result.value);
  };

  const label = edge === 'from' ? 'From' : 'to';
  return (
    <span className="period-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        size={10}
        placeholder="yyyy-mm-dd"
        title="A year, a month or a day, as in the forms: 2023, 2023-04 or 2023-04-10"
        aria-label={edge === 'from' ? 'Show from' : 'Show to'}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        value={text}
        onChange={(e) => {
          setTyped({ text: e.target.value, base: current });
          setProblem(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        onBlur={apply}
      />
      {problem ? (
        <span className="period-problem" id={`${id}-problem`} role="alert">
          {edge === 'from' ? 'From' : 'To'}: {problem}
        </span>
      ) : null}
    </span>
  );
}
