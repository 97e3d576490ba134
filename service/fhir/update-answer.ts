import type { Recorder, StoredCase } from '../../src/api/schemas/case.ts'
import type { PasIssue } from '../../src/api/schemas/pas.ts'
import { commit, type Committed, type MockDb, type Need } from '../store.ts'
import type { Identifier, RelatedClaim } from './bundle-to-case.ts'
import { responseBundle, type Answering } from './claim-response.ts'
import { applyUpdate, earlierRequest, planUpdate } from './claim-update.ts'
import { errorResponseBundle } from './error-response.ts'
import { fhirResponse, outcomeResponse } from './operation-outcome.ts'
import type { Submission } from './submission.ts'

type Accepted = Extract<Submission, { ok: true }>

/** What `$submit` answers a PASClaimUpdate, inside its transaction (service/routes/fhir.ts). */
export async function answerUpdate(args: {
  db: MockDb
  more: (need: Need) => Promise<void>
  checked: Accepted
  related: RelatedClaim
  bundleIdentifier: Identifier
  /** The idempotency slot of the update's Bundle identifier, kept with the answer. */
  slot: string
  hash: string
  actor: Recorder
  now: Date
  /** Where the answer says the request's first case is (the route's Location). */
  locationOf: (c: StoredCase) => string
}): Promise<Response | Committed<Response>> {
  const { db, more, checked, related, actor, now } = args
  const { mapping } = checked
  const refuse = (problems: PasIssue[]) => fhirResponse(errorResponseBundle(mapping, problems, now))
  const earlier = earlierRequest(db, related.identifier, actor.id)
  if (earlier.length === 0)
    return refuse([
      {
        severity: 'error',
        expression: related.path,
        message: `No earlier request of yours with the Claim identifier ${related.identifier.value} is on file for this member: send it as a new request (without Claim.related)`,
      },
    ])
  // The trails grow with the update: read them so the store appends, never rewrites.
  await more({ audit: earlier.map((c) => c.id) })
  const planned = planUpdate(earlier, checked, related)
  if (!planned.ok) return refuse(planned.problems)
  const answering: Answering = {
    bundleIdentifier: args.bundleIdentifier,
    claimIdentifier: mapping.claimIdentifier,
    ...(mapping.echo.claimIdentifiers
      ? { claimIdentifiers: mapping.echo.claimIdentifiers as Answering['claimIdentifiers'] }
      : {}),
  }
  let cases
  try {
    const updateId = mapping.claimIdentifier?.value ?? args.bundleIdentifier.value
    cases = applyUpdate({
      ...{ db, plan: planned.plan, earlier, updateId, actor, now },
      updateIdentifier: mapping.claimIdentifier,
    })
  } catch {
    return outcomeResponse(400, [
      {
        severity: 'error',
        expression: 'Bundle.timestamp',
        message: 'The turnaround clock cannot be set for this date',
      },
    ])
  }
  const [first] = cases
  db.idempotency[args.slot] = {
    ...{ storedAt: now.toISOString(), bodyHash: args.hash, status: 200 },
    ...{ body: { caseId: first?.id, answering }, headers: {} },
  }
  const listed = mapping.issues.filter((i) => i.severity !== 'error')
  return commit(
    fhirResponse(responseBundle(cases, now, listed, answering), 200, {
      ...(first ? { Location: args.locationOf(first) } : {}),
    }),
  )
}
