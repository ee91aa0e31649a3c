// The repository over Dexie/IndexedDB: the only module that touches the database. Every write is
// validated against the zod schemas first and happens in one transaction, so bad data never lands.
import { Dexie, type Table } from 'dexie';
import { CaseSchema, type Case, type Diagnosis, type Observation, type TimelineEvent } from '../../shared/model/case';
import { validateCase } from '../../shared/model/validate';
import { fail, ok, type Result } from '../../shared/model/result';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import { sortEvents, sortObservations } from '../../shared/timeline/order';

export const DATABASE_NAME = 'case-abstractor';

/** A case without its events and observations: what the case list and overview need. */
export interface CaseHeader {
  schemaVersion: Case['schemaVersion'];
  id: string;
  title: string;
  citation: Case['citation'];
  patient: Case['patient'];
  diagnoses: Diagnosis[];
  createdAt: string;
  updatedAt: string;
}

type EventRow = TimelineEvent & { caseId: string };
type ObservationRow = Observation & { caseId: string };
interface MetaRow {
  key: string;
  value: string;
}

class CaseDatabase extends Dexie {
  cases!: Table<CaseHeader, string>;
  events!: Table<EventRow, [string, string]>;
  observations!: Table<ObservationRow, [string, string]>;
  meta!: Table<MetaRow, string>;

  constructor(name: string) {
    super(name);
    // Version 1 of the stored layout. A later layout adds `this.version(2).stores(...).upgrade(tx => ...)`
    // that rewrites rows in place: Dexie keeps the data across versions, we never drop a table.
    this.version(1).stores({
      cases: 'id, updatedAt',
      events: '[caseId+id], caseId',
      observations: '[caseId+id], caseId, [caseId+analyte]',
      meta: 'key',
    });
  }
}

const SEEDED_KEY = 'seed-case-installed';

function splitCase(c: Case): { header: CaseHeader; events: EventRow[]; observations: ObservationRow[] } {
  const { events, observations, ...header } = c;
  return {
    header,
    events: events.map((e) => ({ ...e, caseId: c.id })),
    observations: observations.map((o) => ({ ...o, caseId: c.id })),
  };
}

const withoutCaseId = <T extends { caseId: string }>({ caseId: _caseId, ...rest }: T): Omit<T, 'caseId'> => rest;

export class CaseRepository {
  private readonly db: CaseDatabase;

  constructor(name: string = DATABASE_NAME) {
    this.db = new CaseDatabase(name);
  }

  /** Installs the preloaded case on the very first start only; a user's later delete is respected. */
  async ensureSeeded(): Promise<void> {
    await this.db.transaction('rw', [this.db.cases, this.db.events, this.db.observations, this.db.meta], async () => {
      if (await this.db.meta.get(SEEDED_KEY)) return;
      await this.writeCase(createSeedCase());
      await this.db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() });
    });
  }

  /** Puts the preloaded case back as shipped, replacing any edited copy of it. */
  async restoreSeedCase(): Promise<Result<Case>> {
    return this.saveCase(createSeedCase());
  }

  listCases(): Promise<CaseHeader[]> {
    return this.db.cases.orderBy('updatedAt').reverse().toArray();
  }

  getCaseHeader(id: string): Promise<CaseHeader | undefined> {
    return this.db.cases.get(id);
  }

  async getEvents(caseId: string): Promise<TimelineEvent[]> {
    const rows = await this.db.events.where('caseId').equals(caseId).toArray();
    return sortEvents(rows.map(withoutCaseId));
  }

  async getObservations(caseId: string): Promise<Observation[]> {
    const rows = await this.db.observations.where('caseId').equals(caseId).toArray();
    return sortObservations(rows.map(withoutCaseId));
  }

  /** The whole case, as the codecs want it. */
  async getCase(id: string): Promise<Case | undefined> {
    return this.db.transaction('r', [this.db.cases, this.db.events, this.db.observations], async () => {
      const header = await this.db.cases.get(id);
      if (!header) return undefined;
      const [events, observations] = await Promise.all([this.getEvents(id), this.getObservations(id)]);
      return CaseSchema.parse({ ...header, events, observations });
    });
  }

  /**
   * Validates, then replaces the case and all its rows in one transaction. Invalid input returns
   * the problems and leaves the database exactly as it was.
   */
  async saveCase(input: unknown): Promise<Result<Case>> {
    const valid = validateCase(input);
    if (!valid.ok) return valid;
    try {
      await this.db.transaction('rw', [this.db.cases, this.db.events, this.db.observations], () =>
        this.writeCase(valid.value),
      );
    } catch (error) {
      return fail({
        where: 'database',
        message: `could not save: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    return ok(valid.value);
  }

  async deleteCase(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.cases, this.db.events, this.db.observations], async () => {
      await this.db.events.where('caseId').equals(id).delete();
      await this.db.observations.where('caseId').equals(id).delete();
      await this.db.cases.delete(id);
    });
  }

  close(): void {
    this.db.close();
  }

  private async writeCase(c: Case): Promise<void> {
    const { header, events, observations } = splitCase(c);
    await this.db.events.where('caseId').equals(c.id).delete();
    await this.db.observations.where('caseId').equals(c.id).delete();
    await this.db.cases.put(header);
    await this.db.events.bulkPut(events);
    await this.db.observations.bulkPut(observations);
  }
}

export { SEED_CASE_ID };
