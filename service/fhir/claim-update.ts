import { caseStatusLabels, outcomeLabels } from '../../src/api/labels.ts'
import type { CaseSource, Recorder, StoredCase } from '../../src/api/schemas/case.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import { hasFinalDecision } from '../../src/domain/case-status.ts'
import { appendAudit } from '../cases/audit.ts'
import { createCase, leastLoadedDirector } from '../cases/create-case.ts'
import { policyLibrary } from '../data/library.ts'
import { determine } from '../engine/determination.ts'
import { computeTurnaround } from '../engine/turnaround.ts'
import { newId, type MockDb } from '../store.ts'
import type { Identifier, RelatedClaim } from './bundle-to-case.ts'
import { requestCases } from './store-submission.ts'
import type { ItemReview, Submission } from './submission.ts'

type Accepted = Extract<Submission, { ok: true }>

const sameIdentifier = (a: Identifier | null | undefined, b: Identifier) =>
  !!a && a.value === b.value && (a.system ?? '') === (b.system ?? '')

/**
 * The earlier request an update names: the PAS cases whose Claim identifier is the one
 * `Claim.related.claim` carries, sent by the same submitter (one provider system never
 * changes another's request). `db` holds the member's cases (`Need.casesOfMembers`):
 * the update's Patient is the earlier request's. The newest request with that
 * identifier, if a submitter reused one.
 */
