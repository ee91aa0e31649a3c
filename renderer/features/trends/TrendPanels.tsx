// One trend chart per numeric analyte with two or more values.
import { useMemo } from 'react';
import type { Observation } from '../../../shared/model/case';
import { buildTrendSeries } from '../../../shared/trends/series';
import { TrendChart } from './TrendChart';

export function TrendPanels({ observations }: { observations: Observation[] }) {
  const series = useMemo(() => buildTrendSeries(observations), [observations]);
  const references = useMemo(() => {
    const byAnalyte = new Map<string, Observation['referenceRange']>();
    for (const o of observations)
      if (o.referenceRange) byAnalyte.set(`${o.analyte}\u0000${o.unit ?? ''}`, o.referenceRange);
    return byAnalyte;
  }, [observations]);
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">Trends</h2>
      {series.length === 0 ? (
        <p className="empty">No analyte has two or more numeric values yet.</p>
      ) : (
        <div className="trend-grid">
          {series.map((s) => {
            const ref = references.get(`${s.analyte}\u0000${s.unit}`);
            return (
              <TrendChart
                key={`${s.analyte}|${s.unit}`}
                series={s}
                {...(ref?.low === undefined ? {} : { referenceLow: ref.low })}
                {...(ref?.high === undefined ? {} : { referenceHigh: ref.high })}
              />
            );
          })}
        </div>
      )}
      <p className="legend small muted">
        ● exact date · ○ approximate or month/year date · △ censored value (&gt; or &lt;) · bars show a reported range ·
        green band: reference range
      </p>
    </section>
  );
}
