import type { AccessEvent } from '../src/api/schemas/access-log.ts'
import type { AuditEvent, CaseList, StoredCase } from '../src/api/schemas/case.ts'
import type { IssuedLetter } from '../src/api/schemas/letter.ts'
import type { MemberRecord, ProviderRecord } from '../src/api/schemas/member.ts'
import type { DecisionDraft } from '../src/api/schemas/decision-draft.ts'
import type { Draft } from '../src/api/schemas/draft.ts'
import type { PolicyDetail } from '../src/api/schemas/policy.ts'
import type { User } from '../src/api/schemas/user.ts'
import { rowOf, type CaseRow } from './cases/case-rows.ts'
import type { Cursor, ListQuery } from './cases/list-query.ts'
import { tallyRows, type MetricsFilter, type MetricsTally } from './engine/metrics-tally.ts'

/**
 * The mock service's database: what a real criteria service would keep server-side.
 *
 * Replace a record, never mutate it in place (`db.cases[id] = { ...c, status }`): the
 * browser store saves only the records whose object reference changed, which keeps a
 * write fast with 10,000 cases on file.
 */
export type MockDb = {
  /** Keyed by token. `expiresAt` is checked on every request (older records: 12 h from createdAt). */
  sessions: Record<string, SessionRecord>
  cases: Record<string, StoredCase>
  /** Keyed by draft id; the owner is checked on every read. */
  drafts: Record<string, { ownerId: string; draft: Draft }>
  /** Keyed by `${userId} ${caseId}`: a decision half-typed, kept for that user only. */
  decisionDrafts: Record<string, DecisionDraft>
  /** Keyed by case id; append-only, oldest first. */
  audit: Record<string, AuditEvent[]>
  /**
   * The letters each decision issued, keyed by case id, oldest first: append-only, each
   * kept exactly as issued (service/letters/issue.ts).
   */
  letters: Record<string, IssuedLetter[]>
  /** Keyed by `${userId} ${Idempotency-Key}`: the first answer, replayed on a repeat. */
  idempotency: Record<string, IdempotencyRecord>
  /** The last case reference number given, per year of creation (plan time). */
  referenceSequence: Record<string, number>
  /** The page wrapper's fault switches (mocks/fault-rules.ts), kept with the data so they survive a reload; the service never reads them. */
  faults: readonly Record<string, unknown>[]
  latencyMs: number | null
  /** Generated policies added for tests and benchmarks; the shipped library is in data/. */
  syntheticPolicies: PolicyDetail[]
  /** Enrollment records by member ID (service/members/, docs/service.md Members and providers). */
  members: Record<string, MemberRecord>
  /** Provider directory entries by NPI. */
  providers: Record<string, ProviderRecord>
  /**
   * Open cases per assignee, counted by a store that hands over only some cases
   * (`Need.openLoads`); without it, they are counted from `cases` (service/cases/open-loads.ts).
   */
  openLoads?: Record<string, number>
}

export type SessionRecord = {
  userId: string
  createdAt: string
  expiresAt?: string
  /** When a request last used it (the idle limit); older records have none. */
  lastSeenAt?: string
  /**
   * Who it belongs to, as the store's users table has them (someone the identity
   * provider signed in); without it, the demo user of that id.
   */
  user?: User
}

export type IdempotencyRecord = {
  /** When it was kept (service/retention.ts drops it a day later); older records have none. */
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
    letters: {},
    idempotency: {},
    referenceSequence: {},
    faults: [],
    latencyMs: null,
    syntheticPolicies: [],
    members: {},
    providers: {},
  }
}

/**
 * What one request reads, named record by record: a store with indexes (the SQL store)
 * reads only these, so no request reads a whole table. A store without `loadSome` (memory,
 * browser) hands over its whole database instead, which holds every record named here.
 */
export type Need = {
  /** Sessions by token. */
  sessions?: string[]
  /** Every session of one user (the session cap). */
  sessionsOf?: string
  cases?: string[]
  /** Every case of these members (related cases, a PAS request's items, `$inquire`). */
  casesOfMembers?: string[]
  /** Audit trails by case id. */
  audit?: string[]
  /** Issued letters by case id. */
  letters?: string[]
  drafts?: string[]
  /** Every case-entry draft of one user (their list, the draft limit). */
  draftsOf?: string
  /** Decision drafts by `${userId} ${caseId}`. */
  decisionDrafts?: string[]
  /** Every decision draft of one user (the draft limit). */
  decisionDraftsOf?: string
  /** Idempotency records by `${userId} ${key}`. */
  idempotency?: string[]
  /**
   * The transaction may create cases: the reference sequence is locked (so two creates
   * never take one number) and each director's open-case count is read into `openLoads`.
   */
  newCases?: boolean
  /** Enrollment records by member ID (a lookup, a case's creation). */
  members?: string[]
  /** Provider directory entries by NPI. */
  providers?: string[]
  /** Each medical director's open-case count, for choosing an appeal's reviewer. */
  openLoads?: boolean
  /**
   * False: the request reads none of the small switches (faults, latency, synthetic
   * policies, reference sequence), and its save leaves them as they are. A session check
   * or a case read needs none of them; anything that looks at the policy library does.
   */
  switches?: boolean
}

