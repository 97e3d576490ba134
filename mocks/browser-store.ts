import type { DbStore, MockDb } from './db.ts'

/**
 * The mock service's own storage in the page (never the app's): IndexedDB holds the
 * records, one per case, draft, session, trail and idempotency key, plus one 'meta'
 * record; localStorage holds a version stamp bumped on every write. Each tab keeps the
 * database in memory and reads IndexedDB again only when the stamp shows another tab
 * (or a reload) wrote, so 10,000 cases cost nothing per request. A write puts only the
 * records whose object changed (db.ts: replace, never mutate). Writes that check
 * something (db.ts `transact`) hold a Web Lock shared by every tab of the origin, and
 * read the database inside it, so two tabs can neither both win nor lose a write.
 */
const DB_NAME = 'criteria-review-mock-service'
const STORE = 'records'
const VERSION_KEY = 'criteria-review-mock-service.version'
const TABLES = ['sessions', 'cases', 'drafts', 'decisionDrafts', 'audit', 'idempotency'] as const
type Meta = Pick<MockDb, 'referenceSequence' | 'faults' | 'latencyMs' | 'syntheticPolicies'>

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error)
  })
const result = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1)
  req.onupgradeneeded = () => req.result.createObjectStore(STORE)
  return result(req)
}

function readStamp(): string | null {
  try {
    return localStorage.getItem(VERSION_KEY)
  } catch {
    return null
  }
}

function writeStamp(): string {
  const stamp = `${Date.now()}.${Math.random().toString(36).slice(2)}`
  try {
    localStorage.setItem(VERSION_KEY, stamp)
  } catch {
    // Without localStorage other tabs cannot tell; this tab still works.
  }
  return stamp
}

const LOCK = 'criteria-review-mock-service.write'

const recordKey = (table: string, id: string) => `${table}/${id}`

export function browserStore(): DbStore {
  const idb = open()
  let memory: MockDb | null = null
  let stamp: string | null = null
  /** The object last written or read for each record key: unchanged objects are skipped. */
  let saved = new Map<string, unknown>()
  let queue: Promise<void> = Promise.resolve()

  async function loadFromIdb(): Promise<MockDb | null> {
    const tx = (await idb).transaction(STORE, 'readonly')
    const store = tx.objectStore(STORE)
    const [keys, values] = await Promise.all([result(store.getAllKeys()), result(store.getAll())])
    const meta = values[keys.indexOf('meta')] as Meta | undefined
    if (!meta) return null
    const db = {
      ...meta,
      ...{ sessions: {}, cases: {}, drafts: {}, decisionDrafts: {}, audit: {}, idempotency: {} },
    }
    saved = new Map()
    keys.forEach((key, i) => {
      const [table, ...rest] = String(key).split('/')
      const id = rest.join('/')
      if (!TABLES.includes(table as (typeof TABLES)[number])) return
      ;(db[table as (typeof TABLES)[number]] as Record<string, unknown>)[id] = values[i]
      saved.set(String(key), values[i])
    })
    return db as MockDb
  }

  async function persist(db: MockDb) {
    const tx = (await idb).transaction(STORE, 'readwrite')
    const store = tx.objectStore(STORE)
    // A new database object (a reset or the first seed) replaces everything.
    if (db !== memory) {
      store.clear()
      saved = new Map()
    }
    const next = new Map<string, unknown>()
    for (const table of TABLES)
      for (const [id, record] of Object.entries(db[table])) {
        const key = recordKey(table, id)
        next.set(key, record)
        if (saved.get(key) !== record) store.put(record, key)
      }
    for (const key of saved.keys()) if (!next.has(key)) store.delete(key)
    const { referenceSequence, faults, latencyMs, syntheticPolicies } = db
    store.put({ referenceSequence, faults, latencyMs, syntheticPolicies } satisfies Meta, 'meta')
    await done(tx)
    saved = next
    memory = db
    stamp = writeStamp()
  }

  return {
    exclusive(fn) {
      // Without Web Locks (very old browsers) a tab still serializes its own writes (db.ts).
      if (typeof navigator === 'undefined' || !navigator.locks) return fn()
      return navigator.locks.request(LOCK, { mode: 'exclusive' }, fn)
    },
    async load() {
      await queue
      const current = readStamp()
      if (memory && current === stamp) return memory
      memory = await loadFromIdb()
      stamp = current
      return memory
    },
    save(db) {
      const write = queue.then(() => persist(db))
      // One failed write must not fail every later request of the tab.
      queue = write.catch((error: unknown) => console.error('Mock database write failed', error))
      return write
    },
  }
}
