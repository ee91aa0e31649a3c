// A passage of the development set: prose written for it (invented patients, in the style of case
// reports of one field) and its facts as an abstractor would write them.
import type { PartialDate } from '../../dates/partial-date';
import type { ExpectedFacts } from '../measure';

export interface DevPassage {
  name: string;
  text: string;
  expected: ExpectedFacts;
}

export const on = (date: string, approximate = false): PartialDate => ({ date, approximate });
