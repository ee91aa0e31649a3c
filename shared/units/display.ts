// Display forms of UCUM unit codes, as lab reports print them (the stored value stays the UCUM code).
const DISPLAY: Readonly<Record<string, string>> = {
  'ug/L': 'μg/L',
  'ng/mL': 'ng/mL',
  'pg/mL': 'pg/mL',
  '10*6/L': '×10⁶/L',
  '10*9/L': '×10⁹/L',
  '10*12/L': '×10¹²/L',
  mm2: 'mm²',
  '{grade}': 'grade',
  '{cells}/{focus}': 'cells/focus',
};

/** UCUM annotations in braces read as plain words, e.g. `{cells}/{focus}` → `cells/focus`. */
export function displayUnit(code: string | undefined): string {
  if (code === undefined) return '';
  return DISPLAY[code] ?? code.replace(/[{}]/g, '');
}
