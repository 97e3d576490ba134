import { createHash, randomBytes } from 'node:crypto'
import type { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose'
import type { Kysely } from 'kysely'
import {
  CLIENT_TOKEN_PREFIX,
  onClientToken,
  type ClientPrincipal,
} from '../../service/routes/client-tokens.ts'
import type { Tables } from '../db/schema.ts'
import type { OAuthClient } from './clients.ts'
import { slowDownAfterFailures } from './slow-down.ts'

export const TOKEN_PATH = '/api/oauth/token'
export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** SMART: a server validates at least one of RS384 and ES384; this one takes both. */
const ALGORITHMS = ['RS384', 'ES384']
/** SMART: an authentication JWT's exp is no more than five minutes in the future. */
const MAX_ASSERTION_SECONDS = 300
/** A client asks again when its token runs out: a stolen one is worth five minutes. */
export const TOKEN_SECONDS = 300

/** Why a client's authentication failed, for the log (never the assertion itself). */
type Refusal =
  | 'no-assertion'
  | 'not-a-jwt'
  | 'unknown-client'
  | 'client-id-mismatch'
  | 'no-kid'
  | 'jku-not-registered'
  | 'bad-signature-or-claims'
  | 'exp-too-far'
  | 'replayed-jti'

export type ClientCredentialOptions = {
  origin: () => string
  db: Kysely<Tables>
  clients: readonly OAuthClient[]
  /** Told of each refused client authentication: why, which known client, how many in a row. */
  onRefused?: (event: { reason: Refusal; client: string | null; inARow: number }) => void
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * OAuth 2.0 client credentials with `private_key_jwt` client authentication, as SMART
 * App Launch v2 Backend Services specifies: a client proves itself with a JWT signed by a
 * key registered for it (iss = sub = client_id, aud = this token endpoint, exp at most
 * five minutes on, a jti used once) and gets a short-lived opaque access token for the
 * scopes it asked for and was registered with. Tokens are kept only as hashes.
 * Routes: POST /api/oauth/token and GET /api/fhir/.well-known/smart-configuration.
 */
export function clientCredentialRoutes(app: Hono, o: ClientCredentialOptions) {
  const byId = new Map(o.clients.map((c) => [c.clientId, c]))
  const keySets = new Map<string, JWTVerifyGetKey>()
  const keysOf = (c: OAuthClient) => {
    let keys = keySets.get(c.clientId)
    if (!keys) {
      keys = c.jwksUrl
        ? createRemoteJWKSet(new URL(c.jwksUrl), { timeoutDuration: 5_000 })
        : createLocalJWKSet(c.jwks as Parameters<typeof createLocalJWKSet>[0])
      keySets.set(c.clientId, keys)
    }
    return keys
  }
  const slowDown = slowDownAfterFailures()
  const tokenUrl = () => `${o.origin()}${TOKEN_PATH}`

  onClientToken(async (token): Promise<ClientPrincipal | null> => {
    if (!token.startsWith(CLIENT_TOKEN_PREFIX) || token.length > 200) return null
    const row = await o.db
      .selectFrom('client_tokens')
      .selectAll()
      .where('token_hash', '=', hash(token))
      .where('expires_at', '>', new Date().toISOString())
      .executeTakeFirst()
    if (!row) return null
    return { id: row.client_id, name: row.client_name, scopes: row.scopes.split(' ') }
  })

  /** Checks the client's assertion: the client it proves, or why not. */
  async function authenticate(form: URLSearchParams): Promise<OAuthClient | Refusal> {
    const assertion = form.get('client_assertion') ?? ''
    if (form.get('client_assertion_type') !== ASSERTION_TYPE || !assertion) return 'no-assertion'
    let claimed: string | undefined
    let header
    try {
      claimed = decodeJwt(assertion).iss
      header = decodeProtectedHeader(assertion)
    } catch {
      return 'not-a-jwt'
    }
    const client = claimed ? byId.get(claimed) : undefined
    if (!client) return 'unknown-client'
    const given = form.get('client_id')
    if (given && given !== client.clientId) return 'client-id-mismatch'
    if (!header.kid) return 'no-kid'
    // SMART: a jku names where the keys are only if it is the URL registered for the client.
    if (header.jku !== undefined && header.jku !== client.jwksUrl) return 'jku-not-registered'
    let exp: number
    let jti: string
    try {
      const { payload } = await jwtVerify(assertion, keysOf(client), {
        algorithms: ALGORITHMS,
        issuer: client.clientId,
        subject: client.clientId,
        audience: tokenUrl(),
        requiredClaims: ['exp', 'jti'],
      })
      exp = payload.exp!
      jti = String(payload.jti)
    } catch {
      return 'bad-signature-or-claims'
    }
    const now = Math.floor(Date.now() / 1000)
    if (exp > now + MAX_ASSERTION_SECONDS) return 'exp-too-far'
    // Used once: the jti is kept until the assertion's exp, and a second use finds it.
    const kept = await o.db
      .insertInto('client_assertions')
      .values({
        client_id: client.clientId,
        jti,
        expires_at: new Date(exp * 1000).toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('jti')
      .executeTakeFirst()
    if (!kept) return 'replayed-jti'
    return client
  }

  const oauthError = (status: number, error: string, description: string) =>
    new Response(JSON.stringify({ error, error_description: description }), {
      status,
      headers: { 'Content-Type': 'application/json', Pragma: 'no-cache' },
    })

  app.post(
    TOKEN_PATH,
    bodyLimit({
      maxSize: 20_000,
      onError: () => oauthError(413, 'invalid_request', 'The request body is too large.'),
    }),
    async (c) => {
      const form = c.req.header('Content-Type')?.startsWith('application/x-www-form-urlencoded')
        ? new URLSearchParams(await c.req.text())
        : null
      if (!form)
        return oauthError(
          400,
          'invalid_request',
          'Send the token request as application/x-www-form-urlencoded.',
        )
      if (form.get('grant_type') !== 'client_credentials')
        return oauthError(400, 'unsupported_grant_type', 'Use grant_type=client_credentials.')
      const result = await authenticate(form)
      if (typeof result === 'string') {
        const known = byId.get(decodeIss(form.get('client_assertion')) ?? '')
        const inARow = await slowDown(known?.clientId ?? 'unknown client')
        o.onRefused?.({ reason: result, client: known?.clientId ?? null, inARow })
        // RFC 6749 5.2 and SMART: invalid_client, with no more said about why.
        return oauthError(401, 'invalid_client', 'Client authentication failed.')
      }
      const asked = (form.get('scope') ?? '').split(' ').filter(Boolean)
      const granted = [...new Set(asked.filter((s) => result.scopes.includes(s)))]
      if (!granted.length)
        return oauthError(
          400,
          'invalid_scope',
          `Ask for one or more of this client's scopes: ${result.scopes.join(' ')}.`,
        )
      const token = `${CLIENT_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
      const now = Date.now()
      // Spent tokens and assertions go as new ones come: neither table grows with time.
      await o.db
        .deleteFrom('client_tokens')
        .where('expires_at', '<=', new Date(now).toISOString())
        .execute()
      await o.db
        .deleteFrom('client_assertions')
        .where('expires_at', '<=', new Date(now - 60_000).toISOString())
        .execute()
      await o.db
        .insertInto('client_tokens')
        .values({
          token_hash: hash(token),
          client_id: result.clientId,
          client_name: result.name,
          scopes: granted.join(' '),
          expires_at: new Date(now + TOKEN_SECONDS * 1000).toISOString(),
        })
        .execute()
      return c.json(
        {
          access_token: token,
          token_type: 'bearer',
          expires_in: TOKEN_SECONDS,
          scope: granted.join(' '),
        },
        200,
        { Pragma: 'no-cache' },
      )
    },
  )

  // SMART discovery at the FHIR base (/api/fhir): where and how a client gets a token.
  app.get('/api/fhir/.well-known/smart-configuration', (c) =>
    c.json({
      token_endpoint: tokenUrl(),
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ALGORITHMS,
      scopes_supported: [...new Set(o.clients.flatMap((cl) => cl.scopes))],
      capabilities: ['client-confidential-asymmetric', 'permission-v2'],
    }),
  )
}

function decodeIss(assertion: string | null): string | undefined {
  try {
    return assertion ? decodeJwt(assertion).iss : undefined
  } catch {
    return undefined
  }
}
