import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportJWK, generateKeyPair } from 'jose'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { clientsFromEnv, DEMO_CLIENT } from '../../server/auth/clients.ts'
import {
  clientAssertion,
  clientToken,
  demoPrivateKey,
  requestToken,
} from '../../scripts/client-token.ts'
import { oidcSignIn } from '../../scripts/oidc-sign-in.ts'
import { call } from '../api/helpers.ts'
import { fhirPost, inquiryFor } from '../fhir/pas-api-helpers.ts'
import { pasFixture } from '../fhir/pas-fixtures.ts'
import { current } from './current.ts'
import { spawnService, type Spawned } from './spawn-service.ts'

// Client systems on the real service: OAuth 2.0 client credentials with private_key_jwt
// (SMART Backend Services), scopes for the PAS operations, the client named in the logs.
const base = () => current.server!.url
const tokenUrl = () => `${base()}/api/oauth/token`
const SUBMIT = 'system/Claim.c'
const INQUIRE = 'system/ClaimResponse.r'

async function refused(assertion: string | Promise<string>, scope = SUBMIT) {
  const res = await requestToken(base(), await assertion, scope)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('a client system gets a token with a signed assertion', () => {
  it('submits and inquires with it; the case, its trail and the access log name the client', async () => {
    const token = await clientToken(base(), `${SUBMIT} ${INQUIRE}`)
    expect(token.access_token).toMatch(/^crc_[\w-]{40,}$/)
    expect(token).toMatchObject({ expires_in: 300, scope: `${SUBMIT} ${INQUIRE}` })

    const bundle = pasFixture('m0076-medicare-advantage')
    const submitted = await fhirPost('$submit', token.access_token, bundle)
    expect(submitted.status).toBe(200)
    const caseId = submitted.headers.get('Location')!.split('/').pop()!
    expect((await fhirPost('$inquire', token.access_token, inquiryFor(bundle))).status).toBe(200)

    const { token: director } = await oidcSignIn(base(), 'u-md-1')
    const c = await call(`/cases/${caseId}`, { token: director })
    expect(c.body.createdBy).toMatchObject({ id: 'demo-pas-client', role: 'client-system' })
    expect(c.body.createdBy.name).toBe(DEMO_CLIENT.name)
    const trail = await call(`/cases/${caseId}/audit`, { token: director })
    expect(trail.body.items[0].actor).toMatchObject({
      id: 'demo-pas-client',
      role: 'client-system',
    })
    const log = await call(`/cases/${caseId}/access-log`, { token: director })
    const inquiry = log.body.items.find((e: { action: string }) => e.action === 'pas-inquiry')
    expect(inquiry.actor).toEqual({ id: 'demo-pas-client', name: DEMO_CLIENT.name, role: null })
  })

  it('refuses a wrong key, audience, expiry, a replay and an unknown client with 401 and nothing else', async () => {
    const { privateKey } = await generateKeyPair('ES384', { extractable: true })
    const otherKey = { ...(await exportJWK(privateKey)), kid: demoPrivateKey().kid, alg: 'ES384' }
    const cases = {
      'wrong key': clientAssertion({ audience: tokenUrl(), key: otherKey }),
      'wrong audience': clientAssertion({ audience: `${base()}/oidc/token` }),
      expired: clientAssertion({ audience: tokenUrl(), expiresIn: -60 }),
      'exp more than five minutes on': clientAssertion({ audience: tokenUrl(), expiresIn: 600 }),
      'unknown client': clientAssertion({ audience: tokenUrl(), clientId: 'someone-else' }),
      'not a JWT': 'not.a.jwt',
    }
    // Each refusal for a client waits longer than the one before (server/auth/slow-down.ts):
    // the replay first, then the others sent at once, so the waits overlap (sent one by
    // one they were 9 s of this file's time).
    const once = await clientAssertion({ audience: tokenUrl() })
    expect((await requestToken(base(), once, SUBMIT)).status).toBe(200)
    expect((await refused(once)).status).toBe(401)
    const answers = await Promise.all(
      Object.entries(cases).map(
        async ([why, assertion]) => [why, await refused(assertion)] as const,
      ),
    )
    for (const [why, answer] of answers)
      expect(answer, why).toEqual({
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client authentication failed.' },
      })
  }, 60_000)

  it('grants only scopes the client is registered for', async () => {
    const answer = await refused(clientAssertion({ audience: tokenUrl() }), 'system/Patient.rs')
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_scope' } })
    const narrowed = await clientToken(base(), `${INQUIRE} system/Patient.rs`)
    expect(narrowed.scope).toBe(INQUIRE)
  })
})

describe('what a client token may do', () => {
  it('gets 403 naming the scope it lacks', async () => {
    const { access_token } = await clientToken(base(), INQUIRE)
    const res = await fhirPost('$submit', access_token, pasFixture('m0076-medicare-advantage'))
    expect(res.status).toBe(403)
    expect(res.body.detail).toBe(`This client's token lacks the scope ${SUBMIT}.`)
    expect(res.headers.get('WWW-Authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="${SUBMIT}"`,
    )
  })

  it('gets 403 on every route for people; a forged token gets 401', async () => {
    const { access_token } = await clientToken(base())
    for (const path of ['/cases', '/me', '/access-log?from=2026-01-01&to=2026-01-02'])
      expect((await call(path, { token: access_token })).status, path).toBe(403)
    const parse = await call('/fhir/Claim/$parse', {
      token: access_token,
      method: 'POST',
      json: { bundle: '{}' },
    })
    expect(parse.status).toBe(403)
    const forged = `crc_${'A'.repeat(43)}`
    expect((await call('/cases', { token: forged })).status).toBe(401)
    const res = await fhirPost('$submit', forged, pasFixture('m0076-medicare-advantage'))
    expect(res.status).toBe(401)
  })

  it('gets 401 once it has expired (five minutes on)', async () => {
    const { access_token } = await clientToken(base(), INQUIRE)
    const bundle = pasFixture('m0076-medicare-advantage')
    expect((await fhirPost('$inquire', access_token, inquiryFor(bundle))).status).toBe(200)
    await current
      .server!.db.updateTable('client_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute()
    const res = await fhirPost('$inquire', access_token, inquiryFor(bundle))
    expect(res.status).toBe(401)
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"')
  })

  it('names the token endpoint and its methods at the FHIR base (SMART discovery)', async () => {
    const res = await fetch(`${base()}/api/fhir/.well-known/smart-configuration`)
    expect(await res.json()).toMatchObject({
      token_endpoint: tokenUrl(),
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
    })
  })
})

describe('configured clients', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'criteria-clients-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))
  const fileWith = (clients: unknown) => {
    const file = join(scratch, `clients-${Math.random()}.json`)
    writeFileSync(file, JSON.stringify(clients))
    return { OAUTH_CLIENTS_FILE: file }
  }
  const jwks = DEMO_CLIENT.jwks!

  it('reads OAUTH_CLIENTS_FILE; the demo client only with the embedded provider', () => {
    const env = fileWith([{ client_id: 'clinic-1', name: 'Clinic', scopes: [SUBMIT], jwks }])
    expect(clientsFromEnv(false, env)).toEqual([
      { clientId: 'clinic-1', name: 'Clinic', scopes: [SUBMIT], jwks },
    ])
    expect(clientsFromEnv(true, {})).toEqual([DEMO_CLIENT])
    expect(clientsFromEnv(false, {})).toEqual([])
  })

  it('refuses a private key, an unknown scope, an http JWKS URL', () => {
    const one = { client_id: 'clinic-1', name: 'Clinic', scopes: [SUBMIT] }
    const withPrivate = { keys: [demoPrivateKey()] }
    expect(() => clientsFromEnv(false, fileWith([{ ...one, jwks: withPrivate }]))).toThrow(
      /private key/,
    )
    expect(() =>
      clientsFromEnv(false, fileWith([{ ...one, scopes: ['system/*.cruds'], jwks }])),
    ).toThrow(/scopes/)
    expect(() =>
      clientsFromEnv(false, fileWith([{ ...one, jwks_url: 'http://clinic.example/jwks' }])),
    ).toThrow(/jwks_url/)
  })
})

describe('failed client authentication on a running service', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'criteria-client-throttle-'))
  let spawned: Spawned | undefined
  afterAll(() => {
    spawned?.child.kill('SIGKILL')
    rmSync(scratch, { recursive: true, force: true })
  })

  it('slows down and is logged, naming the client and the reason but never the assertion', async () => {
    mkdirSync(join(scratch, 'app'))
    writeFileSync(join(scratch, 'app', 'index.html'), '<!doctype html><title>app</title>')
    // A copy of the migrated template: the log lines are what this test reads, and a new
    // folder's migration was most of its time (tests/server/global-setup.ts).
    cpSync(inject('templateDir'), join(scratch, 'data'), { recursive: true })
    spawned = await spawnService(['--data', join(scratch, 'data'), '--app', join(scratch, 'app')])
      .ready
    const aud = `${spawned.base}/api/oauth/token`
    const sent: string[] = []
    for (let i = 0; i < 3; i++) {
      const assertion = await clientAssertion({ audience: aud, expiresIn: -60 })
      sent.push(assertion)
      expect((await requestToken(spawned.base, assertion, SUBMIT)).status).toBe(401)
    }
    const lines = spawned
      .output()
      .split('\n')
      .filter((l) => l.includes('client authentication refused'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => [l.client, l.reason, l.inARow])).toEqual([
      ['demo-pas-client', 'bad-signature-or-claims', 1],
      ['demo-pas-client', 'bad-signature-or-claims', 2],
      ['demo-pas-client', 'bad-signature-or-claims', 3],
    ])
    for (const assertion of sent) expect(spawned.output()).not.toContain(assertion.split('.')[2])
    // A good assertion right after is not slowed or refused.
    expect(
      (await requestToken(spawned.base, await clientAssertion({ audience: aud }), SUBMIT)).status,
    ).toBe(200)
  }, 120_000)
})
