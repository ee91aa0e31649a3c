// The import worker: runs one import session (import-session.ts) off the UI thread, so that
// 100,000 rows are read, checked and written without ever crossing to the window. It has its own
// connection to the repository; Dexie tells the window's live queries what changed.
import { CaseRepository } from '../../data/case-repository';
import { createImportSession, type ImportReply, type ImportRequest } from './import-session';

export type { ImportReply, ImportRequest, ImportWritten } from './import-session';

const handle = createImportSession(new CaseRepository(), (reply: ImportReply) => self.postMessage(reply));

self.onmessage = (event: MessageEvent<ImportRequest>) => void handle(event.data);