/** Where the database lives: memory in tests, browser storage in the page. */
export interface DbStore {
  load(): Promise<MockDb | null>
  /**
   * Optional: only the records `need` names (with the small switches: faults, latency,
   * synthetic policies, reference sequence), null before the first seed. Inside
   * `exclusive`, a second call adds to the first call's database, and the records read
   * are locked until the transaction ends. Stores with it run transactions in parallel
   * (no lock in this process) and may retry one that lost a race: `fn` must be pure.
   */
  loadSome?(need: Need): Promise<MockDb | null>
  /** Optional: drops expired sessions, stale drafts, spent keys in place; true when any went. */
  purge?(now: number): Promise<boolean>
  /** Optional: appends one access event (SQL: one insert). Without it: this process's memory. */
  recordAccess?(event: AccessEvent): Promise<void>
  /** Optional: one case's access events, newest first, or a time range's, oldest first. */
  accessEvents?(query: AccessQuery): Promise<AccessEvent[]>
  /**
   * Optional: a value that differs after any case changed, in any process or tab sharing
   * the store (SQL: a sequence; the page: a stamp every tab reads). Without it, a count of
   * this process's writes (service/live/changes.ts).
   */
  changeMarker?(): Promise<string>
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
   * that page's records (service/cases/case-rows.ts says what the filters and counts mean).
   * Called only once the database is seeded. Without it, the list handler lists from
   * `load()` in memory.
   */
  listCases?(args: CasePageArgs): Promise<CasePage>
  /**
   * Optional: every case's worklist row (what the metrics count), read without the case
   * records. Called only once the database is seeded. Without it, rows are built from
   * `load()`.
   */
  caseRows?(filter: RowFilter): Promise<Iterable<CaseRow>>
  /**
   * Optional: the metrics' counts and sums (service/engine/metrics-tally.ts) from the
   * store's own aggregates, with no case read. Called only once the database is seeded.
   * Without it, they are counted from the worklist rows (`caseRows`, else `load()`).
   */
  metricsTally?(filter: MetricsFilter): Promise<MetricsTally>
  /**
   * Optional: the code sets a plan loaded (server/migrations/0008). Without it (the page,
   * the tests' memory store) the code check answers from the shipped sample.
   */
  codeSets?: CodeSetStore
}

/** A loaded code set: which system and version, from what, and whether only a sample. */
export type CodeSetVersion = { system: string; version: string; source: string; sample: boolean }
export type CodeSetRow = {
  code: string
  billable: boolean
  shortDescription: string
  longDescription: string
}
export interface CodeSetStore {
  versions(system: string): Promise<CodeSetVersion[]>
  /** The rows of `codes` in one version (codes absent from it are absent here). */
  lookup(system: string, version: string, codes: readonly string[]): Promise<CodeSetRow[]>
}

/** The store's code sets, or null where it keeps none. */
export const storedCodeSets = (): CodeSetStore | null => store.codeSets ?? null

/** What most requests need (sessions, switches, policies): everything but the case tables. */
export type CaselessDb = Omit<MockDb, 'cases' | 'audit' | 'letters'>

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

/**
 * Every request reads the database afresh, so two tabs, a reload and a second process
 * see one database. `need` names what the request reads (see `Need`); without it, all.
 */
export async function readDb(need?: Need): Promise<MockDb> {
  const read = () => (need && store.loadSome ? store.loadSome(need) : store.load())
  const db = await read()
  if (db) return db
  // The first request seeds, under the lock, so two tabs never seed twice.
  return exclusive(async () => {
    const again = await read()
    if (again) return again
    const seeded = seedDb()
    await store.save(seeded)
    return seeded
  })
}

/** For a request that reads no case: the store's cheaper read where it has one. */
export async function readCaselessDb(need: Need = {}): Promise<CaselessDb> {
  if (store.loadSome) return readDb(need)
  return (await store.loadCaseless?.()) ?? readDb()
}

/** A worklist page from the store's indexes, or null when the store has none (list in memory). */
export async function readCasePage(args: CasePageArgs): Promise<CasePage | null> {
  if (!store.listCases) return null
  await readCaselessDb({ switches: false }) // seeds the first time, as every read does
  return store.listCases(args)
}

/**
 * What the metrics read: at least the rows of the cases first decided in `decidedYear`
 * (a store with indexes reads only those; the others may hand over every row).
 */
export type RowFilter = { decidedYear: number }

