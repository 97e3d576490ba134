import { problemResponse } from '../http.ts'

/**
 * A client system's access token (OAuth 2.0 client credentials, server/auth/): opaque, with
 * this prefix so a request names which kind of bearer it carries. The service itself holds
 * no client tokens: the Node host that issues them tells it how to check one
 * (`onClientToken`); without that (the in-page demo) no client token is valid.
 */
export const CLIENT_TOKEN_PREFIX = 'crc_'

/** Which client a valid token was issued to, and the scopes it was granted. */
export type ClientPrincipal = { id: string; name: string; scopes: readonly string[] }

let verify: (token: string) => Promise<ClientPrincipal | null> = async () => null

/** The host's check of a client token: null for an unknown, expired or forged one. */
export function onClientToken(check: (token: string) => Promise<ClientPrincipal | null>) {
  verify = check
}

export const isClientToken = (token: string) => token.startsWith(CLIENT_TOKEN_PREFIX)

export const clientOf = (token: string) => verify(token)

/** RFC 6750: a bearer token that is no longer (or never was) valid. */
export const invalidClientToken = () =>
  problemResponse(
    401,
    'The access token is not valid or has expired. Request a new one.',
    {},
    { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  )

/** RFC 6750: a valid token whose scopes do not cover this request. */
export const missingScope = (client: ClientPrincipal, scope: string | null) =>
  problemResponse(
    403,
    scope
      ? `This client's token lacks the scope ${scope}.`
      : `A client's token cannot be used here: this needs a person signed in. The token's scopes: ${client.scopes.join(' ') || 'none'}.`,
    scope ? { errors: { scope: [`Needs ${scope}`] } } : {},
    {
      'WWW-Authenticate': `Bearer error="insufficient_scope"${scope ? `, scope="${scope}"` : ''}`,
    },
  )

/**
 * A client's token on a route for people (every route but the PAS operations its scopes
 * allow): 403 if the token is valid, 401 if not.
 */
export async function clientOnPersonRoute(token: string): Promise<Response> {
  const client = await verify(token)
  return client ? missingScope(client, null) : invalidClientToken()
}
