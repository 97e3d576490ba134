import { sql, type Kysely } from 'kysely'
import { RETENTION } from '../../service/retention.ts'
import type { Tables } from './schema.ts'

const DAY = 86_400_000

/**
 * service/retention.ts `purgeExpired` as deletes: expired sessions, drafts untouched for
 * `RETENTION.draftDays`, Idempotency-Keys older than `RETENTION.idempotencyHours` (a PAS
 * Bundle identifier is kept: a resent request finds its case by it). True when any went.
 */
export async function purgeSql(q: Kysely<Tables>, now: number): Promise<boolean> {
  const at = (ms: number) => new Date(now - ms).toISOString()
  const draftsBefore = at(RETENTION.draftDays * DAY)
  const results = await Promise.all([
    q.deleteFrom('sessions').where('expires_at', '<=', new Date(now).toISOString()).execute(),
    q
      .deleteFrom('drafts')
      .where(sql<string>`coalesce(body -> 'draft' ->> 'updatedAt', '')`, '<', draftsBefore)
      .execute(),
    q
      .deleteFrom('decision_drafts')
      .where(sql<string>`coalesce(body ->> 'updatedAt', '')`, '<', draftsBefore)
      .execute(),
    q
      .deleteFrom('idempotency')
      .where('key', 'not like', 'pas %')
      .where(
        sql<string>`coalesce((body ->> 'storedAt')::timestamptz, created_at)`,
        '<',
        at((RETENTION.idempotencyHours * DAY) / 24),
      )
      .execute(),
  ])
  return results.some((r) => r.some((x) => Number(x.numDeletedRows) > 0))
}
