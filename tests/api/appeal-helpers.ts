import { decidingRef } from '../../src/domain/decision-criteria.ts'
import type { StoredCase } from '../../src/api/schemas/case.ts'
import { commit, transact } from '../../service/store.ts'
import { signInAs, type DemoUserId } from '../support/sign-in.ts'
import { call, postCase } from './helpers.ts'

/**
 * A case denied by `denier` through the API, with the criterion the case page would
 * prefill from its own determination (the bound criterion rule).
 */
export async function deniedCase(
  over: Record<string, unknown> = {},
  denier: DemoUserId = 'u-md-1',
): Promise<{ id: string; denied: StoredCase }> {
  const reviewer = await signInAs('u-rev-1')
  const created = (await postCase(reviewer, over)).body as StoredCase
  const md = await signInAs(denier)
  const denied = await call(`/cases/${created.id}/decision`, {
    token: md,
    method: 'POST',
    headers: { 'If-Match': '"v1"' },
    json: {
      action: 'deny',
      rationale: 'The policy finds insufficient evidence for this therapy.',
      criterion: decidingRef(created.determination) ?? undefined,
      memberReason: 'Studies do not show this works better than usual care.',
      peerToPeerOffered: true,
      // The assignee decides; another director takes the case over with a reason.
      ...(created.assignedTo?.id === denier ? {} : { takeOverReason: 'Covering the queue.' }),
    },
  })
  if (denied.status !== 200) throw new Error(`Deny failed: ${denied.status} ${denied.text}`)
  return { id: created.id, denied: denied.body as StoredCase }
}

/** Moves a denial `days` into the past (the appeal must come after it), as the service stores it. */
export async function backdateDenial(id: string, days: number) {
  await transact(
    (db) => {
      const c = db.cases[id]!
      const at = new Date(Date.now() - days * 86_400_000).toISOString()
      db.cases[id] = { ...c, decisions: c.decisions.map((d) => ({ ...d, decidedAt: at })) }
      return commit(null)
    },
    { cases: [id] },
  )
}

/** A POST /cases/{id}/appeal body that passes every rule, received now. */
export function validAppeal(over: Record<string, unknown> = {}) {
  return {
    requestedBy: 'member',
    receivedAt: new Date().toISOString(),
    urgency: 'standard',
    channel: 'mail',
    reasonGiven: 'My doctor says the injections helped my knee.',
    ...over,
  }
}

export const postAppeal = (id: string, token: string, json: unknown) =>
  call(`/cases/${id}/appeal`, { token, method: 'POST', json })

export const decideAppeal = (id: string, token: string, json: unknown, etag: string | null) =>
  call(`/cases/${id}/appeal/decision`, {
    token,
    method: 'POST',
    json,
    headers: etag ? { 'If-Match': etag } : {},
  })
