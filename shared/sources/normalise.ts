// The one text normaliser: every fingerprint and anchor offset counts into its output, so a change
// to what it does is a new NORMALISER_VERSION.
export const NORMALISER_VERSION = 1;

/** Unicode NFC and LF line ends. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
