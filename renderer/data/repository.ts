// The app's single repository instance, opened once at start-up, and the forms' drafts in memory over it.
import { CaseRepository } from './case-repository';
import { DraftBook } from './draft-book';

export const repository = new CaseRepository();
export const drafts = new DraftBook(repository);
