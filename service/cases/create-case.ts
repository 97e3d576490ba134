import type { CaseInput } from '../../src/api/schemas/case-fields.ts'
import type {
  Actor,
  CaseSource,
  Recorder,
  Determination,
  StoredCase,
  Turnaround,
} from '../../src/api/schemas/case.ts'
import { outcomeLabels } from '../../src/api/labels.ts'
import { demoUsers } from '../data/users.ts'
import { policyLibrary } from '../data/library.ts'
import { newId, type MockDb } from '../store.ts'
import { determine } from '../engine/determination.ts'
import { computeTurnaround } from '../engine/turnaround.ts'
import { actorOf } from './actor.ts'
import { appendAudit } from './audit.ts'
import { nextCaseReference } from './case-reference.ts'
import { openLoad } from './open-loads.ts'
import { enrollmentCorrection, partiesAtEntry } from '../members/parties.ts'
import { formatPlainDate } from '../../src/domain/plain-date.ts'

const LATE_ENTRY_MS = 60 * 60_000

/** The medical director with the fewest open cases in their queue (the first on a tie). */
export function leastLoadedDirector(db: MockDb): Actor {
  const directors = demoUsers.filter((u) => u.role === 'medical-director')
  const load = new Map(directors.map((d) => [d.id, openLoad(db, d.id)]))
  const [first, ...rest] = directors
  if (!first) throw new Error('No medical director among the demo users')
  const best = rest.reduce((a, b) => ((load.get(b.id) ?? 0) < (load.get(a.id) ?? 0) ? b : a), first)
  return actorOf(best)
}

export type CreateCaseArgs = {
  db: MockDb
  input: CaseInput
  /** Who entered it: a person, or a client system sending PAS requests. */
  actor: Recorder
  now: Date
  synthetic?: boolean
  /** Set when the case came in as a Da Vinci PAS Bundle, so its answer can be rebuilt. */
  source?: CaseSource
  /** Seeding many cases reuses what it has already computed for the same inputs. */
  reuse?: { determination?: Determination; turnaround?: Turnaround; assignTo?: Actor }
}

/**
 * Makes a case as the criteria API would: the engine proposes the outcome, the
 * turnaround rules set the due time. Every case starts "Pending medical director
 * review"; a criteria-met case goes to no director's queue, because a utilization
 * reviewer may approve it (docs/product-rules.md, Case status: a reviewer may approve what met the criteria).
 * Throws only if the turnaround rules cannot place the received date (a validated
 * input never does this for dates the holiday data covers).
 */
export function createCase(args: CreateCaseArgs) {
  const { db, input, actor, now, synthetic = false, reuse, source } = args
  const id = newId('case')
  const madeAt = now.toISOString()
  const determination =
    reuse?.determination ?? determine({ input, library: policyLibrary(db), now, id: newId('det') })
  const turnaround = reuse?.turnaround ?? computeTurnaround(input)
  const parties = partiesAtEntry(db, input)
  const stored: StoredCase = {
    id,
    reference: nextCaseReference(db, now),
    version: 1,
    createdAt: madeAt,
    createdBy: actor,
    input,
    status: 'pending-md-review',
    determination,
    turnaround,
    decisions: [],
    assignedTo:
      determination.outcome === 'criteria-met'
        ? null
        : (reuse?.assignTo ?? leastLoadedDirector(db)),
    synthetic,
    ...(source ? { source } : {}),
    parties,
  }
  db.cases[id] = stored
  // Counted loads (a store that read only some cases) follow this transaction's own creates.
  if (db.openLoads && stored.assignedTo)
    db.openLoads[stored.assignedTo.id] = (db.openLoads[stored.assignedTo.id] ?? 0) + 1
  appendAudit(db, id, {
    at: madeAt,
    actor,
    action: 'case-created',
    summary: `Case created by ${actor.name}`,
  })
  appendAudit(db, id, {
    at: madeAt,
    actor,
    action: 'determination-proposed',
    // The criteria hash stays in the determination's record (which text decided); the
    // trail is read by people, so it names the policy version as they know it.
    summary: `Proposed outcome for service code ${input.serviceCode}: ${outcomeLabels[determination.outcome]}${determination.policy ? ` (${determination.policy.title}, last reviewed ${formatPlainDate(determination.policy.lastReviewed)})` : ''}`,
  })
  const corrected = enrollmentCorrection(parties, input)
  if (corrected)
    appendAudit(db, id, { at: madeAt, actor, action: 'enrollment-corrected', ...corrected })
  if (new Date(input.requestReceivedAt).getTime() < now.getTime() - LATE_ENTRY_MS)
    appendAudit(db, id, {
      at: madeAt,
      actor,
      action: 'request-backdated',
      summary: `Request received ${input.requestReceivedAt}, entered more than an hour later`,
      reason: input.backdateReason ?? null,
    })
  return stored
}
