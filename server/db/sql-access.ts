import type { Kysely } from 'kysely'
import type { AccessEvent } from '../../src/api/schemas/access-log.ts'
import type { AccessQuery } from '../../service/store.ts'
import type { Tables } from './schema.ts'

type Db = Kysely<Tables>
const EXPORT_MAX = 100_000

/** One insert: a read costs one row, never a read-modify-write of the case. */
export async function insertAccess(q: Db, e: AccessEvent) {
  await q
    .insertInto('access_log')
    .values({
      at: e.at,
      case_id: e.caseId,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      actor_role: e.actor.role,
      action: e.action,
      address: e.address,
    })
    .execute()
}

/** One case's reads newest first, or a range's oldest first (at most EXPORT_MAX rows). */
export async function selectAccess(q: Db, query: AccessQuery): Promise<AccessEvent[]> {
  const base = q.selectFrom('access_log').selectAll()
  const rows =
    'caseId' in query
      ? await base
          .where('case_id', '=', query.caseId)
          // On the (case_id, at desc) index: who else has the case open reads minutes only.
          .$if(!!query.since, (w) => w.where('at', '>=', query.since!))
          .orderBy('at', 'desc')
          .orderBy('id', 'desc')
          .limit(EXPORT_MAX)
          .execute()
      : await base
          .where('at', '>=', query.from)
          .where('at', '<', query.to)
          .orderBy('at')
          .orderBy('id')
          .limit(EXPORT_MAX)
          .execute()
  return rows.map((r) => ({
    at: r.at instanceof Date ? r.at.toISOString() : new Date(r.at).toISOString(),
    caseId: r.case_id,
    actor: {
      id: r.actor_id,
      name: r.actor_name,
      role: r.actor_role as AccessEvent['actor']['role'],
    },
    action: r.action as AccessEvent['action'],
    address: r.address,
  }))
}
