import type { StoredCase } from '../../src/api/schemas/case.ts'
import { decidingRef } from '../../src/domain/decision-criteria.ts'
import { signInAs } from '../support/sign-in.ts'
import { decideAppeal, deniedCase, postAppeal, validAppeal } from './appeal-helpers.ts'

/**
 * A case denied by u-md-1, appealed, and decided on appeal by u-md-2 through the API:
 * upheld with the bound criterion and a member reason, or approved.
 */
export async function decidedAppeal(
  over: Record<string, unknown>,
  action: 'uphold' | 'approve',
): Promise<StoredCase> {
  const { id } = await deniedCase(over, 'u-md-1')
  const md2 = await signInAs('u-md-2')
  const appealed = await postAppeal(id, md2, validAppeal())
  if (appealed.status !== 201) throw new Error(`Appeal failed: ${appealed.status}`)
  const c = appealed.body as StoredCase
  const body =
    action === 'uphold'
      ? {
          action,
          rationale: 'The new letter adds no evidence the policy weighs.',
          criterion: decidingRef(c.determination) ?? undefined,
          memberReason: 'The letter does not change what the studies show.',
          peerToPeerOffered: true,
        }
      : { action, rationale: 'The new records change the picture.', peerToPeerOffered: false }
  const decided = await decideAppeal(id, md2, body, '"v3"')
  if (decided.status !== 200) throw new Error(`Appeal decision failed: ${decided.status}`)
  return decided.body as StoredCase
}
