import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { providerOutOfReach } from '../../server/auth/rp.ts'
import { withoutService } from './current.ts'
import { adminClient, scratchDatabase, testDatabaseUrl } from './postgres-db.ts'
import { logLinesOf, spawnService, type Spawned } from './spawn-service.ts'

withoutService()

/**
 * The plan's identity provider (OIDC_ISSUER) out of reach: signing in is a 503 page that
 * says so and a logged error, never a bare 500; signing out still ends the session here.
 */
const url = process.env.TEST_DATABASE_URL
const scratch = mkdtempSync(join(tmpdir(), 'criteria-idp-down-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function start(env: Record<string, string | undefined>, args: string[]): Promise<Spawned> {
  writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>app</title>')
  return spawnService(['--app', scratch, ...args], {
    OIDC_ISSUER: `http://127.0.0.1:${await closedPort()}/`,
    OIDC_CLIENT_ID: 'criteria-review',
    OIDC_CLIENT_SECRET: 'test-secret',
    ...env,
  }).ready
}

describe('the identity provider out of reach', { timeout: 60_000 }, () => {
  it('signing in: a 503 page saying so, with Retry-After and an error line tied to the request', async () => {
    const s = await start({ DATABASE_URL: undefined }, ['--data', join(scratch, 'data')])
    try {
      const res = await fetch(`${s.base}/api/auth/login`, {
        redirect: 'manual',
        headers: { Accept: 'text/html' },
      })
      expect(res.status).toBe(503)
      expect(res.headers.get('Retry-After')).toBe('5')
      expect(await res.text()).toContain(
        'The identity provider cannot be reached just now. Try again shortly.',
      )
      const id = res.headers.get('X-Request-Id')
      const error = logLinesOf(s).find(
        (l) => l.msg === 'sign-in failed: identity provider unavailable',
      )
      expect(error).toMatchObject({ level: 'error', id, error: 'TypeError' })
    } finally {
      s.child.kill('SIGTERM')
      await s.exited
    }
  })

  it.skipIf(!url && !process.env.CI)(
    'signing out: the session ends here, and the person goes to this app’s sign-in page',
    async () => {
      const scratchDb = await scratchDatabase(
        testDatabaseUrl(),
        `idp_down_${process.pid}_${Date.now()}`,
      )
      const dbUrl = scratchDb.url
      const s = await start({ DATABASE_URL: dbUrl }, [])
      const db = adminClient(dbUrl)
      try {
        // A session as a sign-in through the provider leaves one (none can be made now).
        await db.connect()
        const now = Date.now()
        await db.query(
          'insert into sessions (token, user_id, created_at, expires_at, last_seen_at) values ($1, $2, $3, $4, $3)',
          ['idp-down-token', 'u-md-1', new Date(now), new Date(now + 3_600_000)],
        )
        const auth = { Authorization: 'Bearer idp-down-token' }
        expect((await fetch(`${s.base}/api/me`, { headers: auth })).status).toBe(200)
        const out = await fetch(`${s.base}/api/auth/logout`, {
          method: 'POST',
          headers: { ...auth, 'X-Requested-By': 'criteria-review' },
        })
        expect(out.status).toBe(200)
        expect(await out.json()).toEqual({ signOutUrl: '/sign-in' })
        expect((await fetch(`${s.base}/api/me`, { headers: auth })).status).toBe(401)
        expect(logLinesOf(s).map((l) => l.msg)).toContain(
          'sign-out at the identity provider skipped: unavailable',
        )
      } finally {
        s.child.kill('SIGTERM')
        await s.exited
        await db.end()
        await scratchDb.drop()
      }
    },
  )
})

it('counts no answer and a 5xx as out of reach, and a 4xx as a refusal', () => {
  const answered = (status: number) => new Error('answered', { cause: { status } })
  expect(providerOutOfReach(new TypeError('fetch failed'))).toBe(true)
  expect(providerOutOfReach(Object.assign(new Error('late'), { name: 'TimeoutError' }))).toBe(true)
  for (const status of [500, 502, 503, 504]) expect(providerOutOfReach(answered(status))).toBe(true)
  for (const status of [400, 401, 403]) expect(providerOutOfReach(answered(status))).toBe(false)
  expect(providerOutOfReach(new TypeError('x is not a function'))).toBe(false)
  expect(providerOutOfReach(new Error('fetch failed'))).toBe(false)
  expect(providerOutOfReach('fetch failed')).toBe(false)
})
