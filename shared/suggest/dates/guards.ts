// Where a report stops speaking about the patient: the reference list and the back matter, ethics
// approvals and funding lines, and general statements about a disease or a drug.

/** Headings after which nothing is about the patient (the reference list and what follows it). */
const BACK_MATTER = /^[ \t]*(?:references|bibliography|literature cited|works cited)[ \t]*:?[ \t]*$/im;

/** Where the text about the patient ends: the start of the reference list, or the text's end. */
export function patientTextEnd(text: string): number {
  const found = BACK_MATTER.exec(text);
  return found ? found.index : text.length;
}

/**
 * Sentences whose dates are the article's, not the patient's: ethics approvals, registrations,
 * funding, submission and publication ("approved 9 September 2021", "Received: 3 May 2020").
 */
const ADMINISTRATIVE =
  /\b(?:ethics|ethical|approved|approval|review board|IRB|registered|registration|funding|funded|grant|submitted|accepted for publication|published|copyright|declaration of helsinki|informed consent)\b|^\s*(?:received|accepted|revised)\s*:/i;

/** Other authors' cases: "Smith et al. reported in 2019", "(Jones, 2020)". */
const LITERATURE = /\bet al\b|\(\s*[A-Z][\p{L}-]+(?:\s+et al\.?)?,\s*(?:19|20)\d{2}\s*\)/u;

export function isAdministrativeSentence(sentence: string): boolean {
  return ADMINISTRATIVE.test(sentence) || LITERATURE.test(sentence);
}

/** Words of a sentence about the patient rather than about a disease or a drug in general. */
const ABOUT_THE_PATIENT =
  /\b(?:she|he|her|his|the patient|our patient|the patient’s|the patient's|was|were|had been|we)\b/i;
const GENERAL =
  /\b(?:recommended|guidelines?|typically|usually|generally|may be|can be|should be|studies|trials?|is administered|are administered|has been shown|reports of|cases of)\b/i;

/**
 * A statement about treatments in general ("the recommended dose is 375 mg/m2", "rituximab may be
 * added"): doses in it are not the patient's.
 */
export function isGeneralStatement(sentence: string): boolean {
  return GENERAL.test(sentence) && !ABOUT_THE_PATIENT.test(sentence);
}

/**
 * The sentence with every space-like character (no-break, thin, narrow) as a plain space: reports
 * print "500\u2009mg"; one UTF-16 unit for one, so offsets stay those of the text.
 */
export function plainSpaces(words: string): string {
  return words.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}
