import type { MockDb } from '../store.ts'
import { isClosed } from '../../src/domain/case-status.ts'

/**
 * How many open cases wait in a person's queue: counted by the store where it hands
 * over only some cases (the SQL store counts on an index), else from every case.
 */
export function openLoad(db: MockDb, assigneeId: string): number {
  if (db.openLoads) return db.openLoads[assigneeId] ?? 0
  let n = 0
  for (const c of Object.values(db.cases))
    if (c.assignedTo?.id === assigneeId && !isClosed(c.status)) n += 1
  return n
}
