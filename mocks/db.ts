import type { AuditEvent, CaseList, StoredCase } from '../src/api/schemas/case.ts'
import type { DecisionDraft } from '../src/api/schemas/decision-draft.ts'
import type { Draft } from '../src/api/schemas/draft.ts'
import type { PolicyDetail } from '../src/api/schemas/policy.ts'
import { rowOf, type CaseRow } from './cases/case-rows.ts'
import type { Cursor, ListQuery } from './cases/list-query.ts'
import type { FaultRule } from './fault-rules.ts'

/**
 * The mock service's database: what a real criteria service would keep server-side.
 *
 * Replace a record, never mutate it in place (`db.cases[id] = { ...c, status }`): the
 * browser store saves only the records whose object reference changed, which keeps a
 * write fast with 10,000 cases on file.
 */
export type MockDb = {
  /** Keyed by token. `expiresAt` is checked on every request (older records: 12 h from createdAt). */
  sessions: Record<string, { userId: string; createdAt: string; expiresAt?: string }>
  cases: Record<string, StoredCase>
  /** Keyed by draft id; the owner is checked on every read. */
  drafts: Record<string, { ownerId: string; draft: Draft }>
  /** Keyed by `${userId} ${caseId}`: a decision half-typed, kept for that user only. */
  decisionDrafts: Record<string, DecisionDraft>
  /** Keyed by case id; append-only, oldest first. */
  audit: Record<string, AuditEvent[]>
  /** Keyed by `${userId} ${Idempotency-Key}`: the first answer, replayed on a repeat. */
  idempotency: Record<string, IdempotencyRecord>
  /** The last case reference number given, per year of creation (plan time). */
  referenceSequence: Record<string, number>
  /** Mock-only switches, kept with the data so they survive a reload. */
  faults: FaultRule[]
  latencyMs: number | null
  /** Generated policies added for tests and benchmarks; the shipped library is in data/. */
  syntheticPolicies: PolicyDetail[]
}

export type IdempotencyRecord = {
  /** When it was kept (mocks/retention.ts drops it a day later); older records have none. */
  storedAt?: string
  bodyHash: string
  status: number
  body: unknown
  headers: Record<string, string>
}

export function emptyDb(): MockDb {
  return {
    sessions: {},
    cases: {},
    drafts: {},
    decisionDrafts: {},
    audit: {},
    idempotency: {},
    referenceSequence: {},
    faults: [],
    latencyMs: null,
    syntheticPolicies: [],
  }
}

/** Where the database lives: memory in tests, browser storage in the page. */
export interface DbStore {
  load(): Promise<MockDb | null>
  save(db: MockDb): Promise<void>
  /** Runs `fn` holding a lock every tab shares (browser store: Web Locks). */
  exclusive?<T>(fn: () => Promise<T>): Promise<T>
  /**
   * Optional: the database without `cases` and `audit`, read without reading every case
   * (the browser store keeps them in object stores of their own). Null before the first
   * seed. Without it, `readCaselessDb()` reads the whole database with `load()`.
   */
  loadCaseless?(): Promise<CaselessDb | null>
  /**
   * Optional: one page of the worklist found with the store's own indexes, reading only
   * that page's records (mocks/cases/case-rows.ts says what the filters and counts mean).
   * Called only once the database is seeded. Without it, the list handler lists from
   * `load()` in memory.
   */
  listCases?(args: CasePageArgs): Promise<CasePage>
  /**
   * Optional: every case's worklist row (what the metrics count), read without the case
   * records. Called only once the database is seeded. Without it, rows are built from
   * `load()`.
   */
  caseRows?(): Promise<Iterable<CaseRow>>
}

/** What most requests need (sessions, switches, policies): everything but the case tables. */
export type CaselessDb = Omit<MockDb, 'cases' | 'audit'>

/** A worklist request as the list handler has parsed it. */
export type CasePageArgs = { query: ListQuery; userId: string; now: Date; after: Cursor | null }

