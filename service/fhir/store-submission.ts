import type { CaseSource, Recorder, StoredCase } from '../../src/api/schemas/case.ts'
import { createCase } from '../cases/create-case.ts'
import { computeTurnaround } from '../engine/turnaround.ts'
import type { MockDb } from '../store.ts'
import type { Identifier } from './bundle-to-case.ts'
import type { Submission } from './submission.ts'

type Accepted = Extract<Submission, { ok: true }>

/**
 * Opens one case per reviewed item of an accepted PAS request, each with its own
 * determination and clock, all sharing the request's id so one answer covers them.
 * Throws before writing anything if a turnaround clock cannot be set: every clock is
 * computed first, so a request is never half-stored.
 */
export function createPasCases(args: {
  db: MockDb
  checked: Accepted
  bundleIdentifier: Identifier
  actor: Recorder
  now: Date
}): StoredCase[] {
  const { db, checked, bundleIdentifier, actor, now } = args
  const requestId = crypto.randomUUID()
  const cancelledItems = checked.cancelled.map((i) => i.sequence)
  const turnarounds = checked.reviews.map(({ input }) => computeTurnaround(input))
  return checked.reviews.map(({ input, item }, i) => {
    const source: CaseSource = {
      kind: 'pas',
      bundleIdentifier,
      claimIdentifier: checked.mapping.claimIdentifier,
      requestId,
      itemSequence: item.sequence,
      ...(cancelledItems.length > 0 ? { cancelledItems } : {}),
      echo: checked.mapping.echo,
    }
    return createCase({ db, input, actor, now, source, reuse: { turnaround: turnarounds[i] } })
  })
}

/** Every case of the request `c` belongs to, in item order (a case from before items: itself). */
export function requestCases(db: MockDb, c: StoredCase): StoredCase[] {
  const id = c.source?.requestId
  if (!id) return [c]
  return Object.values(db.cases)
    .filter((x) => x.source?.requestId === id)
    .sort((a, b) => (a.source?.itemSequence ?? 0) - (b.source?.itemSequence ?? 0))
}
