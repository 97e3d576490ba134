import type { AuditEvent, StoredCase } from '../src/api/schemas/case.ts'
import type { Draft } from '../src/api/schemas/draft.ts'

/** The mock service's database: what a real criteria service would keep server-side. */
export type MockDb = {
  sessions: Record<string, { userId: string; createdAt: string }>
  cases: Record<string, StoredCase>
  drafts: Record<string, { ownerId: string; draft: Draft }>
  audit: Record<string, AuditEvent[]>
  idempotency: Record<string, { userId: string; bodyHash: string; caseId: string }>
  sequence: number
}

export function emptyDb(): MockDb {
  return { sessions: {}, cases: {}, drafts: {}, audit: {}, idempotency: {}, sequence: 0 }
}

/** Where the database lives: memory in tests, browser storage in the page. */
export interface DbStore {
  load(): Promise<MockDb | null>
  save(db: MockDb): Promise<void>
}

function memoryStore(): DbStore {
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
  const seeded = seedDb()
  await store.save(seeded)
  return seeded
}

export async function writeDb(db: MockDb): Promise<void> {
  await store.save(db)
}

export async function resetDb(seed: () => MockDb = seedDb): Promise<MockDb> {
  const db = seed()
  await store.save(db)
  return db
}