/**
 * One page with the list's total, counts and next cursor: the stored cases, or (from a
 * store whose rows carry the list's fields) the page's worklist rows alone.
 */
export type CasePage = Omit<CaseList, 'items'> &
  ({ items: StoredCase[] } | { rows: Required<Pick<CaseRow, 'summary'>>[] })

export function memoryStore(): DbStore {
  let saved: MockDb | null = null
  return {
    load: async () => saved,
    save: async (db) => {
      saved = db
    },
  }
}

let store: DbStore = memoryStore()
let seedDb: () => MockDb = emptyDb

export function configureDb(options: { store?: DbStore; seed?: () => MockDb }) {
  if (options.store) store = options.store
  if (options.seed) seedDb = options.seed
}

/** Every request reads the database afresh, so two tabs and a reload see one database. */
export async function readDb(): Promise<MockDb> {
  const db = await store.load()
  if (db) return db
  // The first request seeds, under the lock, so two tabs never seed twice.
  return exclusive(async () => {
    const again = await store.load()
    if (again) return again
    const seeded = seedDb()
    await store.save(seeded)
    return seeded
  })
}

/** For a request that reads no case: the store's cheaper read where it has one. */
export async function readCaselessDb(): Promise<CaselessDb> {
  return (await store.loadCaseless?.()) ?? readDb()
}

/** A worklist page from the store's indexes, or null when the store has none (list in memory). */
export async function readCasePage(args: CasePageArgs): Promise<CasePage | null> {
  if (!store.listCases) return null
  await readCaselessDb() // seeds the first time, as every read does
  return store.listCases(args)
}

/** Every case's worklist row: the store's own where it keeps them, else built in memory. */
export async function readCaseRows(): Promise<Iterable<CaseRow>> {
  if (!store.caseRows) return Object.values((await readDb()).cases).map(rowOf)
  await readCaselessDb() // seeds the first time, as every read does
  return store.caseRows()
}

/** A fresh seed; `keep` carries over what must outlive a reset (switches, sessions). */
export async function resetDb(
  seed: () => MockDb = seedDb,
  keep: (old: MockDb | null) => Partial<MockDb> = () => ({}),
): Promise<MockDb> {
  return exclusive(async () => {
    const db = { ...seed(), ...keep(await store.load()) }
    await store.save(db)
    return db
  })
}

/** What a transaction answers when it changed the database: `commit(value)` saves first. */
export type Committed<T> = { readonly commit: true; readonly value: T }
export const commit = <T>(value: T): Committed<T> => ({ commit: true, value })
const isCommitted = (v: unknown): v is Committed<unknown> =>
  typeof v === 'object' && v !== null && (v as { commit?: unknown }).commit === true

let tail: Promise<unknown> = Promise.resolve()

/** One at a time in this process (Node, Vitest, or one tab), and across tabs when the store can. */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const run = () => (store.exclusive ? store.exclusive(fn) : fn())
  const result = tail.then(run, run)
  tail = result.catch(() => {})
  return result
}

/**
 * A read-check-write that no other request can interleave with: it reads the database
 * inside the lock, so a check (an ETag, an Idempotency-Key, an owner) sees every earlier
 * write, and `fn` returning `commit(value)` saves before the lock is released. Read the
 * request body before calling this: nothing slow or outside the database inside `fn`.
 */
export function transact<T>(fn: (db: MockDb) => Promise<T | Committed<T>> | T | Committed<T>) {
  return exclusive(async (): Promise<T> => {
    const db = (await store.load()) ?? seedDb()
    const out = await fn(db)
    if (!isCommitted(out)) return out
    await store.save(db)
    return out.value as T
  })
}

/** Opaque ids: nothing in a URL says anything about the member or the case. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}

/** A record by key, or undefined: ids come from URLs, and '__proto__' is not a case. */
export function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
