import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importJWK, SignJWT, type JWK } from 'jose'

/**
 * Gets an access token as a provider's system would (SMART Backend Services): signs a
 * client assertion with the client's private key and posts it to the service's token
 * endpoint with grant_type=client_credentials. By default the DEMO ONLY client, whose key
 * is in the repository. Usage:
 *   npx tsx scripts/client-token.ts [http://127.0.0.1:8080] [scope ...]
 */
export const DEMO_CLIENT_ID = 'demo-pas-client'
const demoKeyFile = fileURLToPath(
  new URL('../server/auth/demo-client/DEMO-ONLY-private-key.jwk.json', import.meta.url),
)
export const demoPrivateKey = () => JSON.parse(readFileSync(demoKeyFile, 'utf8')) as JWK

export type AssertionOptions = {
  clientId?: string
  key?: JWK
  /** The token endpoint URL (aud). */
  audience: string
  /** Seconds from now (SMART: at most 300). */
  expiresIn?: number
  jti?: string
}

/** A client assertion: iss = sub = client id, aud = token URL, exp, a fresh jti, kid. */
export async function clientAssertion(o: AssertionOptions): Promise<string> {
  const jwk = o.key ?? demoPrivateKey()
  const alg = jwk.alg ?? 'ES384'
  const clientId = o.clientId ?? DEMO_CLIENT_ID
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({})
    .setProtectedHeader({ alg, kid: jwk.kid, typ: 'JWT' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(o.audience)
    .setExpirationTime(now + (o.expiresIn ?? 240))
    .setJti(o.jti ?? crypto.randomUUID())
    .sign(await importJWK(jwk, alg))
}

/** Posts an assertion to the token endpoint; answers the response as it came. */
export function requestToken(base: string, assertion: string, scope: string) {
  return fetch(`${base}/api/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  })
}

/**
 * A token for the demo client (or the client and key given): throws if refused. The
 * assertion's audience is the token endpoint the service names (SMART discovery), which
 * is its PUBLIC_URL's, whichever address `base` reaches it at.
 */
export async function clientToken(
  base: string,
  scope = 'system/Claim.c system/ClaimResponse.r',
  o: Partial<AssertionOptions> = {},
): Promise<{ access_token: string; expires_in: number; scope: string }> {
  const found = await fetch(`${base}/api/fhir/.well-known/smart-configuration`)
  if (!found.ok) throw new Error(`No SMART configuration at ${base}: ${found.status}`)
  const { token_endpoint: audience } = (await found.json()) as { token_endpoint: string }
  const assertion = await clientAssertion({ audience, ...o })
  const res = await requestToken(base, assertion, scope)
  const body = (await res.json()) as Record<string, unknown>
  if (!res.ok) throw new Error(`Token refused: ${res.status} ${JSON.stringify(body)}`)
  return body as { access_token: string; expires_in: number; scope: string }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [base = 'http://127.0.0.1:8080', ...scopes] = process.argv.slice(2)
  clientToken(base.replace(/\/$/, ''), scopes.length ? scopes.join(' ') : undefined).then(
    (token) => console.log(JSON.stringify(token, null, 2)),
    (error: unknown) => {
      console.error((error as Error).message)
      process.exit(1)
    },
  )
}
