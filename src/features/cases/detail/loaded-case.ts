import type { StoredCase } from '../../../api/schemas/case.ts'

/** A case as `caseQueries.detail` returns it: the record and the version it was read at. */
export type LoadedCase = StoredCase & { etag: string }

/** What the status rule (src/domain/case-status.ts) reads of a stored case: its two clocks. */
export const caseDue = (c: StoredCase) => ({
  status: c.status,
  dueAt: c.turnaround.dueAt,
  appealDueAt: c.appeal?.clock.dueAt ?? null,
})
