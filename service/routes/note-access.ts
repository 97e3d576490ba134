import type { AccessAction, AccessEvent } from '../../src/api/schemas/access-log.ts'
import { recordAccess } from '../store.ts'

/**
 * The address the Node host saw the request come from (server/app.ts sets it and drops
 * any a client sent); in the page there is no network between the app and the service.
 */
export const CLIENT_ADDRESS_HEADER = 'X-Criteria-Client-Address'
const addressOf = (request: Request) =>
  request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'this browser (demo)'

/** Notes who read what of which cases, when and from where (HIPAA 45 CFR 164.312(b)). */
export async function noteAccess(
  request: Request,
  /** A person (their role), or a client system (no role). */
  user: AccessEvent['actor'],
  action: AccessAction,
  caseIds: readonly string[],
) {
  const at = new Date().toISOString()
  const actor = { id: user.id, name: user.name, role: user.role }
  for (const caseId of new Set(caseIds))
    await recordAccess({ at, caseId, actor, action, address: addressOf(request) })
}
