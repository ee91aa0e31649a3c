// LOINC codes: the form NNNNN-C and the check digit C (mod 10, as LOINC computes it).

/**
 * LOINC's own check: the digit after the dash is a mod-10 (Luhn) check digit over the digits
 * before it, so a mistyped "2157-5" is caught.
 */
export function isValidLoinc(code: string): boolean {
  const match = /^(\d{1,7})-(\d)$/.exec(code);
  if (!match) return false;
  const [, body = '', check = ''] = match;
  let sum = 0;
  [...body].reverse().forEach((digit, index) => {
    const doubled = index % 2 === 0 ? Number(digit) * 2 : Number(digit);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return (10 - (sum % 10)) % 10 === Number(check);
}
