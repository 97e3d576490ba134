import type { PolicyDetail } from '../../src/api/schemas/policy.ts'
import { commit, transact, type MockDb } from '../store.ts'
import { prolotherapySclerotherapy } from './prolotherapy-sclerotherapy.ts'

/** The shipped library: real source documents only. A second policy is one more data file. */
export const shippedPolicies: readonly PolicyDetail[] = [prolotherapySclerotherapy]

/**
 * The library the service answers from: the shipped policies plus any synthetic ones a
 * test or benchmark added. Synthetic policies live in the mock database (so a reset
 * drops them and a reload keeps them); without a database, only the shipped ones.
 */
export function policyLibrary(db?: Pick<MockDb, 'syntheticPolicies'>): PolicyDetail[] {
  return [...shippedPolicies, ...(db?.syntheticPolicies ?? [])]
}

export type AddPolicyResult = { ok: true; policy: PolicyDetail } | { ok: false; reason: string }

/** Adds a policy flagged synthetic; a test helper, also behind POST /__mock/policies. */
export async function addSyntheticPolicy(policy: PolicyDetail): Promise<AddPolicyResult> {
  if (shippedPolicies.some((p) => p.id === policy.id))
    return { ok: false, reason: `A shipped policy already has the id ${policy.id}.` }
  const flagged: PolicyDetail = { ...policy, synthetic: true }
  return transact((db) => {
    db.syntheticPolicies = [...db.syntheticPolicies.filter((p) => p.id !== policy.id), flagged]
    return commit<AddPolicyResult>({ ok: true, policy: flagged })
  }, {})
}

/** The latest review date (YYYY-MM-DD), or the last revision when none is listed. */
export function lastReviewed(policy: PolicyDetail): string {
  return policy.dates.reviewed.reduce(
    (latest, r) => (r.date > latest ? r.date : latest),
    policy.dates.reviewed.length ? '' : policy.dates.lastRevisedDate,
  )
}

/** docs/product-rules.md, Policy as data: a policy whose last review is more than 12 months old is "Review overdue". */
export function reviewOverdue(policy: PolicyDetail, today: string): boolean {
  const [y, md] = [Number(today.slice(0, 4)), today.slice(4)]
  const yearAgo = `${String(y - 1).padStart(4, '0')}${md}`
  return lastReviewed(policy) < yearAgo
}