export function earlierRequest(db: MockDb, related: Identifier, submitterId: string) {
  const matches = Object.values(db.cases)
    .filter(
      (c) => c.createdBy.id === submitterId && sameIdentifier(c.source?.claimIdentifier, related),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return matches[0] ? requestCases(db, matches[0]) : []
}

type Change = { c: StoredCase; review: ItemReview; changes: string[] }
export type UpdatePlan = {
  cancel: StoredCase[]
  change: Change[]
  add: ItemReview[]
  /** Items the update cancels that no case reviews (never reviewed). */
  cancelledUnreviewed: number[]
}

/**
 * What an update does to the earlier request's reviews, or why it is refused. Each item
 * is matched to its review by `sequence` (the guide keeps sequences across updates):
 * cancelled (infoCancelledFlag, or the whole request by certificationType 3) withdraws
 * its review; flagged `changed` changes it (service code, date of service); a new
 * sequence opens a review; an item not flagged, or not sent, stays as it was. A review
 * already decided is neither cancelled nor changed: the guide does not let a denial be
 * updated ("a new request must be initiated"), and a decision stands as made, so the
 * update is refused with the reason, per item.
 */
export function planUpdate(
  earlier: StoredCase[],
  checked: Accepted,
  related: RelatedClaim,
): { ok: true; plan: UpdatePlan } | { ok: false; problems: PasIssue[] } {
  const plan: UpdatePlan = { cancel: [], change: [], add: [], cancelledUnreviewed: [] }
  const problems: PasIssue[] = []
  const refuse = (expression: string, message: string) =>
    problems.push({ severity: 'error', expression, message })
  const decided = (c: StoredCase, path: string, what: string) =>
    refuse(
      path,
      `Item ${c.source?.itemSequence ?? 1} (${c.reference}) is already decided (${caseStatusLabels[c.status]}): an update cannot ${what} it; send a new request`,
    )
  const items = related.cancelAll
    ? earlier.map((c) => ({
        sequence: c.source?.itemSequence ?? 1,
        path: related.path,
        cancelled: true,
      }))
    : checked.mapping.items
  // A whole request cancelled is said by the Claim's certificationType extension; an item
  // cancelled, by the item's own modifierExtension.
  const cancelledAt = (path: string) =>
    related.cancelAll ? (related.cancelPath ?? path) : `${path}.modifierExtension`
  for (const item of items) {
    const c = earlier.find((x) => (x.source?.itemSequence ?? 1) === item.sequence)
    const review = checked.reviews.find((r) => r.item.sequence === item.sequence)
    if (item.cancelled) {
      if (!c) plan.cancelledUnreviewed.push(item.sequence)
      else if (c.status === 'withdrawn') continue
      else if (hasFinalDecision(c.status)) decided(c, cancelledAt(item.path), 'cancel')
      else plan.cancel.push(c)
      continue
    }
    if (!review) continue
    if (!c) {
      plan.add.push(review)
      continue
    }
    if (c.status === 'withdrawn') {
      refuse(
        item.path,
        `Item ${item.sequence} was cancelled by an earlier update (${c.reference}): send it again as a new item, with a new sequence`,
      )
      continue
    }
    if (!('changed' in item) || item.changed !== 'changed') continue
    if (hasFinalDecision(c.status)) {
      decided(c, item.path, 'change')
      continue
    }
    plan.change.push({ c, review, changes: changesOf(c, review) })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan }
}

/** What an update changes of what this service reads, before → after. */
function changesOf(c: StoredCase, { input, item }: ItemReview): string[] {
  const changes: string[] = []
  if (input.serviceCode !== c.input.serviceCode)
    changes.push(`service code ${c.input.serviceCode} → ${input.serviceCode}`)
  // An item without its own date took the day it was received: not a change.
  if (item.dateOfService && item.dateOfService !== c.input.dateOfService)
    changes.push(`date of service ${c.input.dateOfService} → ${item.dateOfService}`)
  return changes
}

/**
 * Applies a planned update inside the caller's transaction: each change goes on the
 * review's audit trail in words (before → after). A withdrawn review leaves every queue.
 * A changed review keeps its turnaround clock (its request was received when it was);
 * a changed service code is judged again by the criteria. Throws before writing if an
 * added item's clock cannot be set.
 */
export function applyUpdate(args: {
  db: MockDb
  plan: UpdatePlan
  earlier: StoredCase[]
  updateId: string
  /** The update's own Claim identifier, noted on the request so `$inquire` finds it by it. */
  updateIdentifier?: { system?: string; value: string } | null
  actor: Recorder
  now: Date
}): StoredCase[] {
  const { db, plan, earlier, updateId, updateIdentifier, actor, now } = args
  const at = now.toISOString()
  const turnarounds = plan.add.map(({ input }) => computeTurnaround(input))
  const [first] = earlier
  if (!first?.source) throw new Error('An update needs the earlier request')
  const noted = (s: CaseSource): CaseSource => {
    const known = s.updateIdentifiers ?? []
    const id = updateIdentifier
    if (!id || known.some((u) => u.value === id.value && u.system === id.system)) return s
    return { ...s, updateIdentifiers: [...known, id] }
  }
  const put = (c: StoredCase) =>
    (db.cases[c.id] = {
      ...c,
      ...(c.source ? { source: noted(c.source) } : {}),
      version: c.version + 1,
    })
  for (const c of plan.cancel) {
    if (db.openLoads && c.assignedTo)
      db.openLoads[c.assignedTo.id] = Math.max(0, (db.openLoads[c.assignedTo.id] ?? 0) - 1)
    put({ ...c, status: 'withdrawn', assignedTo: null })
    appendAudit(db, c.id, {
      at,
      actor,
      action: 'request-item-cancelled',
      summary: `Item ${c.source?.itemSequence ?? 1} (service code ${c.input.serviceCode}) cancelled by the provider’s update ${updateId}: withdrawn before a decision (${caseStatusLabels[c.status]} → ${caseStatusLabels.withdrawn})`,
    })
  }
  for (const { c, review, changes } of plan.change) {
    const sequence = c.source?.itemSequence ?? 1
    const input = {
      ...c.input,
      serviceCode: review.input.serviceCode,
      ...(review.item.dateOfService ? { dateOfService: review.item.dateOfService } : {}),
    }
    const recheck = input.serviceCode !== c.input.serviceCode
    const determination = recheck
      ? determine({ input, library: policyLibrary(db), now, id: newId('det') })
      : c.determination
    // Criteria no longer met: a medical director must now decide it.
    const assignedTo =
      c.assignedTo ?? (determination.outcome === 'criteria-met' ? null : leastLoadedDirector(db))
    if (db.openLoads && assignedTo && !c.assignedTo)
      db.openLoads[assignedTo.id] = (db.openLoads[assignedTo.id] ?? 0) + 1
    put({ ...c, input, determination, assignedTo })
    appendAudit(db, c.id, {
      at,
      actor,
      action: 'request-item-changed',
      summary:
        changes.length > 0
          ? `Item ${sequence} changed by the provider’s update ${updateId}: ${changes.join('; ')}`
          : `Item ${sequence} flagged changed by the provider’s update ${updateId}; its service code and date of service are as before (the other elements are not used by this service)`,
    })
    if (recheck)
      appendAudit(db, c.id, {
        at,
        actor,
        action: 'determination-proposed',
        summary: `Proposed outcome for service code ${input.serviceCode}: ${outcomeLabels[determination.outcome]}${determination.policy ? ` (${determination.policy.title})` : ''}`,
      })
  }
  const source = noted(first.source)
  plan.add.forEach(({ input, item }, i) =>
    createCase({
      ...{ db, input, actor, now },
      source: { ...source, itemSequence: item.sequence },
      reuse: { turnaround: turnarounds[i] },
    }),
  )
  if (plan.cancelledUnreviewed.length > 0) {
    const cancelledItems = [
      ...new Set([...(source.cancelledItems ?? []), ...plan.cancelledUnreviewed]),
    ]
    for (const c of requestCases(db, first))
      if (c.source) put({ ...c, source: { ...c.source, cancelledItems } })
  } else if (plan.cancel.length + plan.change.length + plan.add.length === 0) {
    // Nothing to change, yet the provider now knows the request by the update's Claim
    // identifier: noted, or `$inquire` by it would answer that no such request exists.
    for (const c of requestCases(db, first)) {
      if (!c.source || noted(c.source) === c.source) continue
      put(c)
      appendAudit(db, c.id, {
        at,
        actor,
        action: 'request-update-received',
        summary: `The provider’s update ${updateId} cancelled, changed and added no item: item ${c.source.itemSequence ?? 1} stands as it was`,
      })
    }
  }
  return requestCases(db, first)
}
