import type { MockDb } from './store.ts'
import { sessionExpired } from './routes/base.ts'

/**
 * How long what a person leaves behind is kept. A case-entry draft or a decision draft
 * not touched for 30 days is abandoned work; an Idempotency-Key answers a client's retry,
 * which comes within seconds or minutes, so a day is ample. A PAS Bundle identifier is
 * kept: it is how a resent request finds the case it made.
 */
export const RETENTION = {
  draftDays: 30,
  idempotencyHours: 24,
} as const

/** Most drafts one person may keep at once: a limit, not a quota anyone should meet. */
export const DRAFT_LIMIT = { caseEntry: 50, decision: 200 } as const

const DAY = 86_400_000

/** Drops expired sessions, stale drafts and spent Idempotency-Keys; true when any went. */
export function purgeExpired(db: MockDb, now: number): boolean {
  const before = count(db)
  const fresh = (iso: string | undefined, ms: number) => !!iso && now - Date.parse(iso) < ms
  db.sessions = keep(db.sessions, (s) => !sessionExpired(s, now))
  db.drafts = keep(db.drafts, (d) => fresh(d.draft.updatedAt, RETENTION.draftDays * DAY))
  db.decisionDrafts = keep(db.decisionDrafts, (d) => fresh(d.updatedAt, RETENTION.draftDays * DAY))
  db.idempotency = keep(
    db.idempotency,
    (r, key) => key.includes(' pas ') || fresh(r.storedAt, (RETENTION.idempotencyHours * DAY) / 24),
  )
  return count(db) !== before
}

function keep<T>(table: Record<string, T>, test: (row: T, key: string) => boolean) {
  const kept = Object.entries(table).filter(([key, row]) => test(row, key))
  return kept.length === Object.keys(table).length ? table : Object.fromEntries(kept)
}

const count = (db: MockDb) =>
  [db.sessions, db.drafts, db.decisionDrafts, db.idempotency].reduce(
    (n, t) => n + Object.keys(t).length,
    0,
  )
