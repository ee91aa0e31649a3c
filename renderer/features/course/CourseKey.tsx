// What each mark in the overview means, behind "Key" in the toolbar: a popover rather than a
// block under the brush, so the overview keeps the height it needs to fit one screen.
export function CourseKey() {
  return (
    <details className="course-key">
      <summary>Key</summary>
      <ul className="course-legend small" aria-label="Key to the marks">
        <li className="legend-item">
          <svg width="14" height="10" aria-hidden="true">
            <rect x="0" y="1" width="14" height="8" fill="#0072b2" />
          </svg>
          course
        </li>
        <li className="legend-item">
          <svg width="22" height="10" aria-hidden="true">
            <defs>
              <linearGradient id="legend-fade" x1="0" x2="1">
                <stop offset="0" stopColor="#0072b2" stopOpacity="0.85" />
                <stop offset="1" stopColor="#0072b2" stopOpacity="0" />
              </linearGradient>
            </defs>
            <rect x="0" y="1" width="22" height="8" fill="url(#legend-fade)" />
          </svg>
          started, end not reported
        </li>
        <li className="legend-item">◆ single dose</li>
        <li className="legend-item">● exact date · ○ approximate or month/year date (bar: the period it could be)</li>
        <li className="legend-item">△ ▽ censored value (&gt; or &lt;), not a measurement</li>
        <li className="legend-item">▮ reported range</li>
        <li className="legend-item">green band: reference range</li>
        <li className="legend-item">grey band: years without data, shortened</li>
      </ul>
    </details>
  );
}
