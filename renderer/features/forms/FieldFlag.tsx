// A plausibility flag in a field's hint: a legal value worth a second look ("year 9999: is this right?"), saved as typed.
import { implausibleNumber, implausibleYear, systemClock } from '../../../shared/model/plausibility';

export function FieldFlag({ message }: { message: string | undefined }) {
  if (message === undefined) return null;
  return <span className="field-flag">{message}</span>;
}

/** The flag for a plain number field (a dose, a reference limit) while it holds a number. */
export function NumberFlag({ text }: { text: string }) {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return <FieldFlag message={trimmed === '' || !Number.isFinite(value) ? undefined : implausibleNumber(value)} />;
}

/** The flag for a field that starts with a four-digit year (a citation year, a diagnosis date). */
export function YearFlag({ text }: { text: string }) {
  const trimmed = text.trim();
  return <FieldFlag message={/^\d{4}(?:-|$)/.test(trimmed) ? implausibleYear(trimmed, systemClock()) : undefined} />;
}
