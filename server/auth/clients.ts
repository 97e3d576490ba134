import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as z from 'zod/mini'
import { PAS_SCOPES } from '../../service/routes/client-auth.ts'

/** A client system allowed to ask for tokens: its public keys and the scopes it may get. */
export type OAuthClient = {
  clientId: string
  name: string
  scopes: readonly string[]
  /** Its public keys, given at registration (SMART: allowed, a JWKS URL is preferred)... */
  jwks?: { keys: Record<string, unknown>[] }
  /** ...or where it publishes them (https). */
  jwksUrl?: string
}

const knownScopes = z.enum(Object.values(PAS_SCOPES))
// SMART: each key names its kid and kty; only public keys belong in a registration.
const publicJwk = z
  .looseObject({ kty: z.enum(['RSA', 'EC']), kid: z.string().check(z.minLength(1)) })
  .check(
    z.refine((k) => !('d' in k), {
      message: 'holds a private key: register only the public key',
    }),
  )
const registration = z
  .object({
    client_id: z.string().check(z.regex(/^[\w.-]{1,100}$/)),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    scopes: z.array(knownScopes).check(z.minLength(1)),
    jwks: z.optional(z.object({ keys: z.array(publicJwk).check(z.minLength(1)) })),
    jwks_url: z.optional(z.url({ protocol: /^https$/ })),
  })
  .check(
    z.refine((c) => !!c.jwks !== !!c.jwks_url, {
      message: 'give either jwks or jwks_url, not both',
    }),
  )
const registrations = z.array(registration)

const demoFolder = fileURLToPath(new URL('./demo-client/', import.meta.url))

/**
 * DEMO ONLY: a provider's system for trying PAS with a client token. Its private key is in
 * the repository (server/auth/demo-client/), so anyone can act as it: it is registered only
 * by the embedded default, never when the service signs people in through a plan's
 * identity provider.
 */
export const DEMO_CLIENT: OAuthClient = {
  clientId: 'demo-pas-client',
  name: 'Demo provider system (DEMO ONLY)',
  scopes: [PAS_SCOPES.submit, PAS_SCOPES.inquire],
  jwks: JSON.parse(readFileSync(`${demoFolder}jwks.json`, 'utf8')) as OAuthClient['jwks'],
}

export const DEMO_CLIENT_PRIVATE_KEY_FILE = `${demoFolder}DEMO-ONLY-private-key.jwk.json`

/**
 * The client systems: those in OAUTH_CLIENTS_FILE (a JSON array of { client_id, name,
 * scopes, jwks | jwks_url }), or without it the demo client when the embedded identity
 * provider is in use, else none. A file that cannot be read or is not valid stops the
 * start with its reason.
 */
export function clientsFromEnv(
  embedded: boolean,
  env: NodeJS.ProcessEnv = process.env,
): OAuthClient[] {
  const file = env.OAUTH_CLIENTS_FILE?.trim()
  if (!file) return embedded ? [DEMO_CLIENT] : []
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`OAUTH_CLIENTS_FILE: cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  let parsed
  try {
    parsed = registrations.safeParse(JSON.parse(text))
  } catch {
    throw new Error(`OAUTH_CLIENTS_FILE: ${file} is not JSON`)
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `OAUTH_CLIENTS_FILE: ${file}: at ${issue?.path.join('.') || 'the top'}: ${issue?.message}`,
    )
  }
  const ids = parsed.data.map((c) => c.client_id)
  const twice = ids.find((id, i) => ids.indexOf(id) !== i)
  if (twice) throw new Error(`OAUTH_CLIENTS_FILE: client_id ${twice} is listed twice`)
  return parsed.data.map((c) => ({
    clientId: c.client_id,
    name: c.name,
    scopes: c.scopes,
    ...(c.jwks ? { jwks: c.jwks } : {}),
    ...(c.jwks_url ? { jwksUrl: c.jwks_url } : {}),
  }))
}
