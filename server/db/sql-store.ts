import { AsyncLocalStorage } from 'node:async_hooks'
import type { Kysely, Transaction } from 'kysely'
import {
  emptyDb,
  type CasePageArgs,
  type DbStore,
  type MockDb,
  type Need,
  type AccessQuery,
} from '../../service/store.ts'
import { listCasesSql } from './sql-list.ts'
import { preparedStatements, type RunRows } from './prepared.ts'
import { metricsTallySql } from './sql-metrics.ts'
import type { MetricsFilter } from '../../service/engine/metrics-tally.ts'
import { insertAccess, selectAccess } from './sql-access.ts'
import type { AccessEvent } from '../../src/api/schemas/access-log.ts'
import { purgeSql } from './sql-purge.ts'
import { readSome, type Snapshot } from './sql-reads.ts'
import { readCaseChangeMarker, writeAll, writeChanges } from './sql-tables.ts'
import type { Tables } from './schema.ts'
import { noteDatabaseError } from './health.ts'
import { sqlCodeSets } from './code-sets.ts'

type Scope = {
  trx: Transaction<Tables>
  /** The database this transaction read and hands to the request; saved by diff. */
  loaded: MockDb | null
  refs: Snapshot
  /** Read record by record: only a diff of this object may be saved. */
  partial: boolean
}

/**
 * Postgres codes of a transaction that lost a race and may simply run again: a unique
 * key taken meanwhile (two creates with one Idempotency-Key), a serialization failure,
 * a deadlock. The request body was read before the transaction, so a retry is cheap.
 */
const RETRY_CODES = new Set(['23505', '40001', '40P01'])
const ATTEMPTS = 4

/**
 * The mock's DbStore over SQL, so the mock's handlers run unchanged on a real database,
 * one record at a time: each request reads the records it names (db.ts `Need`) with
 * queries on indexes and keeps no copy after it answers. A transaction is a database
 * transaction: the cases it reads are locked `for update`, a save writes only the
 * records whose object changed (db.ts: records are replaced, never mutated), and a case
 * update still checks the version it was read at. There is no lock beyond the records
 * touched, so unrelated writes run side by side, in this process and across processes.
 */
export function sqlStore(db: Kysely<Tables>, o: { prepare?: boolean } = {}): DbStore {
  return watched(store(db, o.prepare ? preparedStatements(db) : undefined))
}

/** Every database error is noted, so the request answers 503 when the database is down. */
type Used =
  | 'load'
  | 'loadSome'
  | 'save'
  | 'exclusive'
  | 'purge'
  | 'listCases'
  | 'metricsTally'
  | 'recordAccess'
  | 'accessEvents'
  | 'codeSets'
  | 'changeMarker'
function watched(s: Required<Pick<DbStore, Used>>) {
  const note = (error: unknown) => {
    noteDatabaseError(error)
    throw error
  }
  return {
    load: () => s.load().catch(note),
    loadSome: (need: Need) => s.loadSome(need).catch(note),
    save: (next: MockDb) => s.save(next).catch(note),
    exclusive: <T>(fn: () => Promise<T>) => s.exclusive(fn).catch(note),
    purge: (now: number) => s.purge(now).catch(note),
    listCases: (args: CasePageArgs) => s.listCases(args).catch(note),
    metricsTally: (filter: MetricsFilter) => s.metricsTally(filter).catch(note),
    recordAccess: (e: AccessEvent) => s.recordAccess(e).catch(note),
    accessEvents: (query: AccessQuery) => s.accessEvents(query).catch(note),
    changeMarker: () => s.changeMarker().catch(note),
    codeSets: {
      versions: (system: string) => s.codeSets.versions(system).catch(note),
      lookup: (system: string, version: string, codes: readonly string[]) =>
        s.codeSets.lookup(system, version, codes).catch(note),
    },
  } satisfies DbStore
}

function store(db: Kysely<Tables>, run?: RunRows) {
  const scope = new AsyncLocalStorage<Scope>()

  // A database once seeded stays seeded: asked until the answer is yes, then not again.
  let seededOnce = false
  async function seeded(q: Kysely<Tables>) {
    if (seededOnce) return true
    seededOnce = !!(await q.selectFrom('change_counter').select('id').executeTakeFirst())
    return seededOnce
  }

  return {
    /**
     * Every record is never read here: a request names what it reads (`loadSome`), and a
     * reset (db.ts `resetDb`) replaces the database without reading it.
     */
    async load(): Promise<MockDb | null> {
      throw new Error('The SQL store reads what a request names (Need), never every table.')
    },

    async loadSome(need: Need): Promise<MockDb | null> {
      const s = scope.getStore()
      if (s?.loaded) {
        await readSome(s.trx, need, s.loaded, s.refs, true)
        return s.loaded
      }
      const q = s?.trx ?? db
      if (!(await seeded(q))) return null
      const some = emptyDb()
      const refs: Snapshot = new Map()
      await readSome(q, need, some, refs, !!s)
      if (s) Object.assign(s, { loaded: some, refs, partial: true })
      return some
    },

    async save(next: MockDb) {
      const s = scope.getStore()
      // A save outside a transaction would write a database read before others wrote:
      // every write goes through db.ts `transact` (or `resetDb`), which holds the scope.
      if (!s) throw new Error('A write outside a transaction was refused.')
      if (s.loaded && next === s.loaded) s.refs = await writeChanges(s.trx, { refs: s.refs }, next)
      else if (s.partial) throw new Error('Only the database this transaction read can be saved.')
      // A new database object (the first seed, a reset): every table is replaced.
      else s.refs = await writeAll(s.trx, next)
      s.loaded = next
    },

    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db
            .transaction()
            .execute((trx) => scope.run({ trx, loaded: null, refs: new Map(), partial: false }, fn))
        } catch (error) {
          const code = String((error as { code?: unknown })?.code ?? '')
          if (attempt >= ATTEMPTS || !RETRY_CODES.has(code)) throw error
        }
      }
    },

    purge: (now: number) => db.transaction().execute((trx) => purgeSql(trx, now)),

    listCases: (args: CasePageArgs) => listCasesSql(db, args, run),
    recordAccess: (e: AccessEvent) => insertAccess(db, e),
    accessEvents: (query: AccessQuery) => selectAccess(db, query),
    changeMarker: () => readCaseChangeMarker(db),
    codeSets: sqlCodeSets(db),

    /** The metrics as SQL aggregates on one index: no case is read (server/db/sql-metrics.ts). */
    metricsTally: (filter: MetricsFilter) => metricsTallySql(db, filter),
  }
}
