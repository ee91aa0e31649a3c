// The abstractor's name, live: undefined while reading, null while none is given.
import { useLiveQuery } from 'dexie-react-hooks';
import { repository } from '../../data/repository';

export const useAbstractor = (): string | null | undefined =>
  useLiveQuery(async () => (await repository.getAbstractor()) ?? null, []);
