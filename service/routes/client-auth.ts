import type { AccessEvent } from '../../src/api/schemas/access-log.ts'
import type { Recorder } from '../../src/api/schemas/case.ts'
import { actorOf } from '../cases/actor.ts'
import { requireUser } from './base.ts'
import {
  clientOf,
  invalidClientToken,
  isClientToken,
  missingScope,
  type ClientPrincipal,
} from './client-tokens.ts'

/**
 * The scopes a client system may be granted (SMART App Launch v2 syntax): the PAS guide
 * names none, so these are this service's choice. `$submit` creates Claims; `$inquire`
 * reads the ClaimResponse of a request sent earlier.
 */
export const PAS_SCOPES = {
  submit: 'system/Claim.c',
  inquire: 'system/ClaimResponse.r',
} as const
export type PasScope = (typeof PAS_SCOPES)[keyof typeof PAS_SCOPES]

/** Who is asking: a person signed in, or a client system by its token. */
export type Principal = {
  ok: true
  /** Keys what this principal owns (e.g. resends of one Bundle): a client's never meets a person's. */
  key: string
  /** As a case and its audit trail record who acted. */
  actor: Recorder
  /** As the access log records who read (a client has no role). */
  reader: AccessEvent['actor']
}

export const clientActor = (client: ClientPrincipal): Recorder => ({
  id: client.id,
  name: client.name,
  role: 'client-system',
  specialty: null,
})

/**
 * A route a client system may call with the given scope, and a person signed in may call
 * too (the app's own PAS import): a client token without the scope gets 403 naming it;
 * an unknown or expired one 401; anything else is checked as a person's session.
 */
export async function requirePrincipal(
  request: Request,
  scope: PasScope,
): Promise<Principal | { ok: false; response: Response }> {
  const bearer = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1]
  if (bearer && isClientToken(bearer)) {
    const client = await clientOf(bearer)
    if (!client) return { ok: false, response: invalidClientToken() }
    if (!client.scopes.includes(scope)) return { ok: false, response: missingScope(client, scope) }
    return {
      ok: true,
      key: `client:${client.id}`,
      actor: clientActor(client),
      reader: { id: client.id, name: client.name, role: null },
    }
  }
  const auth = await requireUser(request)
  if (!auth.ok) return auth
  const { id, name, role } = auth.user
  return { ok: true, key: id, actor: actorOf(auth.user), reader: { id, name, role } }
}