/** Worklist rows: the store's own where it keeps them, else built in memory. */
export async function readCaseRows(filter: RowFilter): Promise<Iterable<CaseRow>> {
  if (!store.caseRows) return Object.values((await readDb()).cases).map(rowOf)
  await readCaselessDb({ switches: false }) // seeds the first time, as every read does
  return store.caseRows(filter)
}

/** The metrics' tally: the store's aggregates where it has them, else counted from the rows. */
export async function readMetricsTally(filter: MetricsFilter): Promise<MetricsTally> {
  if (!store.metricsTally)
    return tallyRows(await readCaseRows({ decidedYear: filter.year }), filter)
  await readCaselessDb() // seeds the first time, as every read does
  return store.metricsTally(filter)
}

/** A fresh seed; `keep` carries over what must outlive a reset (switches, sessions). */
export async function resetDb(
  seed: () => MockDb = seedDb,
  /** What to carry over from the database before (read whole only when it is asked). */
  keep?: (old: MockDb | null) => Partial<MockDb>,
): Promise<MockDb> {
  accessKept = []
  return exclusive(async () => {
    const db = { ...seed(), ...(keep ? keep(await store.load()) : {}) }
    await store.save(db)
    localWrites++
    afterWrite()
    return db
  })
}

/** One case's reads (from `since` on), or every read in [from, to): what the access log is asked. */
export type AccessQuery = { caseId: string; since?: string } | { from: string; to: string }

/**
 * The access log where the store keeps none (the demo in the page, the mock in tests):
 * this process's memory, the newest ACCESS_KEPT events. A reset clears it.
 */
const ACCESS_KEPT = 10_000
let accessKept: AccessEvent[] = []

export async function recordAccess(event: AccessEvent): Promise<void> {
  if (store.recordAccess) return store.recordAccess(event)
  accessKept.push(event)
  if (accessKept.length > ACCESS_KEPT) accessKept = accessKept.slice(-ACCESS_KEPT)
}

export async function readAccess(query: AccessQuery): Promise<AccessEvent[]> {
  if (store.accessEvents) return store.accessEvents(query)
  if ('caseId' in query)
    return accessKept
      .filter((e) => e.caseId === query.caseId && (!query.since || e.at >= query.since))
      .reverse()
  return accessKept.filter((e) => e.at >= query.from && e.at < query.to)
}

/** What a transaction answers when it changed the database: `commit(value)` saves first. */
export type Committed<T> = { readonly commit: true; readonly value: T }
export const commit = <T>(value: T): Committed<T> => ({ commit: true, value })
const isCommitted = (v: unknown): v is Committed<unknown> =>
  typeof v === 'object' && v !== null && (v as { commit?: unknown }).commit === true

let tail: Promise<unknown> = Promise.resolve()

/**
 * One at a time in this process (Node, Vitest, or one tab), and across tabs when the
 * store can. A store that locks record by record (`loadSome`) runs its transactions
 * side by side: only those that touch the same records wait for each other.
 */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  if (store.loadSome && store.exclusive) return store.exclusive(fn)
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
export async function transact<T>(
  fn: (db: MockDb, more: ReadMore) => Promise<T | Committed<T>> | T | Committed<T>,
  need?: Need,
): Promise<T> {
  let saved = false
  const value = await exclusive(async (): Promise<T> => {
    const some = need && store.loadSome?.bind(store)
    const db = (some ? await some(need) : await store.load()) ?? seedDb()
    const more: ReadMore = async (n) => {
      if (some) await some(n)
    }
    const out = await fn(db, more)
    if (!isCommitted(out)) return out
    await store.save(db)
    saved = true
    return out.value as T
  })
  // Only once the transaction has committed: whoever looks then finds the write.
  if (saved) {
    localWrites++
    afterWrite()
  }
  return value
}

let localWrites = 0
let afterWrite = () => {}

/** Called after every write this process commits: the live events look at once (service/live/). */
export function onLocalWrite(fn: () => void) {
  afterWrite = fn
}

/**
 * What GET /api/events watches: the store's marker, or (a store without one: memory in
 * tests) this process's count of writes, which changes more often than cases do.
 */
export async function readChangeMarker(): Promise<string> {
  return store.changeMarker ? store.changeMarker() : `local.${localWrites}`
}

/**
 * Inside a transaction: adds the records `need` names to its database (found only after
 * a first read, e.g. a case named by an idempotency record). A no-op on a store that
 * handed over everything.
 */
export type ReadMore = (need: Need) => Promise<void>

/** Drops what retention says has expired (service/retention.ts), in the store where it can. */
export async function purgeStale(
  now: number,
  purgeExpired: (db: MockDb, now: number) => boolean,
): Promise<boolean> {
  if (store.purge) return store.purge(now)
  return transact((db) => (purgeExpired(db, now) ? commit(true) : false))
}

/** Opaque ids: nothing in a URL says anything about the member or the case. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}

/** A record by key, or undefined: ids come from URLs, and '__proto__' is not a case. */
export function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
