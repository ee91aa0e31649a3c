// Live queries over the repository: components read stored data only through these hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import { repository } from './repository';

export const useCaseList = () => useLiveQuery(() => repository.listCases(), []);

export const useCaseHeader = (caseId: string | undefined) =>
  useLiveQuery(() => (caseId ? repository.getCaseHeader(caseId) : undefined), [caseId]);

export const useTimelineEvents = (caseId: string | undefined) =>
  useLiveQuery(() => (caseId ? repository.getEvents(caseId) : []), [caseId]);

export const useObservations = (caseId: string | undefined) =>
  useLiveQuery(() => (caseId ? repository.getObservations(caseId) : []), [caseId]);

export const useHistoryState = () => useLiveQuery(() => repository.historyState(), []);
