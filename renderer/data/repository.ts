// The app's single repository instance, opened once at start-up.
import { CaseRepository } from './case-repository';

export const repository = new CaseRepository();
