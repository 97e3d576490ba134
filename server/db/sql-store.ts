import { AsyncLocalStorage } from 'node:async_hooks'
import { sql, type Kysely, type Transaction } from 'kysely'
import { emptyDb, type DbStore, type MockDb } from '../../mocks/db.ts'
import { readAll, writeAll, writeChanges, type Snapshot } from './sql-tables.ts'
import type { Tables } from './schema.ts'
import { noteDatabaseError } from './health.ts'

/** One advisory lock for every write: the `exclusive` of db.ts across every server process. */
const WRITE_LOCK = 1_842_207

type Cached = { db: MockDb; counter: number; refs: Snapshot }
type Scope = {
  trx: Transaction<Tables>
  loaded: MockDb | null
  base: Cached | null
  next: Cached | null
}

/**
 * The mock's DbStore over SQL, so the mock's handlers run unchanged on a real database.
 * `exclusive` is a transaction holding a Postgres advisory lock, so a read-check-write
 * (db.ts `transact`) is serialized across processes. `load` answers from memory while
 * the change counter (bumped in every write transaction) says nothing changed; another
 * process's write makes the next load read the tables again. `save` writes only the
 * records whose object changed (db.ts: records are replaced, never mutated), and a case
 * update carries its version check: `where id = $1 and version = $2`.
 */
export function sqlStore(db: Kysely<Tables>): DbStore {
  return watched(store(db))
}

/** Every database error is noted, so the request answers 503 when the database is down. */
function watched(s: DbStore): DbStore {
  const note = (error: unknown) => {
    noteDatabaseError(error)
    throw error
  }
  return {
    load: () => s.load().catch(note),
    save: (db) => s.save(db).catch(note),
    exclusive: (fn) => s.exclusive!(fn).catch(note),
  }
}

function store(db: Kysely<Tables>): DbStore {
  const scope = new AsyncLocalStorage<Scope>()
  let cached: Cached | null = null

  async function counterIn(q: Kysely<Tables>): Promise<number | null> {
    const row = await q.selectFrom('change_counter').select('counter').executeTakeFirst()
    return row ? Number(row.counter) : null
  }

  async function current(q: Kysely<Tables>): Promise<Cached | null> {
    const counter = await counterIn(q)
    if (counter === null) return null
    if (cached?.counter === counter) return cached
    const { db: loaded, refs } = await readAll(q, emptyDb())
    const fresh = { db: loaded, counter, refs }
    cached = fresh
    return fresh
  }

  return {
    async load() {
      const s = scope.getStore()
      const state = await current(s?.trx ?? db)
      if (!state) return null
      if (!s) return state.db
      // Inside a transaction: a copy of each table, so a change that is never saved (or a
      // rolled-back one) never reaches the cache other requests read.
      const copy = { ...state.db }
      for (const key of Object.keys(copy) as (keyof MockDb)[])
        if (copy[key] && typeof copy[key] === 'object' && !Array.isArray(copy[key]))
          (copy as Record<string, unknown>)[key] = { ...(copy[key] as object) }
      s.loaded = copy
      s.base = state
      return copy
    },

    async save(next) {
      const s = scope.getStore()
      // A save outside a transaction would write a database read before others wrote:
      // every write goes through db.ts `transact` (or `resetDb`), which holds the scope.
      if (!s) throw new Error('A write outside a transaction was refused.')
      const base = s.loaded && next === s.loaded ? s.base : null
      const refs = base ? await writeChanges(s.trx, base, next) : await writeAll(s.trx, next)
      const row = await s.trx
        .updateTable('change_counter')
        .set({ counter: sql`counter + 1` })
        .returning('counter')
        .executeTakeFirst()
      let counter: number
      if (row) counter = Number(row.counter)
      else {
        await s.trx.insertInto('change_counter').values({ id: 1, counter: 1 }).execute()
        counter = 1
      }
      s.next = { db: next, counter, refs }
      s.loaded = next
      s.base = s.next
    },

    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      let committed: Cached | null = null
      try {
        const out = await db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx)
          const s: Scope = { trx, loaded: null, base: null, next: null }
          const value = await scope.run(s, fn)
          committed = s.next
          return value
        })
        if (committed) cached = committed
        return out
      } catch (error) {
        cached = null
        throw error
      }
    },
  }
}
